/**
 * Reads "next"/"previous" cursors from a response envelope. APIs spell them many ways: a bare
 * `next` token (GreenLake wellness, service catalog), `nextCursor`, `nextPageToken`, a `links.next`
 * URL, HAL `_links.next.href`, OneView `nextPageUri`, OData `@odata.nextLink`.
 */
import { isRecord } from './items';

/** Where the following page is: a whole link to follow, or one query parameter to set. */
export type PageStep =
  | { kind: 'url'; url: string }
  | { kind: 'query'; query: Record<string, string> };

/** A cursor as read: a step, `null` when a cursor field is present but empty (no more pages), or undefined when there is none. */
export type CursorReading = PageStep | null | undefined;

/** Cursor token fields and the query parameter each one is sent back as. */
const tokenFields: ReadonlyArray<[field: string, param: string]> = [
  ['nextCursor', 'cursor'],
  ['next_cursor', 'cursor'],
  ['nextPageToken', 'pageToken'],
  ['next_page_token', 'page_token'],
  ['nextToken', 'nextToken'],
  ['next_token', 'next_token'],
];

const linkFields = ['nextPageUri', 'nextLink', '@odata.nextLink', 'next_url', 'nextUrl'];
const previousFields = ['previous', 'prev', 'prevPageUri', 'previousPageUri', 'previousLink', 'prevLink'];

function looksLikeLink(text: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|\/|\?)/i.test(text);
}

/** A link value: a string, or an object with `href`. */
function linkValue(value: unknown): string | null | undefined {
  if (value === null) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (isRecord(value) && typeof value.href === 'string') return value.href === '' ? null : value.href;
  return undefined;
}

/** A link named `rel` inside `links`/`_links`, as an object map or as an array of `{rel, href}`. */
function relLink(body: Record<string, unknown>, rels: string[]): string | null | undefined {
  for (const container of [body.links, body._links, body.pagination, body.paging]) {
    if (isRecord(container)) {
      for (const rel of rels) {
        if (Object.hasOwn(container, rel)) return linkValue(container[rel]);
      }
    }
    if (Array.isArray(container)) {
      const found = container.find((l) => isRecord(l) && typeof l.rel === 'string' && rels.includes(l.rel));
      if (found) return linkValue(found);
    }
  }
  return undefined;
}

/** Reads the cursor to the next page, if the envelope has one. */
export function readNextCursor(body: Record<string, unknown>): CursorReading {
  if (Object.hasOwn(body, 'next')) {
    const next = body.next;
    const link = linkValue(next);
    if (link === null) return null;
    if (typeof next === 'string') {
      return looksLikeLink(next) ? { kind: 'url', url: next } : { kind: 'query', query: { next } };
    }
    if (link !== undefined) return { kind: 'url', url: link };
    if (typeof next === 'number') return { kind: 'query', query: { next: String(next) } };
  }
  for (const [field, param] of tokenFields) {
    if (!Object.hasOwn(body, field)) continue;
    const value = body[field];
    if (value === null || value === '') return null;
    if (typeof value === 'string') return { kind: 'query', query: { [param]: value } };
  }
  for (const field of linkFields) {
    if (!Object.hasOwn(body, field)) continue;
    const link = linkValue(body[field]);
    if (link === null) return null;
    if (link !== undefined) return { kind: 'url', url: link };
  }
  const rel = relLink(body, ['next']);
  if (rel === null) return null;
  if (rel !== undefined) return { kind: 'url', url: rel };
  return undefined;
}

/** Reads a link to the previous page, if the envelope has one. */
export function readPreviousCursor(body: Record<string, unknown>): PageStep | undefined {
  for (const field of previousFields) {
    const link = Object.hasOwn(body, field) ? linkValue(body[field]) : undefined;
    if (typeof link === 'string') {
      return looksLikeLink(link) ? { kind: 'url', url: link } : { kind: 'query', query: { [field]: link } };
    }
  }
  const rel = relLink(body, ['prev', 'previous']);
  return typeof rel === 'string' ? { kind: 'url', url: rel } : undefined;
}
