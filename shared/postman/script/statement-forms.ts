/**
 * The statement forms a capture is made of: a declaration binding a name to a part of the answer,
 * a call that saves a part of the answer into a variable, and the `if` tests that may guard them.
 */
import { isValidVariableName } from '../../model/variables';
import type { Capture } from '../../model/request';
import { formatCapturePath } from '../capture-path';
import { responseRefOf, TokenCursor, type Bindings, type ResponseRef } from './response-ref';
import type { Token } from './tokens';

/** The calls that save a value, and the scope each saves into. */
const setters: readonly (readonly [readonly string[], Capture['scope']])[] = [
  [['pm', '.', 'collectionVariables', '.', 'set'], 'collection'],
  [['pm', '.', 'environment', '.', 'set'], 'environment'],
  [['pm', '.', 'globals', '.', 'set'], 'global'],
  [['postman', '.', 'setEnvironmentVariable'], 'environment'],
  [['postman', '.', 'setGlobalVariable'], 'global'],
];

/** The end of `[from, to)` without a trailing `;`. */
function withoutSemicolon(tokens: readonly Token[], from: number, to: number): number {
  const last = tokens[to - 1];
  return to > from && last?.type === 'punct' && last.value === ';' ? to - 1 : to;
}

/** The index of the bracket closing the one at `open`, within `to`. */
function closing(tokens: readonly Token[], open: number, to: number): number {
  let depth = 0;
  for (let k = open; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.type !== 'punct') continue;
    if (t.value === '(' || t.value === '[' || t.value === '{') depth++;
    if (t.value === ')' || t.value === ']' || t.value === '}') depth--;
    if (depth === 0) return k;
  }
  return -1;
}

/** A save found in a script: the variable, its scope, and what it saves. */
export interface Save {
  variable: string;
  scope: Capture['scope'];
  ref: ResponseRef;
}

/** What the value of a setter call at `[from, to)` is: a save, or the setter's words when the value is not the answer. */
export function saveOf(tokens: readonly Token[], from: number, to: number, bindings: Bindings): Save | { setter: string } | undefined {
  const end = withoutSemicolon(tokens, from, to);
  for (const [parts, scope] of setters) {
    const c = new TokenCursor(tokens, from, end);
    if (!c.eat(...parts)) continue;
    const open = c.at;
    if (!c.eat('(') || closing(tokens, open, end) !== end - 1) return { setter: parts.join('') };
    const variable = c.string();
    if (variable === undefined || !c.eat(',')) return { setter: parts.join('') };
    const ref = responseRefOf(tokens, c.at, end - 1, bindings);
    return ref ? { variable, scope, ref } : { setter: parts.join('') };
  }
  const c = new TokenCursor(tokens, from, end);
  if (c.eat('pm', '.', 'variables', '.', 'set') || c.eat('pm', '.', 'iterationData', '.', 'set')) return { setter: 'pm.variables.set' };
  return undefined;
}

/** A declaration `var|let|const name = <part of the answer>`: the name, its value, and the name's token. */
export function bindingOf(tokens: readonly Token[], from: number, to: number, bindings: Bindings): { name: string; ref: ResponseRef; nameToken: number } | undefined {
  const end = withoutSemicolon(tokens, from, to);
  const keyword = tokens[from];
  const name = tokens[from + 1];
  if (keyword?.type !== 'ident' || !['var', 'let', 'const'].includes(keyword.value) || name?.type !== 'ident') return undefined;
  if (tokens[from + 2]?.type !== 'punct' || tokens[from + 2]?.value !== '=') return undefined;
  const ref = responseRefOf(tokens, from + 3, end, bindings);
  return ref ? { name: name.value, ref, nameToken: from + 1 } : undefined;
}

/** How an `if` test guards what it holds: after a 2xx answer (any, or one code), or when a part of the answer is there. */
export type Guard = { kind: 'success'; code?: number } | { kind: 'present' };

/** The guard an `if (…)` test at `[from, to)` is, or undefined for any other condition. */
export function guardOf(tokens: readonly Token[], from: number, to: number, bindings: Bindings): Guard | undefined {
  const status = (c: TokenCursor) => c.eat('pm', '.', 'response', '.', 'code') || c.eat('responseCode', '.', 'code');
  const code = (c: TokenCursor) => {
    const t = c.peek();
    if (t?.type !== 'number' || !/^2\d\d$/.test(t.value)) return undefined;
    c.at++;
    return Number(t.value);
  };
  const equals = (c: TokenCursor) => c.eat('===') || c.eat('==');
  let c = new TokenCursor(tokens, from, to);
  if (status(c) && equals(c)) {
    const n = code(c);
    if (n !== undefined && c.done) return { kind: 'success', code: n };
  }
  c = new TokenCursor(tokens, from, to);
  const first = code(c);
  if (first !== undefined && equals(c) && status(c) && c.done) return { kind: 'success', code: first };
  c = new TokenCursor(tokens, from, to);
  if (status(c) && c.eat('>=', '200', '&&') && status(c) && c.eat('<', '300') && c.done) return { kind: 'success' };
  return responseRefOf(tokens, from, to, bindings) ? { kind: 'present' } : undefined;
}

/** A save as a capture, or why it cannot be one. */
export function captureOf(save: Save, enabled: boolean): Capture | { refused: string } {
  if (!isValidVariableName(save.variable)) return { refused: `the variable name "${save.variable}" cannot be used in Shoreline` };
  const { ref } = save;
  if (ref.source === 'body') {
    const last = ref.segments[ref.segments.length - 1];
    if (typeof last === 'string' && /^(access|refresh|id)_?token$/i.test(last)) {
      return { refused: `it saves a token ("${last}") into a variable, which would write it to a file; Shoreline keeps tokens in its connections` };
    }
    return { variable: save.variable, source: 'body', path: formatCapturePath(ref.segments), scope: save.scope, enabled };
  }
  if (ref.source === 'header') return { variable: save.variable, source: 'header', path: ref.name, scope: save.scope, enabled };
  return { variable: save.variable, source: 'status', path: '', scope: save.scope, enabled };
}
