// @ts-check
// What the build makes, target by target: the Electron main process (ESM), the sandboxed preload
// (one CommonJS file that may require only `electron`), the command-line tools, and the renderer
// (Vite). `build/build.mjs` builds the targets whose inputs changed; add a bundle here, nowhere else.

/** @typedef {import('esbuild').BuildOptions} BuildOptions */

/** Options every esbuild bundle shares. */
const common = /** @type {const} */ ({ bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' });

/** The command-line entry points that become `dist/node/<name>.js`. */
const cliEntries = ['start', 'web', 'sandbox', 'shoreline'].map((name) => `electron/cli/${name}.ts`);

/**
 * The esbuild bundles by target name. `outfile`/`outdir` are relative to the output folder
 * (`dist/`, or the staging folder a build writes first).
 * @type {Record<string, BuildOptions & ({ outfile: string } | { outdir: string })>}
 */
export const esbuildTargets = {
  main: { ...common, entryPoints: ['electron/main/main.ts'], outfile: 'electron/main.js', format: 'esm', packages: 'external' },
  preload: { ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'electron/preload.cjs', format: 'cjs', external: ['electron'], minify: true },
  cli: { ...common, entryPoints: cliEntries, outdir: 'node', format: 'esm', packages: 'external' },
  /** The spec parse worker, found one folder up from `dist/node/` and `dist/electron/`. */
  parseWorker: { ...common, entryPoints: ['electron/services/specs/parse-worker.ts'], outfile: 'workers/parse-worker.js', format: 'esm', packages: 'external' },
};

/** Files every esbuild bundle depends on besides the sources it imports. */
export const esbuildConfigInputs = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.base.json', 'build/bundle.mjs'];

/** The renderer: Vite builds `renderer/` (with the `shared/` code it imports) into `dist/renderer/`. */
export const rendererTarget = {
  /** The folder (relative to the output folder) the renderer owns as a whole. */
  outDir: 'renderer',
  /** Folders whose files (tests aside) are the renderer's sources. */
  sourceDirs: ['renderer', 'shared'],
  /** Files it depends on besides its sources. */
  configInputs: ['package.json', 'package-lock.json', 'vite.config.ts', 'build/bundle.mjs'],
};

/** Every target's name, in build order. */
export const targetNames = [...Object.keys(esbuildTargets), 'renderer'];
