/**
 * Reads the expressions of a Postman script that name a part of the answer — `pm.response.json().a[0]`,
 * `JSON.parse(responseBody).a`, `pm.response.headers.get("Location")`, `pm.response.code`, their
 * legacy forms, and names bound to them (`jsonData.items[0].id`) — and nothing else.
 */
import type { PathSegment } from '../capture-path';
import type { Token } from './tokens';

/** A part of the answer: a place in the JSON body, a header, or the status code. */
export type ResponseRef = { source: 'body'; segments: PathSegment[] } | { source: 'header'; name: string } | { source: 'status' };

/** Names bound to a part of the answer (`var jsonData = pm.response.json()`). */
export type Bindings = ReadonlyMap<string, ResponseRef>;

/** A cursor over tokens `[from, to)` with helpers to match words and punctuation in sequence. */
export class TokenCursor {
  constructor(
    readonly tokens: readonly Token[],
    public at: number,
    readonly to: number,
  ) {}

  /** The token under the cursor, if inside the range. */
  peek(offset = 0): Token | undefined {
    return this.at + offset < this.to ? this.tokens[this.at + offset] : undefined;
  }

  /** Moves past `parts` (identifiers, numbers or punctuators, matched by text) when they all come next. */
  eat(...parts: string[]): boolean {
    for (let k = 0; k < parts.length; k++) {
      const t = this.peek(k);
      if (!t || t.type === 'string' || t.type === 'template' || t.type === 'regex' || t.value !== parts[k]) return false;
    }
    this.at += parts.length;
    return true;
  }

  /** Moves past a string literal (or a template with no `${`) and returns its text. */
  string(): string | undefined {
    const t = this.peek();
    if (t?.type !== 'string') return undefined;
    this.at++;
    return t.value;
  }

  /** True when every token of the range has been read. */
  get done(): boolean {
    return this.at >= this.to;
  }
}

/** Moves past `( "name" )` and returns the name. */
function quotedArgument(c: TokenCursor): string | undefined {
  if (!c.eat('(')) return undefined;
  const name = c.string();
  return name !== undefined && c.eat(')') ? name : undefined;
}

/** The part of the answer a primary expression names, the cursor moved past it. */
function primary(c: TokenCursor, bindings: Bindings): ResponseRef | undefined {
  if (c.eat('pm', '.', 'response', '.', 'json', '(', ')')) return { source: 'body', segments: [] };
  if (c.eat('JSON', '.', 'parse', '(', 'responseBody', ')')) return { source: 'body', segments: [] };
  if (c.eat('JSON', '.', 'parse', '(', 'pm', '.', 'response', '.', 'text', '(', ')', ')')) return { source: 'body', segments: [] };
  if (c.eat('pm', '.', 'response', '.', 'code') || c.eat('responseCode', '.', 'code')) return { source: 'status' };
  if (c.eat('pm', '.', 'response', '.', 'headers', '.', 'get') || c.eat('postman', '.', 'getResponseHeader')) {
    const name = quotedArgument(c);
    return name === undefined || name === '' ? undefined : { source: 'header', name };
  }
  if (c.eat('responseHeaders', '[')) {
    const name = c.string();
    return name !== undefined && name !== '' && c.eat(']') ? { source: 'header', name } : undefined;
  }
  const word = c.peek();
  if (word?.type === 'ident' && bindings.has(word.value)) {
    c.at++;
    return bindings.get(word.value);
  }
  return undefined;
}

/** Words that are not keys of the JSON answer when read after a dot (`.length` counts items). */
const notKeys = new Set(['length']);

/**
 * The part of the answer that tokens `[from, to)` name exactly, or undefined when they are anything
 * else (a computation, a method call, a constant).
 */
export function responseRefOf(tokens: readonly Token[], from: number, to: number, bindings: Bindings): ResponseRef | undefined {
  const c = new TokenCursor(tokens, from, to);
  const ref = primary(c, bindings);
  if (!ref) return undefined;
  const segments: PathSegment[] = ref.source === 'body' ? [...ref.segments] : [];
  while (!c.done) {
    if (ref.source !== 'body') return undefined;
    const optional = c.eat('?.');
    if (!optional && !c.eat('.') && !c.eat('[')) return undefined;
    const wasBracket = tokens[c.at - 1]?.value === '[' || (optional && c.eat('['));
    if (!wasBracket) {
      const key = c.peek();
      if (key?.type !== 'ident' || notKeys.has(key.value)) return undefined;
      segments.push(key.value);
      c.at++;
      continue;
    }
    const key = c.peek();
    if (key?.type === 'number' && /^(0|[1-9][0-9]{0,8})$/.test(key.value)) segments.push(Number(key.value));
    else if (key?.type === 'string') segments.push(key.value);
    else return undefined;
    c.at++;
    if (!c.eat(']')) return undefined;
  }
  return ref.source === 'body' ? { source: 'body', segments } : ref;
}

/** Identifier tokens of `[from, to)` that are references (not property names after a dot). */
export function referencedNames(tokens: readonly Token[], from: number, to: number): string[] {
  const names: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    const before = tokens[k - 1];
    if (t.type === 'ident' && !(before?.type === 'punct' && (before.value === '.' || before.value === '?.'))) names.push(t.value);
  }
  return names;
}
