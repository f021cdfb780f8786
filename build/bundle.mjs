// Bundles the Node-side entry points with esbuild: the Electron main process (ESM), the sandboxed
// preload (one CommonJS file that may require only `electron`), and the command-line tools.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };
const cliEntries = readdirSync('electron/cli')
  .filter((f) => /^[a-z-]+\.ts$/.test(f) && !f.endsWith('.test.ts'))
  .filter((f) => ['start.ts', 'web.ts', 'sandbox.ts'].includes(f))
  .map((f) => `electron/cli/${f}`);

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.js', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'], minify: true }),
  build({ ...common, entryPoints: cliEntries, outdir: 'dist/node', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['electron/services/specs/parse-worker.ts'], outfile: 'dist/workers/parse-worker.js', format: 'esm', packages: 'external' }),
]);
