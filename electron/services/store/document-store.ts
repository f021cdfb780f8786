/**
 * The one repository for everything Shoreline keeps in its user-data folder. Documents (JSON) and
 * logs (JSON lines) are opened through it; each is read once, held in memory, and written through
 * atomically (temp file, flush, rename; mode 0600) while holding the folder's write lock, so the app
 * and the command line can share a folder without losing each other's writes. What went wrong while
 * opening — a damaged file kept aside, an unreadable one left alone — is collected, in words, for the
 * start-up notice.
 */
import { join, resolve, sep } from 'node:path';
import { openJsonDocument, type DocumentContext, type DocumentDefinition, type JsonDocument } from './json-document';
import { nodeFileSystem, type StoreFileSystem } from './file-system';
import { openLogDocument, type LogDefinition, type LogDocument } from './log-document';
import { createWriteLock, type WriteLock, type WriteLockOptions } from './write-lock';
import { ShorelineError } from '../../../shared/errors';
import { reasonOf } from './read-failure';

export type { DocumentDefinition, DocumentStatus, JsonDocument } from './json-document';
export type { LogDefinition, LogDocument, LogItem } from './log-document';

/** The name of the lock file in the user-data folder. */
export const lockFileName = 'shoreline.lock';

/** Options of {@link createDocumentStore}. */
export interface DocumentStoreOptions {
  /** The user-data folder. */
  folder: string;
  /** Who this process is, for the message another process shows while waiting ("the Shoreline desktop app"). */
  by: string;
  /** The disk (tests wrap it to inject failures). */
  fs?: StoreFileSystem;
  /** Lock timing (tests shorten it). */
  lock?: Pick<WriteLockOptions, 'timeoutMs' | 'staleMs' | 'isAlive'>;
  now?: () => Date;
}

/** The repository. */
export interface DocumentStore {
  readonly folder: string;
  readonly fs: StoreFileSystem;
  readonly lock: WriteLock;
  /** Opens a document (the same instance for the same file). */
  open<T>(definition: DocumentDefinition<T>): JsonDocument<T>;
  /** Opens a log (the same instance for the same file). */
  openLog<E, K>(definition: LogDefinition<E, K>): LogDocument<E, K>;
  /** Forgets an open document or log (after its file was removed). */
  close(file: string): void;
  /** The absolute path of a file in the folder (refusing anything that would leave it). */
  resolve(file: string): string;
  /** Writes a file that is not a document (a spec's source, text or UTF-8 bytes) atomically, mode 0600; a whole-file replace needs no lock. */
  writeFile(file: string, text: string | Uint8Array): Promise<void>;
  /** Removes files that are not documents. */
  removeFiles(files: readonly string[]): Promise<void>;
  /** Problems met so far, worded for the user (live: documents opened later add to it). */
  readonly problems: readonly string[];
  /** Adds a problem worded by a service (a spec index rebuilt). */
  report(problem: string): void;
  /** Re-reads what another process changed; returns the files that changed. */
  refresh(): string[];
  /**
   * Adds a check that each {@link refresh} runs for files another process created or removed (a folder
   * holding one document per item, which no open document can notice); it returns those files.
   */
  addScanner(scan: () => string[]): () => void;
  /** Calls `listener` with the files another process changed, after each {@link refresh} that found some. */
  onExternalChange(listener: (files: string[]) => void): () => void;
  /** Refreshes every `intervalMs` until stopped (the app and the command line share the folder). */
  watch(intervalMs: number): () => void;
}

/** A time stamp that is safe in a file name. */
function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Creates the repository over `options.folder` (created if missing). */
export function createDocumentStore(options: DocumentStoreOptions): DocumentStore {
  const fs = options.fs ?? nodeFileSystem;
  const folder = resolve(options.folder);
  const now = options.now ?? (() => new Date());
  fs.mkdirp(folder);
  const lock = createWriteLock({ fs, path: join(folder, lockFileName), by: options.by, ...options.lock });
  const problems: string[] = [];
  const documents = new Map<string, JsonDocument<unknown> | LogDocument<unknown, unknown>>();
  const listeners = new Set<(files: string[]) => void>();
  const scanners = new Set<() => string[]>();

  const resolveFile = (file: string) => {
    const path = resolve(folder, ...file.split('/'));
    if (!path.startsWith(folder + sep)) throw new ShorelineError('internal', 'A file outside Shoreline’s folder was asked for.');
    return path;
  };
  const context: DocumentContext = {
    fs,
    lock,
    resolve(file) {
      const path = resolveFile(file);
      fs.mkdirp(resolve(path, '..'));
      return path;
    },
    stamp: () => fileStamp(now()),
    report: (problem) => void problems.push(problem),
  };

  const store: DocumentStore = {
    folder,
    fs,
    lock,
    problems,
    resolve: resolveFile,
    open<T>(definition: DocumentDefinition<T>): JsonDocument<T> {
      const open = documents.get(definition.file);
      if (open) return open as JsonDocument<T>;
      const document = openJsonDocument(definition, context);
      documents.set(definition.file, document as JsonDocument<unknown>);
      return document;
    },
    openLog<E, K>(definition: LogDefinition<E, K>): LogDocument<E, K> {
      const open = documents.get(definition.file);
      if (open) return open as LogDocument<E, K>;
      const log = openLogDocument(definition, context);
      documents.set(definition.file, log as LogDocument<unknown, unknown>);
      return log;
    },
    close: (file) => void documents.delete(file),
    async writeFile(file, text) {
      const path = context.resolve(file);
      try {
        await fs.writeAtomicAsync(path, text);
      } catch (error) {
        throw new ShorelineError('store_unavailable', `Shoreline could not save ${path} (${reasonOf(error)}). Nothing was changed.`);
      }
    },
    async removeFiles(files) {
      await Promise.all(files.map((file) => fs.removeAsync(resolveFile(file))));
    },
    report: context.report,
    refresh() {
      const reloaded = [...documents.entries()].filter(([, document]) => document.reload()).map(([file]) => file);
      const changed = [...new Set([...reloaded, ...[...scanners].flatMap((scan) => scan())])];
      if (changed.length > 0) for (const listener of listeners) listener(changed);
      return changed;
    },
    addScanner(scan) {
      scanners.add(scan);
      return () => void scanners.delete(scan);
    },
    onExternalChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    watch(intervalMs) {
      const timer = setInterval(() => store.refresh(), intervalMs);
      timer.unref?.();
      return () => clearInterval(timer);
    },
  };
  return store;
}
