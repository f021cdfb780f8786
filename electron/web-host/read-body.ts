/** Reads a request body up to a limit, without buffering anything past it. */
import type { IncomingMessage } from 'node:http';

/** The largest RPC body the web host accepts (a spec imported as text fits; anything bigger is refused). */
export const maxBodyBytes = 10 * 1024 * 1024;

/** Resolves with the body, or with `'too_large'` as soon as it passes `limit`. */
export function readBody(req: IncomingMessage, limit = maxBodyBytes): Promise<Buffer | 'too_large'> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) return Promise.resolve('too_large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
