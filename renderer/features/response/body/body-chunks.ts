/**
 * Reads a body kept in main piece by piece with `http.bodyChunk`, so a 50 MB answer arrives as
 * many small messages (the window keeps painting between them) and progress can be shown.
 */
import type { BodyChunk } from '../../../../shared/contract/http';

/** Asks the host for one chunk (`useHost().invoke('http.bodyChunk', …)` in the app, a fake in tests). */
export type ReadChunk = (input: { id: string; offset: number; length: number; encoding: 'utf8' | 'base64' }) => Promise<BodyChunk>;

/** How much is read per request: big enough to be quick, small enough never to stall the window. */
export const chunkBytes = 1024 * 1024;

/** Thrown when reading was stopped on purpose (the view went away). */
export class ReadCancelled extends Error {
  constructor() {
    super('Reading the answer was stopped.');
    this.name = 'ReadCancelled';
  }
}

/** How a body is read: progress, a way to stop, and the chunk length. */
export interface ReadOptions {
  /** Told the bytes read so far and the whole size after each chunk. */
  onProgress?: (read: number, size: number) => void;
  signal?: AbortSignal;
  length?: number;
}

/** Reads every chunk of body `id` in order, handing each to `take` (so a caller may keep none of them). */
export async function streamBody(read: ReadChunk, id: string, options: ReadOptions, take: (data: string) => void, encoding: 'utf8' | 'base64' = 'utf8'): Promise<void> {
  let offset = 0;
  for (;;) {
    if (options.signal?.aborted) throw new ReadCancelled();
    const chunk = await read({ id, offset, length: options.length ?? chunkBytes, encoding });
    take(chunk.data);
    options.onProgress?.(chunk.nextOffset, chunk.size);
    if (chunk.done || chunk.nextOffset <= offset) return;
    offset = chunk.nextOffset;
  }
}

/** The whole body as text. */
export async function readBodyText(read: ReadChunk, id: string, options: ReadOptions = {}): Promise<string> {
  const parts: string[] = [];
  await streamBody(read, id, options, (data) => parts.push(data));
  return parts.join('');
}

/** Decodes base64 into bytes. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
