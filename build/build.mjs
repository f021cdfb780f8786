// @ts-check
// Builds Shoreline into dist/. `node build/build.mjs` builds everything (`npm run build`);
// `--changed` builds only the targets whose inputs changed since the last build (`npm start`,
// `npm run web`), and nothing at all when dist/ is current. Every build writes into a staging folder
// first and moves the result into dist/ only when all targets succeeded, so a failed build leaves
// the previous one untouched.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, fingerprint, readStamp, sourceFiles, staleTargets, toPosix, writeStamp } from './build-state.mjs';
import { esbuildConfigInputs, esbuildTargets, rendererTarget } from './bundle.mjs';

/**
 * A target as the builder sees it: the check's view plus how to build it into a staging folder.
 * @typedef {import('./build-state.mjs').CheckedTarget & {
 *   build: (root: string, stagingDir: string) => Promise<{ outputs: string[], inputs: string[] }>,
 *   printsOwnErrors?: boolean
 * }} Target
 */

/**
 * An esbuild bundle as a target: its inputs are the sources esbuild reports it bundled.
 * @param {string} name
 * @param {import('esbuild').BuildOptions} options `outfile`/`outdir` relative to the output folder
 * @param {string[]} configInputs
 * @returns {Target}
 */
export function esbuildTarget(name, options, configInputs) {
  return {
    name,
    // esbuild prints its errors with their source lines itself.
    printsOwnErrors: true,
    async build(root, stagingDir) {
      const { build } = await import('esbuild');
      const out = options.outfile ? { outfile: join(stagingDir, options.outfile) } : { outdir: join(stagingDir, options.outdir ?? '.') };
      const result = await build({ ...options, ...out, absWorkingDir: resolve(root), metafile: true });
      const stagingPrefix = `${toPosix(resolve(stagingDir))}/`;
      const outputs = Object.keys(result.metafile.outputs).map((file) => toPosix(resolve(root, file)).replace(stagingPrefix, ''));
      const sources = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules/') && !file.includes(':'));
      return { outputs, inputs: [...sources, ...configInputs.filter((file) => existsSync(join(root, file)))] };
    },
  };
}

/** The renderer as a target: Vite, with every file under its source folders as inputs. @type {Target} */
const renderer = {
  name: 'renderer',
  listInputs: (root) => [...sourceFiles(root, rendererTarget.sourceDirs), ...rendererTarget.configInputs.filter((f) => existsSync(join(root, f)))],
  async build(root, stagingDir) {
    const inputs = renderer.listInputs?.(root) ?? [];
    const { build } = await import('vite');
    await build({
      configFile: join(root, 'vite.config.ts'),
      root: resolve(root, 'renderer'),
      logLevel: 'warn',
      build: { outDir: resolve(stagingDir, rendererTarget.outDir), emptyOutDir: true },
    });
    return { outputs: [rendererTarget.outDir], inputs };
  },
};

/** Shoreline's targets. @type {Target[]} */
export const shorelineTargets = [
  ...Object.entries(esbuildTargets).map(([name, options]) => esbuildTarget(name, options, esbuildConfigInputs)),
  renderer,
];

/**
 * Moves `from` to `to`, replacing a file there; a folder there is moved to `trash` first.
 * @param {string} from
 * @param {string} to
 * @param {string} trash
 */
function moveInto(from, to, trash) {
  mkdirSync(dirname(to), { recursive: true });
  if (existsSync(to) && statSync(to).isDirectory()) renameSync(to, join(trash, `${Date.now()}-${Math.random().toString(36).slice(2)}`));
  renameSync(from, to);
}

/**
 * @typedef {object} BuildResult
 * @property {boolean} ok
 * @property {{ name: string, reason: string }[]} built what was (or was to be) built, and why
 * @property {number} ms
 * @property {string} message one sentence for the person who ran the command
 */

/**
 * Builds `mode: 'all'` targets, or only the stale ones (`'changed'`), into `root/dist`.
 * @param {{ root?: string, mode?: 'all' | 'changed', targets?: Target[], log?: (line: string) => void }} [options]
 * @returns {Promise<BuildResult>}
 */
export async function runBuild({ root = '.', mode = 'all', targets = shorelineTargets, log = () => undefined } = {}) {
  const started = Date.now();
  const todo = mode === 'all' ? targets.map((t) => ({ name: t.name, reason: 'a full build was asked for' })) : staleTargets(root, targets);
  if (todo.length === 0) return { ok: true, built: [], ms: Date.now() - started, message: `${distDir}/ is up to date.` };
  if (mode === 'changed') log(`Building ${todo.map((t) => `${t.name} (${t.reason})`).join(', ')} …`);
  const stagingDir = mkdtempSync(join(root, '.dist-build-'));
  const trash = join(stagingDir, '.trash');
  try {
    const chosen = targets.filter((t) => todo.some((s) => s.name === t.name));
    const settled = await Promise.allSettled(chosen.map((t) => t.build(root, stagingDir)));
    const failed = settled.flatMap((s, i) => (s.status === 'rejected' ? [{ target: chosen[i], error: s.reason }] : []));
    if (failed.length > 0) {
      for (const { target, error } of failed) {
        const message = error instanceof Error ? error.message : String(error);
        log(`${target?.name}: ${target?.printsOwnErrors ? message.split('\n')[0] : message}`);
      }
      const previous = readStamp(root) ? `so ${distDir}/ keeps the previous build, unchanged` : `and there is no previous build in ${distDir}/`;
      return { ok: false, built: todo, ms: Date.now() - started, message: `The build of ${failed.map((f) => f.target?.name).join(' and ')} failed (see above), ${previous}.` };
    }
    // Every target built: move the new outputs in, then record what they were built from.
    const results = settled.map((s) => /** @type {PromiseFulfilledResult<{ outputs: string[], inputs: string[] }>} */ (s).value);
    const absent = results.flatMap((r) => r.outputs).find((output) => !existsSync(join(stagingDir, output)));
    if (absent) throw new Error(`The build did not write ${absent}; ${distDir}/ was left as it was.`);
    mkdirSync(trash, { recursive: true });
    const stamp = readStamp(root) ?? { version: 1, targets: {} };
    chosen.forEach((target, i) => {
      const result = /** @type {{ outputs: string[], inputs: string[] }} */ (results[i]);
      for (const output of result.outputs) moveInto(join(stagingDir, output), join(root, distDir, output), trash);
      for (const old of stamp.targets[target.name]?.outputs ?? []) {
        if (!result.outputs.includes(old)) rmSync(join(root, distDir, old), { recursive: true, force: true });
      }
      // A file saved while the build ran may not be in the output: record it as changed. File times
      // come from a coarser clock than Date.now(), so the window opens a little before the start.
      const inputs = Object.fromEntries(
        result.inputs.map((path) => {
          const print = fingerprint(root, path);
          const mtime = Number(print.split(':')[1]);
          return [path, mtime >= started - 20 ? 'changed while building' : print];
        }),
      );
      stamp.targets[target.name] = { outputs: result.outputs, inputs };
    });
    writeStamp(root, stamp);
    return { ok: true, built: todo, ms: Date.now() - started, message: `Built ${todo.map((t) => t.name).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s.` };
  } finally {
    rmSync(stagingDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const mode = process.argv.includes('--changed') ? 'changed' : 'all';
  const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);
  const result = await runBuild({ mode, log });
  if (!result.ok) {
    log(result.message);
    process.exit(1);
  }
  if (result.built.length > 0 && mode === 'changed') log(result.message);
}
