/** Finds the installed app's root folder (the one holding Shoreline's package.json), from source or bundle alike. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The app's root folder and version. */
export interface AppRoot {
  dir: string;
  version: string;
}

/** Walks up from `start` to the folder whose package.json is Shoreline's. */
export function findAppRoot(start: string = dirname(fileURLToPath(import.meta.url))): AppRoot {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'shoreline') return { dir, version: pkg.version ?? '0.0.0' };
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Shoreline's package.json was not found above ${start}`);
    dir = parent;
  }
}
