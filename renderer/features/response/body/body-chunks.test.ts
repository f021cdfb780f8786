import { describe, expect, it } from 'vitest';
import type { BodyChunk } from '../../../../shared/contract/http';
import { base64ToBytes, readBodyText, ReadCancelled, streamBody, type ReadChunk } from './body-chunks';

function fakeStore(text: string): { read: ReadChunk; calls: number[] } {
  const bytes = new TextEncoder().encode(text);
  const calls: number[] = [];
  const read: ReadChunk = async ({ id, offset, length, encoding }) => {
    calls.push(offset);
    const end = Math.min(bytes.length, offset + length);
    const slice = bytes.subarray(offset, end);
    const data = encoding === 'utf8' ? new TextDecoder().decode(slice) : btoa(String.fromCharCode(...slice));
    const chunk: BodyChunk = { id, offset, nextOffset: end, size: bytes.length, done: end >= bytes.length, data };
    return chunk;
  };
  return { read, calls };
}

describe('readBodyText', () => {
  it('reads every chunk in order and reports progress', async () => {
    const { read, calls } = fakeStore('{"items":[1,2,3]}');
    const progress: number[] = [];
    const text = await readBodyText(read, 'b1', { length: 5, onProgress: (n) => progress.push(n) });
    expect(text).toBe('{"items":[1,2,3]}');
    expect(calls).toEqual([0, 5, 10, 15]);
    expect(progress).toEqual([5, 10, 15, 17]);
  });
  it('stops when asked', async () => {
    const { read } = fakeStore('abcdefghij');
    const controller = new AbortController();
    const reading = readBodyText(read, 'b1', { length: 2, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(reading).rejects.toBeInstanceOf(ReadCancelled);
  });
  it('never loops on a store that makes no progress', async () => {
    const read: ReadChunk = async ({ id, offset }) => ({ id, offset, nextOffset: offset, size: 10, done: false, data: '' });
    await expect(readBodyText(read, 'b1')).resolves.toBe('');
  });
});

describe('streamBody', () => {
  it('hands over base64 chunks that decode into the bytes', async () => {
    const { read } = fakeStore('hello world');
    const parts: Uint8Array<ArrayBuffer>[] = [];
    await streamBody(read, 'b1', { length: 4 }, (data) => parts.push(base64ToBytes(data)), 'base64');
    expect(parts).toHaveLength(3);
    expect(new TextDecoder().decode(new Uint8Array(await new Blob(parts).arrayBuffer()))).toBe('hello world');
  });
});
