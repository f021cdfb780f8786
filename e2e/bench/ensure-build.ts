/**
 * The browser measurements run the built app (`dist/`). Build what changed first — the same check
 * and the same build `npm start` uses — so the numbers are always about the code in the checkout.
 */
import { runBuild } from '../../build/build.mjs';
import { readStamp } from '../../build/build-state.mjs';

/** Builds when needed; returns a note for the report. Throws only when no usable build exists. */
export async function ensureBuild(log: (line: string) => void): Promise<string> {
  const result = await runBuild({ mode: 'changed', log });
  if (result.built.length === 0) return 'dist/ was up to date';
  const why = result.built.map((t) => `${t.name}: ${t.reason}`).join('; ');
  if (result.ok) return `built before measuring (${why}; ${(result.ms / 1000).toFixed(1)} s)`;
  if (readStamp('.')) {
    log('The build failed; measuring the previous build in dist/ instead.');
    return 'the build FAILED; these numbers are for the previous build in dist/';
  }
  throw new Error('The build failed and there is no previous build in dist/. Fix the build, then run npm run bench again.');
}
