/**
 * Postman's OpenAPI importer fills values with type placeholders — `<string>`, `<integer>`, `<uuid>`,
 * `<dateTime>`, `<boolean>` — that would be sent as they are. Shoreline empties them and keeps the
 * placeholder as a hint: in a row's description, and in JSON bodies as an empty value of the type
 * (`""`, or `null` for numbers and booleans), so the body stays valid JSON.
 */

/** A placeholder that was emptied: where, which key, and the hint (`dateTime`). */
export interface PlaceholderHint {
  /** The collection item it was found in (a request or folder id), or the collection's id. */
  itemId: string;
  where: 'query' | 'header' | 'path' | 'body' | 'form' | 'variable';
  /** The row's key or the JSON property name; empty for an array element or a keyless row. */
  key: string;
  hint: string;
}

const placeholder = /^<([A-Za-z][A-Za-z0-9 _.-]{0,40})>$/;
const numberLike = new Set(['integer', 'long', 'number', 'double', 'float', 'int32', 'int64', 'decimal', 'bigint', 'boolean', 'bool']);

/** The hint inside `<…>` when `value` is exactly a placeholder. */
export function placeholderOf(value: string): string | undefined {
  return placeholder.exec(value.trim())?.[1];
}

/** The row description that shows `hint` ("Expected: dateTime."), before any description the row had. */
export function hintDescription(hint: string, description: string | undefined): string {
  const words = `Expected: ${hint}.`;
  return description === undefined || description.trim() === '' ? words : `${words} ${description}`;
}

/** The JSON text of an empty value for a placeholder's type. */
function emptyJson(hint: string): string {
  return numberLike.has(hint.toLowerCase()) ? 'null' : '""';
}

/**
 * `text` (a JSON body) with every placeholder value — quoted (`"<string>"`) or bare (`<integer>`) —
 * replaced by an empty value, formatting kept. Returns the hints with the property names they were under.
 */
export function emptyJsonPlaceholders(text: string): { text: string; hints: { key: string; hint: string }[] } {
  const hints: { key: string; hint: string }[] = [];
  let out = '';
  let i = 0;
  let lastString = '';
  let key = '';
  // What the next value belongs to: the key after `:`, or nothing inside an array.
  const stack: ('object' | 'array')[] = [];
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const literal = text.slice(i, j + 1);
      let value: string;
      try {
        value = JSON.parse(literal) as string;
      } catch {
        value = literal.slice(1, -1);
      }
      const rest = text.slice(j + 1);
      const isKey = stack[stack.length - 1] === 'object' && /^\s*:/.test(rest);
      const hint = isKey ? undefined : placeholderOf(value);
      if (hint !== undefined && value === value.trim()) {
        hints.push({ key: stack[stack.length - 1] === 'object' ? key : '', hint });
        out += emptyJson(hint);
      } else out += literal;
      if (isKey) lastString = value;
      i = j + 1;
      continue;
    }
    if (c === '<') {
      const match = /^<([A-Za-z][A-Za-z0-9 _.-]{0,40})>/.exec(text.slice(i));
      const before = out.trimEnd().slice(-1);
      if (match && (before === ':' || before === '[' || before === ',')) {
        hints.push({ key: stack[stack.length - 1] === 'object' ? key : '', hint: match[1] as string });
        out += emptyJson(match[1] as string);
        i += match[0].length;
        continue;
      }
    }
    if (c === '{') stack.push('object');
    else if (c === '[') stack.push('array');
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ':') key = lastString;
    out += c;
    i++;
  }
  return { text: out, hints };
}
