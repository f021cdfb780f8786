/**
 * Where the parse worker's code is. Built, it sits beside the bundles: dist/workers/parse-worker.js,
 * one folder up from dist/node/web.js (the web host) and dist/electron/main.js (the desktop app).
 * From the TypeScript sources (Vitest, tsx) it is parse-worker.ts next to this file, started through
 * tsx's loader, which the worker registers before importing it.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** How to start the worker: a built file, or a source file behind tsx. */
export type WorkerLocation = { kind: 'built'; url: URL } | { kind: 'source'; url: URL; tsxApi: string };

/** The worker files that may sit near `here` (the URL of the running module or bundle), best first. */
export function workerCandidates(here: string): { kind: 'built' | 'source'; url: URL }[] {
  return [
    { kind: 'built', url: new URL('../workers/parse-worker.js', here) },
    { kind: 'built', url: new URL('./workers/parse-worker.js', here) },
    { kind: 'source', url: new URL('./parse-worker.ts', here) },
  ];
}

/** The worker to start from `here`, or undefined when none is there (the caller then parses in-process). */
export function findParseWorker(here: string = import.meta.url): WorkerLocation | undefined {
  if (!here.startsWith('file:')) return undefined;
  for (const candidate of workerCandidates(here)) {
    if (!existsSync(fileURLToPath(candidate.url))) continue;
    if (candidate.kind === 'built') return { kind: 'built', url: candidate.url };
    try {
      // tsx's ESM API (the `import` condition of `tsx/esm/api`) registers its loader in the worker's thread.
      const api = createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
      return { kind: 'source', url: candidate.url, tsxApi: pathToFileURL(api).href };
    } catch {
      return undefined;
    }
  }
  return undefined;
}
