/**
 * Reads a response body stream: keeps small bodies in memory, spills big ones to a temp file so a
 * 200 MB answer never sits in the main process's memory, stops at a hard limit, and masks tokens
 * on the way.
 */
import { randomUUID } from 'node:crypto';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { BodyStreamLike } from './fetch-types';
import type { SecretMasker } from './secret-mask';

/** A body after reading. */
export type ReadBody =
  | { kind: 'memory'; bytes: Buffer; size: number }
  | { kind: 'file'; path: string; size: number }
  | { kind: 'too_large'; size: number; limit: number };

/** How to read a body. */
export interface SinkOptions {
  /** Bodies up to this size stay in memory. */
  memoryLimit: number;
  /** Reading stops beyond this size. */
  maxBytes: number;
  /** Where bigger bodies are written; without it they stay in memory. */
  spillDir?: string;
  masker: SecretMasker;
  /** Called for every chunk (the executor's idle timer listens). */
  onChunk?: () => void;
}

/** Reads `stream` to the end (or to the limit) under `options`. */
export async function readBody(stream: BodyStreamLike | null, options: SinkOptions): Promise<ReadBody> {
  if (!stream) return { kind: 'memory', bytes: Buffer.alloc(0), size: 0 };
  const reader = stream.getReader();
  const chunks: Buffer[] = [];
  let size = 0;
  let file: FileHandle | undefined;
  let path: string | undefined;
  const write = async (bytes: Buffer) => {
    if (bytes.length === 0) return;
    if (file) await file.write(bytes);
    else chunks.push(bytes);
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!value || value.byteLength === 0) continue;
      options.onChunk?.();
      size += value.byteLength;
      if (size > options.maxBytes) {
        await reader.cancel().catch(() => undefined);
        if (file) await file.close();
        if (path) await rm(path, { force: true });
        return { kind: 'too_large', size, limit: options.maxBytes };
      }
      await write(options.masker.push(value));
      if (!file && options.spillDir && size > options.memoryLimit) {
        path = join(options.spillDir, `body-${randomUUID()}.bin`);
        file = await open(path, 'w', 0o600);
        for (const chunk of chunks) await file.write(chunk);
        chunks.length = 0;
      }
    }
    await write(options.masker.flush());
    if (file && path) {
      await file.close();
      file = undefined;
      return { kind: 'file', path, size };
    }
    return { kind: 'memory', bytes: Buffer.concat(chunks), size };
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    if (file) await file.close().catch(() => undefined);
    if (path) await rm(path, { force: true });
    throw error;
  } finally {
    try {
      reader.releaseLock();
    } catch {
      // already released by cancel
    }
  }
}
