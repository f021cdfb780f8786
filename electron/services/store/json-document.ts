/**
 * One JSON document (connections, environments, settings …): read once into memory, parsed with its
 * zod schema, migrated from older versions, and written through atomically under the folder's lock.
 * Another process's change is noticed before each write (the change is applied to the newer
 * contents, so neither write is lost) and when the store refreshes.
 */
import type { z } from 'zod';
import { ShorelineError } from '../../../shared/errors';
import { migrate, NewerFormatError, unwrap, wrap, type Migration } from './envelope';
import type { FileStat, StoreFileSystem } from './file-system';
import { errnoOf, reasonOf } from './read-failure';
import type { WriteLock } from './write-lock';

/** How to read and write one document. */
export interface DocumentDefinition<T> {
  /** Where it lives inside the user-data folder, with `/` separators (`specs/registry.json`). */
  file: string;
  /** What it holds, as a sentence needs it: "your connections". */
  label: string;
  /** The data of the current version; unknown fields are dropped, missing optional ones filled in. */
  schema: z.ZodType<T>;
  /** `migrations[n]` turns version-n data into version n + 1; the current version is `migrations.length`. */
  migrations: readonly Migration[];
  /** The document before anything was saved. */
  defaults: () => T;
  /**
   * Keeps what can be read of data the schema refuses (the good records of a list). `lost` says what
   * was left out, in words ("2 connections"); undefined when nothing can be kept.
   */
  salvage?: (data: unknown) => { value: T; lost: string } | undefined;
  /** Damage is worded by the caller (a spec index is rebuilt from its source), not reported by the store. */
  quiet?: boolean;
}

/** How opening went: `absent` (no file yet), `ok`, `partial` (some records left out), `damaged` (kept aside), `unreadable`, `newer`. */
export type DocumentStatus = 'absent' | 'ok' | 'partial' | 'damaged' | 'unreadable' | 'newer';

/** An open document. */
export interface JsonDocument<T> {
  readonly file: string;
  /** Absolute path, for messages. */
  readonly path: string;
  readonly label: string;
  readonly status: DocumentStatus;
  /** What went wrong opening it, in words. */
  readonly problem?: string;
  /** Why it could not be read, in a few words ("permission denied"). */
  readonly failure?: string;
  /** Where a damaged file was kept. */
  readonly aside?: string;
  /** Why writes are refused (the file could not be read, or is from a newer Shoreline), in words. */
  readonly readOnlyReason?: string;
  /** The current contents, from memory. */
  get(): T;
  /** Applies `change` to the newest contents (re-read first if another process wrote them) and saves. */
  update(change: (current: T) => T): T;
  /** Replaces the contents and saves. */
  set(value: T): void;
  /** Re-reads the file if another process changed it; true when the contents changed. */
  reload(): boolean;
  /** Deletes the file (the document goes back to its defaults). */
  remove(): void;
}

/** What a document needs from its store. */
export interface DocumentContext {
  fs: StoreFileSystem;
  lock: WriteLock;
  /** The absolute path of `file`. */
  resolve(file: string): string;
  /** A time stamp for names of files kept aside. */
  stamp(): string;
  report(problem: string): void;
}

type Loaded<T> =
  | { status: 'absent'; value: T }
  | { status: 'ok'; value: T; upgrade: boolean; stat: FileStat }
  | { status: 'partial'; value: T; lost: string; stat: FileStat }
  | { status: 'damaged'; value: T; why: string }
  | { status: 'unreadable'; value: T; why: string }
  | { status: 'newer'; value: T; found: number };

function sameStat(a: FileStat | undefined, b: FileStat | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs);
}

/** Opens `definition` in `context`, moving damage aside and upgrading an older file at once. */
export function openJsonDocument<T>(definition: DocumentDefinition<T>, context: DocumentContext): JsonDocument<T> {
  const { fs, lock } = context;
  const path = context.resolve(definition.file);
  const version = definition.migrations.length;
  let known: FileStat | undefined;

  function load(): Loaded<T> {
    let bytes: Buffer;
    let stat: FileStat | undefined;
    try {
      stat = fs.stat(path);
      if (!stat) return { status: 'absent', value: definition.defaults() };
      bytes = fs.readBytes(path);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return { status: 'absent', value: definition.defaults() };
      return { status: 'unreadable', value: definition.defaults(), why: reasonOf(error) };
    }
    let data: unknown;
    let upgrade: boolean;
    try {
      const unwrapped = unwrap(JSON.parse(bytes.toString('utf8')));
      upgrade = unwrapped.version < version;
      data = migrate(unwrapped, definition.migrations);
    } catch (error) {
      if (error instanceof NewerFormatError) return { status: 'newer', value: definition.defaults(), found: error.found };
      return { status: 'damaged', value: definition.defaults(), why: bytes.length === 0 ? 'it is empty' : 'it is not complete or not valid JSON' };
    }
    const parsed = definition.schema.safeParse(data);
    if (parsed.success) return { status: 'ok', value: parsed.data, upgrade, stat };
    const salvaged = definition.salvage?.(data);
    if (salvaged) return { status: 'partial', value: salvaged.value, lost: salvaged.lost, stat };
    return { status: 'damaged', value: definition.defaults(), why: 'its contents are not what Shoreline expects' };
  }

  function write(value: T): T {
    let checked: T;
    try {
      checked = definition.schema.parse(value);
    } catch {
      throw new ShorelineError('internal', `Shoreline refused to save ${definition.label}: the change would have damaged the file. Nothing was changed.`);
    }
    try {
      fs.writeAtomic(path, `${JSON.stringify(wrap(version, checked), null, 2)}\n`);
      known = fs.stat(path);
    } catch (error) {
      throw new ShorelineError('store_unavailable', `Shoreline could not save ${definition.label} (${reasonOf(error)}). Nothing was changed.`);
    }
    return checked;
  }

  const first = load();
  let value = first.value;
  let status: DocumentStatus = first.status;
  let problem: string | undefined;
  let readOnlyReason: string | undefined;
  let aside: string | undefined;
  const failure = first.status === 'unreadable' || first.status === 'damaged' ? first.why : undefined;

  const say = (text: string) => {
    problem = text;
    if (!definition.quiet) context.report(text);
  };

  switch (first.status) {
    case 'absent':
      break;
    case 'ok':
      known = first.stat;
      break;
    case 'unreadable':
      readOnlyReason = `Shoreline could not read ${path} (${first.why}) when it started, so it will not change ${definition.label} until that file can be read. Nothing in it was overwritten.`;
      say(`Shoreline could not read ${definition.label} (${path}: ${first.why}). It left the file as it is and opened ${definition.label} read-only; fix the file's permissions, then restart Shoreline.`);
      break;
    case 'newer':
      readOnlyReason = `${path} was saved by a newer version of Shoreline (format ${first.found}); this version reads up to format ${version} and will not change it.`;
      say(`${definition.label.charAt(0).toUpperCase()}${definition.label.slice(1)} (${path}) were saved by a newer version of Shoreline, so this version opened them read-only and changed nothing. Update Shoreline to use them.`);
      break;
    case 'damaged':
    case 'partial':
      break;
  }

  // Moving damage aside and upgrading an old file are writes: both happen at once, under the lock.
  if (first.status === 'damaged' || first.status === 'partial' || (first.status === 'ok' && first.upgrade)) {
    try {
      lock.run(() => {
        if (first.status === 'damaged') {
          aside = `${path}.damaged-${context.stamp()}`;
          fs.rename(path, aside);
          say(`Shoreline could not read ${definition.label} (${first.why}), so it started that part afresh. The damaged file was kept as ${aside}.`);
        } else if (first.status === 'partial') {
          aside = `${path}.damaged-${context.stamp()}`;
          fs.copy(path, aside);
          say(`Shoreline could not read ${first.lost} in ${definition.label} and left them out; everything else is there. The file as it was is kept as ${aside}.`);
          value = write(value);
        } else {
          value = write(value);
        }
      });
    } catch (error) {
      readOnlyReason = error instanceof ShorelineError ? error.message : `Shoreline could not tidy ${path} (${reasonOf(error)}).`;
      say(`${readOnlyReason} ${definition.label.charAt(0).toUpperCase()}${definition.label.slice(1)} stay read-only until Shoreline is restarted.`);
    }
  }
  if (known && (known.mode & 0o077) !== 0 && process.platform !== 'win32' && !readOnlyReason) {
    try {
      fs.chmod(path, 0o600);
    } catch {
      // Not ours to change (another user's file): the next write replaces it with a 0600 file anyway.
    }
  }

  /** Takes in what another process wrote; true when the contents changed. */
  function catchUp(): boolean {
    let now: FileStat | undefined;
    try {
      now = fs.stat(path);
    } catch {
      return false;
    }
    if (sameStat(now, known)) return false;
    const next = load();
    // Only a good file replaces what is in memory; half-written or damaged contents are someone else's trouble.
    if (next.status === 'ok' || next.status === 'absent') {
      known = next.status === 'ok' ? next.stat : undefined;
      value = next.value;
      return true;
    }
    return false;
  }

  const document: JsonDocument<T> = {
    file: definition.file,
    path,
    label: definition.label,
    get status() {
      return status;
    },
    get problem() {
      return problem;
    },
    get readOnlyReason() {
      return readOnlyReason;
    },
    failure,
    get aside() {
      return aside;
    },
    get: () => value,
    update(change) {
      if (readOnlyReason) throw new ShorelineError('store_unavailable', readOnlyReason);
      return lock.run(() => {
        catchUp();
        value = write(change(value));
        status = 'ok';
        return value;
      });
    },
    set(next) {
      document.update(() => next);
    },
    reload: () => (readOnlyReason ? false : catchUp()),
    remove() {
      if (readOnlyReason) throw new ShorelineError('store_unavailable', readOnlyReason);
      lock.run(() => {
        try {
          fs.remove(path);
        } catch (error) {
          throw new ShorelineError('store_unavailable', `Shoreline could not remove ${path} (${reasonOf(error)}).`);
        }
        known = undefined;
        value = definition.defaults();
        status = 'absent';
      });
    },
  };
  return document;
}
