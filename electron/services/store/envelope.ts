/**
 * Every document on disk is `{ "schemaVersion": N, "data": … }`. A file without that envelope was
 * written before documents had versions (by `conf`, up to Shoreline 0.1): it is version 0. Migrations
 * run in order, one version at a time, so a file from any older version reaches the current one.
 */

/** Turns the data of version `n` into the data of version `n + 1`. It may throw when the data cannot be used. */
export type Migration = (data: unknown) => unknown;

/** A file's contents, unwrapped. */
export interface Unwrapped {
  version: number;
  data: unknown;
}

/** The version and data of a parsed file; a file without an envelope is version 0. */
export function unwrap(parsed: unknown): Unwrapped {
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
    const record = parsed as Record<string, unknown>;
    const version = record.schemaVersion;
    if (typeof version === 'number' && Number.isInteger(version) && version >= 1 && 'data' in record) return { version, data: record.data };
  }
  return { version: 0, data: parsed };
}

/** The envelope to write. */
export function wrap(version: number, data: unknown): { schemaVersion: number; data: unknown } {
  return { schemaVersion: version, data };
}

/** Thrown when a file was written by a newer Shoreline than this one. */
export class NewerFormatError extends Error {
  constructor(readonly found: number, readonly known: number) {
    super(`format ${found} is newer than ${known}`);
  }
}

/** Runs `migrations[version]`, `migrations[version + 1]` … up to the current version (`migrations.length`). */
export function migrate(unwrapped: Unwrapped, migrations: readonly Migration[]): unknown {
  const current = migrations.length;
  if (unwrapped.version > current) throw new NewerFormatError(unwrapped.version, current);
  let data = unwrapped.data;
  for (let v = unwrapped.version; v < current; v += 1) data = (migrations[v] as Migration)(data);
  return data;
}
