/**
 * The path a body capture reads, as text: `items[0].id`, `data["odata.count"]`. Keys that are plain
 * identifiers are joined with dots, array indexes are `[n]`, and any other key is a JSON string in
 * brackets, so every key can be written and read back exactly. The empty path is the whole body.
 */

/** One step into a JSON value: an object key or an array index. */
export type PathSegment = string | number;

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The text of a path (`items[0].id`). */
export function formatCapturePath(segments: readonly PathSegment[]): string {
  let text = '';
  for (const segment of segments) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (identifier.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** The segments of a path, or undefined when the text is not a path this syntax can write. */
export function parseCapturePath(text: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const word = (segments.length === 0 ? /^[A-Za-z_$][A-Za-z0-9_$]*/ : /^\.[A-Za-z_$][A-Za-z0-9_$]*/).exec(rest);
    if (word) {
      segments.push(word[0].replace(/^\./, ''));
      i += word[0].length;
      continue;
    }
    const index = /^\[(0|[1-9][0-9]{0,8})\]/.exec(rest);
    if (index) {
      segments.push(Number(index[1]));
      i += index[0].length;
      continue;
    }
    const key = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest);
    if (!key) return undefined;
    try {
      segments.push(JSON.parse(key[1] as string) as string);
    } catch {
      return undefined;
    }
    i += key[0].length;
  }
  return segments;
}

/** The value at `path` in a parsed JSON body, or undefined when the path does not lead anywhere. */
export function readCapturePath(body: unknown, path: string): unknown {
  const segments = parseCapturePath(path);
  if (!segments) return undefined;
  let value: unknown = body;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(value)) return undefined;
      value = value[segment];
    } else {
      if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, segment)) return undefined;
      value = (value as Record<string, unknown>)[segment];
    }
  }
  return value;
}
