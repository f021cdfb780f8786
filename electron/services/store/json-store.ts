/**
 * One persisted JSON document per concern (settings, connections, specs …). Both hosts use the same
 * wrapper: `conf` under Node, `electron-store` (which is `conf` with Electron defaults) in the app.
 * Writes are atomic (conf writes a temp file and renames it). A damaged file is never silently
 * replaced: it is moved aside and reported, and the store starts from its defaults.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/** A persisted document of type `T`. */
export interface JsonStore<T> {
  /** The current document. */
  get(): T;
  /** Replaces the document (atomically on disk). */
  set(value: T): void;
  /** Where the document lives, for messages. */
  readonly path: string;
}

/** Something that keeps one document: `conf` and `electron-store` both fit. */
export interface BackingStore {
  store: Record<string, unknown>;
  readonly path: string;
}

/** Creates a backing store for a document `name` in folder `cwd` with `defaults`. */
export type BackingStoreFactory = (options: { cwd: string; name: string; defaults: Record<string, unknown> }) => BackingStore;

/** Opens documents by name, all in one folder. */
export interface StoreOpener {
  open<T extends object>(name: string, defaults: T): JsonStore<T>;
  /** Problems met while opening (a damaged file moved aside), worded for the user. */
  readonly problems: string[];
}

/** Moves an unreadable document aside so that nothing the user saved is overwritten. */
export function keepDamagedFileAside(file: string, now: () => Date = () => new Date()): string | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return undefined;
  } catch {
    // fall through: the file is damaged
  }
  const aside = `${file}.damaged-${now().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(file, aside);
  return aside;
}

/** Creates a {@link StoreOpener} over `folder` using `factory` (conf or electron-store). */
export function createStoreOpener(folder: string, factory: BackingStoreFactory): StoreOpener {
  const problems: string[] = [];
  return {
    problems,
    open<T extends object>(name: string, defaults: T): JsonStore<T> {
      const aside = keepDamagedFileAside(join(folder, `${name}.json`));
      if (aside) {
        problems.push(
          `Shoreline could not read its ${name} file, so it started that part afresh. The damaged file was kept as ${aside}.`,
        );
      }
      const backing = factory({ cwd: folder, name, defaults: defaults as Record<string, unknown> });
      return {
        path: backing.path,
        get: () => ({ ...defaults, ...(backing.store as T) }),
        set: (value: T) => {
          backing.store = value as Record<string, unknown>;
        },
      };
    },
  };
}
