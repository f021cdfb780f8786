/**
 * Every save from the answer anywhere in a script — inside `if`s, tests and callbacks too — for
 * recognising a token request ("saves `access_token` into `SomeToken`"). Unlike the capture reading,
 * this looks everywhere, because whatever it finds is not run either way.
 */
import { saveOf, type Save } from './statement-forms';
import { responseRefOf, type ResponseRef } from './response-ref';
import { tokenize, type Token } from './tokens';

/** The end of the expression starting at `from`: a `;` or `,` at its depth, a closing bracket, or a new line. */
function expressionEnd(tokens: readonly Token[], from: number): number {
  let depth = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (k > from && depth === 0 && t.newlineBefore && !(t.type === 'punct' && ['.', '?.', '['].includes(t.value))) return k;
    if (t.type !== 'punct') continue;
    if ('([{'.includes(t.value)) depth++;
    else if (')]}'.includes(t.value)) {
      if (depth === 0) return k;
      depth--;
    } else if (depth === 0 && (t.value === ';' || t.value === ',')) return k;
  }
  return tokens.length;
}

/** The index just past the `)` that closes the `(` at `open`. */
function pastGroup(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type !== 'punct') continue;
    if ('([{'.includes(t.value)) depth++;
    if (')]}'.includes(t.value) && --depth === 0) return k + 1;
  }
  return tokens.length;
}

/** Every save of a part of the answer into a variable in `text`, in order. */
export function findSaves(text: string): Save[] {
  const { tokens } = tokenize(text);
  const bindings = new Map<string, ResponseRef>();
  const saves: Save[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type === 'ident' && ['var', 'let', 'const'].includes(t.value) && tokens[k + 1]?.type === 'ident' && tokens[k + 2]?.value === '=') {
      const end = expressionEnd(tokens, k + 3);
      const ref = responseRefOf(tokens, k + 3, end, bindings);
      if (ref) bindings.set(tokens[k + 1]?.value ?? '', ref);
      continue;
    }
    if (t.type !== 'ident' || (t.value !== 'pm' && t.value !== 'postman') || tokens[k - 1]?.value === '.') continue;
    let open = k;
    while (open < tokens.length && open < k + 6 && tokens[open]?.value !== '(') open++;
    if (tokens[open]?.value !== '(') continue;
    const save = saveOf(tokens, k, pastGroup(tokens, open), bindings);
    if (save && 'ref' in save) saves.push(save);
  }
  return saves;
}
