/** Finds an installed Electron binary, if there is one. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The Electron executable's path, or why there is none. */
export function findElectron(): { path: string } | { missing: string } {
  try {
    // The `electron` package exports the binary's path, and throws when the binary was never downloaded.
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { missing: 'the Electron binary is not installed' };
  } catch {
    return { missing: 'the Electron binary is not installed (its download was skipped or failed)' };
  }
}
