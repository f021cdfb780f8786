/**
 * The store's only way to the disk. Tests wrap it to inject failures (a read refused with EACCES, a
 * disk that is full) on any file; the app uses {@link nodeFileSystem}. Everything is synchronous:
 * a write returns only once the bytes are on disk, so a service can answer "saved" truthfully.
 */
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  chmodSync,
  closeSync,
  copyFileSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** What the store compares to notice that another process changed a file. */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ino: number;
  /** Permission bits (`0o600`). */
  mode: number;
}

/** File operations the store needs. Failures throw Node's errors (with `code`, e.g. `EACCES`). */
export interface StoreFileSystem {
  readBytes(path: string): Buffer;
  /** The same, without blocking: for big texts (a spec's source). */
  readAsync(path: string): Promise<Buffer>;
  /** `length` bytes from `offset`. */
  readRange(path: string, offset: number, length: number): Buffer;
  /** Undefined when the file does not exist. */
  stat(path: string): FileStat | undefined;
  /** Writes a temp file beside `path` (mode 0600), flushes it to disk, and renames it over `path`. */
  writeAtomic(path: string, data: string | Buffer): void;
  /** The same, without blocking: for big texts (a spec's source, as text or UTF-8 bytes) written outside the lock. */
  writeAtomicAsync(path: string, data: string | Uint8Array): Promise<void>;
  /** Appends to `path`, creating it with mode 0600. */
  append(path: string, data: string): void;
  /** Creates `path` with `data` unless it exists; false when it does. */
  createExclusive(path: string, data: string): boolean;
  rename(from: string, to: string): void;
  copy(from: string, to: string): void;
  /** Removes a file; nothing happens when it is not there. */
  remove(path: string): void;
  removeAsync(path: string): Promise<void>;
  mkdirp(path: string): void;
  list(folder: string): string[];
  chmod(path: string, mode: number): void;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** A temp name beside `path`, unique across processes. */
function tempNameFor(path: string): string {
  return join(dirname(path), `.${path.slice(dirname(path).length + 1)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Flushes the folder entry after a rename, where the OS allows it (not on Windows). */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse to sync a folder; the rename itself is still atomic.
  }
}

/** The real disk. */
export const nodeFileSystem: StoreFileSystem = {
  readBytes: (path) => readFileSync(path),
  readAsync: (path) => readFile(path),
  readRange(path, offset, length) {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const read = readSync(fd, buffer, 0, length, offset);
      return buffer.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  },
  stat(path) {
    try {
      const s = statSync(path);
      return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino, mode: s.mode & 0o777 };
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw error;
    }
  },
  writeAtomic(path, data) {
    const temp = tempNameFor(path);
    try {
      const fd = openSync(temp, 'w', 0o600);
      try {
        writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    syncFolder(dirname(path));
  },
  async writeAtomicAsync(path, data) {
    const temp = tempNameFor(path);
    try {
      await writeFile(temp, data, { encoding: 'utf8', mode: 0o600, flush: true });
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  },
  append: (path, data) => appendFileSync(path, data, { encoding: 'utf8', mode: 0o600 }),
  createExclusive(path, data) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, data);
      } finally {
        closeSync(fd);
      }
      return true;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false;
      throw error;
    }
  },
  rename: (from, to) => renameSync(from, to),
  copy: (from, to) => copyFileSync(from, to),
  remove: (path) => rmSync(path, { force: true }),
  removeAsync: (path) => rm(path, { force: true }),
  mkdirp: (path) => void mkdirSync(path, { recursive: true }),
  list(folder) {
    try {
      return readdirSync(folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  },
  chmod: (path, mode) => chmodSync(path, mode),
};
