/** Temporary folders for user data and generated files, all removed when the benchmark ends. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new empty folder under the system temp folder. */
export function makeTempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `shoreline-bench-${label}-`));
  made.push(dir);
  return dir;
}

/** Removes one folder made here (a fresh user-data folder per run keeps the disk small). */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Removes every folder made here. */
export function removeAllTempDirs(): void {
  for (const dir of made.splice(0)) removeTempDir(dir);
}
