/** The Content-Type each file of the built renderer is served with, by both hosts. */

const byExtension: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * The Content-Type for a file name. Chromium refuses a worker script that is not served as
 * JavaScript, so the type never depends on sniffing; unknown files are plain bytes.
 */
export function contentTypeForFile(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot >= 0 && byExtension[fileName.slice(dot).toLowerCase()]) || 'application/octet-stream';
}
