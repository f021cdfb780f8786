/**
 * TESTS ONLY: the real disk with failures injected where a test says, as the operating system would
 * raise them (an error with `code` EACCES, EBUSY, EIO, ENOSPC …). Running as root makes `chmod 000`
 * useless for tests, so this is how every document's "cannot be read" case is proven.
 */
import { nodeFileSystem, type StoreFileSystem } from './file-system';

/** Which operations fail on which files: a predicate on the path, and the error code to raise. */
export interface Faults {
  read?: { when: (path: string) => boolean; code: string };
  write?: { when: (path: string) => boolean; code: string };
}

/** An error shaped like Node's file-system errors. */
export function systemError(code: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected failure, '${path}'`);
  error.code = code;
  error.path = path;
  return error;
}

/** The real disk, failing as `faults` says. `faults` is read on every call, so a test may change it. */
export function createFaultyFsForTests(faults: Faults): StoreFileSystem {
  const read = (path: string) => {
    if (faults.read?.when(path)) throw systemError(faults.read.code, path);
  };
  const write = (path: string) => {
    if (faults.write?.when(path)) throw systemError(faults.write.code, path);
  };
  return {
    ...nodeFileSystem,
    readBytes: (path) => (read(path), nodeFileSystem.readBytes(path)),
    readAsync: async (path) => (read(path), nodeFileSystem.readAsync(path)),
    readRange: (path, offset, length) => (read(path), nodeFileSystem.readRange(path, offset, length)),
    writeAtomic: (path, data) => (write(path), nodeFileSystem.writeAtomic(path, data)),
    writeAtomicAsync: async (path, data) => (write(path), nodeFileSystem.writeAtomicAsync(path, data)),
    append: (path, data) => (write(path), nodeFileSystem.append(path, data)),
    rename: (from, to) => (write(from), nodeFileSystem.rename(from, to)),
    copy: (from, to) => (read(from), nodeFileSystem.copy(from, to)),
  };
}
