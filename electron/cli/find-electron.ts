/**
 * Finds an installed Electron binary without requiring the `electron` package: since Electron 42,
 * requiring it when the binary is missing starts a download, which must never happen as a side effect.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

function electronPackageDir(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/** The Electron executable's path, or why there is none. */
export function findElectron(
  env: NodeJS.ProcessEnv = process.env,
  packageDir: string | null = electronPackageDir() ?? null,
): { path: string } | { missing: string } {
  if (!packageDir) return { missing: 'the electron package is not installed' };
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(path) ? { path } : { missing: `no Electron binary was found at ${path}` };
  }
  if (!relative) return { missing: 'the Electron binary is not installed (its download was skipped or failed)' };
  const path = join(packageDir, 'dist', relative);
  return existsSync(path) ? { path } : { missing: 'the Electron binary is not installed (its download was skipped or failed)' };
}
