/** Names for the files Shoreline offers to save: a CSV of the table, or the body itself. */
import type { Header } from '../../../shared/contract/http';
import { splitUrl } from '../../../shared/http/query';

const extensions: Record<string, string> = {
  'application/json': 'json',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'application/gzip': 'gz',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'text/html': 'html',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

function clean(name: string): string {
  // Characters Windows or macOS refuse in file names, and control characters.
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^[.\s-]+|[.\s-]+$/g, '').slice(0, 120);
}

function looksLikeId(segment: string): boolean {
  return /^[0-9a-f-]{16,}$/i.test(segment) || /^\d+$/.test(segment);
}

/**
 * A name taken from the URL's path: the last meaningful segment (`/api/v1/storage-systems` →
 * `storage-systems`); an id at the end is kept after its collection (`volumes-7b2c…`).
 */
export function baseNameFromUrl(url: string): string {
  const path = splitUrl(url).base.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/\{\{[^}]*\}\}/g, '');
  const segments = path.split('/').map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  }).filter((s) => s !== '' && !/^v\d+(?:(?:alpha|beta)\d*)?$/i.test(s));
  const last = segments.at(-1);
  if (last === undefined) return 'response';
  const before = segments.at(-2);
  const name = looksLikeId(last) && before ? `${before}-${last.slice(0, 12)}` : last;
  return clean(name) || 'response';
}

/** The CSV file name for the table of `url`: `storage-systems.csv`. */
export function csvFileName(url: string): string {
  return `${baseNameFromUrl(url)}.csv`;
}

/** The file name in a Content-Disposition header, if it names one. */
export function dispositionFileName(headers: readonly Header[]): string | undefined {
  const value = headers.find((h) => h.name.toLowerCase() === 'content-disposition')?.value;
  if (!value) return undefined;
  const star = /filename\*\s*=\s*(?:utf-8|iso-8859-1)?'[^']*'([^;]+)/i.exec(value)?.[1];
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(value)?.[1];
  let name = star ?? plain;
  if (name === undefined) return undefined;
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep as written
  }
  return clean(name.trim()) || undefined;
}

/** The name to save a body under: the server's suggestion, else the URL's last segment with an extension for its type. */
export function bodyFileName(url: string, headers: readonly Header[], contentType: string): string {
  const suggested = dispositionFileName(headers);
  if (suggested) return suggested;
  const base = baseNameFromUrl(url);
  if (/\.[a-z0-9]{1,5}$/i.test(base)) return base;
  const media = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const extension = extensions[media] ?? (media.endsWith('+json') ? 'json' : media.endsWith('+xml') ? 'xml' : 'bin');
  return `${base}.${extension}`;
}
