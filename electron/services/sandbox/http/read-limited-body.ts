/** Reads a request body up to a limit, answering early rather than buffering an oversize upload. */
import type { IncomingMessage } from 'node:http';

/** Resolves with the body, or `'too_large'` once it passes `limit` bytes (declared or streamed). */
export function readLimitedBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) return Promise.resolve('too_large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const lingerMs = 2_000;

/**
 * After answering an oversize request, discards the rest of its body for a moment before closing
 * (a "lingering close"), so the client reads the 413 instead of a connection reset.
 */
export function lingerThenClose(req: IncomingMessage): void {
  const timer = setTimeout(() => req.destroy(), lingerMs);
  timer.unref();
  req.on('end', () => clearTimeout(timer));
  req.resume();
}
