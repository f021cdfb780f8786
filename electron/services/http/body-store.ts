/**
 * Bodies too big (or too binary) to send to the renderer in one piece stay here, in memory or in a
 * temp file under userData/tmp; the renderer reads them in chunks for progressive display or saves
 * them to a file. Old bodies are evicted so the store never grows without bound.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { copyFile, open, rename, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { BodyChunk } from '../../../shared/contract/http';
import { ShorelineError } from '../../../shared/errors';

type Location = { kind: 'memory'; bytes: Buffer } | { kind: 'file'; path: string };

/** Bodies kept in main, by id. */
export interface BodyStore {
  /** Where spilled bodies go, when there is such a folder. */
  readonly dir?: string;
  /** Keeps a body and returns its id. */
  keep(location: Location, size: number): string;
  /** A slice of a kept body; UTF-8 slices end on a character boundary. */
  readChunk(id: string, offset: number, length: number, encoding: 'utf8' | 'base64'): Promise<BodyChunk>;
  /** The whole body (for bodies small enough to parse). */
  readAll(id: string): Promise<Buffer>;
  /** Writes a body to `path` (written beside it first, then renamed). Returns its size. */
  save(id: string, path: string): Promise<number>;
  /** Forgets a body and deletes its temp file. */
  release(id: string): Promise<void>;
  /** Forgets every body. */
  dispose(): Promise<void>;
}

/** Limits of the store. */
export interface BodyStoreOptions {
  /** Temp folder (userData/tmp); without it bodies stay in memory. */
  dir?: string;
  /** Bodies kept at once; the oldest goes first. Default 16. */
  maxEntries?: number;
  /** Bytes kept in memory at once. Default 256 MB. */
  maxMemoryBytes?: number;
}

interface Entry {
  location: Location;
  size: number;
}

/** How many bytes at the end of `bytes` belong to a UTF-8 character that continues past it. */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

function notFound(): ShorelineError {
  return new ShorelineError('not_found', 'This response is no longer kept. Send the request again to see it.');
}

/** Creates a body store; removes temp files a previous run left in `dir`. */
export function createBodyStore(options: BodyStoreOptions = {}): BodyStore {
  const entries = new Map<string, Entry>();
  const maxEntries = options.maxEntries ?? 16;
  const maxMemory = options.maxMemoryBytes ?? 256 * 1024 * 1024;
  if (options.dir) {
    mkdirSync(options.dir, { recursive: true });
    for (const name of readdirSync(options.dir)) {
      if (/^body-[0-9a-f-]+\.bin$/.test(name)) rmSync(join(options.dir, name), { force: true });
    }
  }
  const drop = (id: string) => {
    const entry = entries.get(id);
    entries.delete(id);
    if (entry?.location.kind === 'file') return rm(entry.location.path, { force: true });
    return Promise.resolve();
  };
  const memoryInUse = () => [...entries.values()].reduce((sum, e) => sum + (e.location.kind === 'memory' ? e.size : 0), 0);
  const get = (id: string) => {
    const entry = entries.get(id);
    if (!entry) throw notFound();
    return entry;
  };
  const readRange = async (entry: Entry, start: number, end: number): Promise<Buffer> => {
    if (entry.location.kind === 'memory') return entry.location.bytes.subarray(start, end);
    const handle = await open(entry.location.path, 'r').catch(() => {
      throw notFound();
    });
    try {
      const buffer = Buffer.alloc(end - start);
      const { bytesRead } = await handle.read(buffer, 0, end - start, start);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  };
  return {
    dir: options.dir,
    keep(location, size) {
      const id = randomUUID();
      entries.set(id, { location, size });
      const ids = [...entries.keys()];
      for (const old of ids.slice(0, Math.max(0, ids.length - maxEntries))) void drop(old);
      for (const old of [...entries.keys()]) {
        if (old === id || memoryInUse() <= maxMemory) break;
        if (entries.get(old)?.location.kind === 'memory') void drop(old);
      }
      return id;
    },
    async readChunk(id, offset, length, encoding) {
      const entry = get(id);
      const start = Math.min(offset, entry.size);
      const end = Math.min(entry.size, start + length);
      let bytes = await readRange(entry, start, end);
      if (encoding === 'utf8' && end < entry.size) bytes = bytes.subarray(0, bytes.length - incompleteTail(bytes));
      const nextOffset = start + bytes.length;
      return {
        id,
        offset: start,
        nextOffset,
        size: entry.size,
        done: nextOffset >= entry.size,
        data: encoding === 'utf8' ? new TextDecoder('utf-8').decode(bytes) : bytes.toString('base64'),
      };
    },
    async readAll(id) {
      const entry = get(id);
      return readRange(entry, 0, entry.size);
    },
    async save(id, path) {
      const entry = get(id);
      if (!isAbsolute(path)) throw new ShorelineError('invalid_input', 'Choose a full path (folder and file name) to save to.');
      const partial = `${path}.shoreline-partial`;
      try {
        if (entry.location.kind === 'memory') await writeFile(partial, entry.location.bytes);
        else await copyFile(entry.location.path, partial);
        await rename(partial, path);
      } catch (error) {
        await rm(partial, { force: true });
        if (error instanceof ShorelineError) throw error;
        throw new ShorelineError('internal', 'Shoreline could not write the file there. Check the folder exists and you may write to it.', (error as Error).message);
      }
      return entry.size;
    },
    release: (id) => drop(id),
    async dispose() {
      await Promise.all([...entries.keys()].map(drop));
    },
  };
}
