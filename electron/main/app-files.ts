/**
 * The files the main process loads at run time, beside its own bundle (dist/electron/main.js): the
 * preload and the built renderer. One declaration, so the tests check the same paths the app uses.
 */
import { join } from 'node:path';

/** The run-time files, given the folder holding the main bundle. */
export function appFiles(mainDir: string): { preload: string; rendererDir: string; rendererIndex: string } {
  const rendererDir = join(mainDir, '..', 'renderer');
  return { preload: join(mainDir, 'preload.cjs'), rendererDir, rendererIndex: join(rendererDir, 'index.html') };
}
