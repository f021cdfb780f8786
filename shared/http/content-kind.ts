/** Sorts a response's Content-Type into the ways Shoreline can show it, and picks a request body's default type. */

/** How a body is shown: pretty JSON, text, an image, or bytes to save. */
export type ContentKind = 'json' | 'text' | 'image' | 'binary';

/** The media type without parameters, lower-cased (`application/json`). */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The `charset` parameter of a Content-Type, lower-cased. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

/** The kind of a Content-Type, or undefined when there is none (the bytes must be sniffed). */
export function contentKindOf(contentType: string | null | undefined): ContentKind | undefined {
  const media = mediaTypeOf(contentType);
  if (media === '') return undefined;
  if (media === 'application/json' || media.endsWith('+json') || media === 'application/x-ndjson' || media === 'text/json') return 'json';
  if (media === 'image/svg+xml') return 'text';
  if (media.startsWith('image/')) return 'image';
  if (
    media.startsWith('text/') ||
    media.endsWith('+xml') ||
    /^application\/(?:xml|javascript|ecmascript|x-www-form-urlencoded|yaml|x-yaml|graphql|problem\+xml|x-sh|csv|sql)$/.test(media)
  ) {
    return 'text';
  }
  return 'binary';
}

/** The Content-Type Shoreline sends with a body that has none: JSON when it parses as JSON, else plain text. */
export function defaultContentType(body: string): string {
  try {
    JSON.parse(body);
    return 'application/json';
  } catch {
    return 'text/plain;charset=UTF-8';
  }
}
