/** Serves the built renderer from one folder, refusing anything outside it. */
import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { contentTypeForFile } from '../../shared/http/file-types';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';
import { rendererFilePath } from '../services/app/renderer-file';

/** Sends `urlPath` from `root`, or the index page for `/`; answers 404 for anything missing. */
export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const file = rendererFilePath(root, urlPath);
  if (!file) {
    res.writeHead(404).end();
    return;
  }
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = contentTypeForFile(file);
  const headers: Record<string, string | number> = {
    'Content-Type': type,
    'Content-Length': size,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': type.startsWith('text/html') ? 'no-cache' : 'max-age=3600',
  };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = contentSecurityPolicy;
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}
