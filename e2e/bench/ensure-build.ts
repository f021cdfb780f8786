/**
 * The browser measurements run the built app (`dist/`). Rebuild when it is missing or older than
 * the newest source file, so the numbers are always about the code in the checkout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sourceDirs = ['renderer', 'shared', 'electron'];
const outputs = ['dist/renderer/index.html', 'dist/node/web.js'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Why dist needs a build, or undefined when it is up to date. */
function staleReason(): string | undefined {
  const missing = outputs.find((file) => !existsSync(file));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const source = Math.max(...sourceDirs.map(newestMtime));
  return source > built ? 'sources changed since the last build' : undefined;
}

/** Builds when needed; returns a note for the report. Throws only when no usable build exists. */
export function ensureBuild(log: (line: string) => void): string {
  const reason = staleReason();
  if (!reason) return 'dist/ was up to date';
  log(`Building (${reason}) …`);
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 180_000 });
  if (result.status === 0) return `built before measuring (${reason}; ${((Date.now() - started) / 1000).toFixed(1)} s)`;
  if (outputs.every((file) => existsSync(file))) {
    log('The build failed; measuring the previous build in dist/ instead.');
    return 'the build FAILED; these numbers are for the previous build in dist/';
  }
  throw new Error('npm run build failed and there is no previous build in dist/. Fix the build, then run npm run bench again.');
}
