/**
 * Reads a filter text back into clauses, so the helper and the raw text stay two views of the same
 * value. Only what the helper can show is accepted (clauses joined by one connective); anything
 * else (grouping parentheses, mixed and/or) is reported, and the text stays as the user wrote it.
 */
import { guessValueType, type FilterClause, type FilterExpression, type FilterOperator, type FilterQuote, type FilterValueType } from './filter-builder';

type Token = { t: 'word'; v: string } | { t: 'str'; v: string; q: "'" | '"' } | { t: 'open' } | { t: 'close' } | { t: 'comma' };

/** The outcome of {@link parseFilter}. */
export type ParsedFilter =
  | { ok: true; expression: FilterExpression; /** The quote the text used, when it quoted anything. */ quote?: FilterQuote }
  | { ok: false; reason: string };

function tokenize(text: string): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const single: Token | undefined = c === '(' ? { t: 'open' } : c === ')' ? { t: 'close' } : c === ',' ? { t: 'comma' } : undefined;
    if (single) tokens.push(single);
    if (single || /\s/.test(c)) {
      i++;
    } else if (c === "'" || c === '"') {
      let v = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) return `A quote opened at character ${i + 1} is never closed.`;
        const d = text[j] as string;
        const escapedQuote = (c === "'" && d === "'" && text[j + 1] === "'") || (c === '"' && d === '\\' && text[j + 1] === '"');
        if (escapedQuote) {
          v += c;
          j += 2;
        } else if (d === c) break;
        else {
          v += d;
          j++;
        }
      }
      tokens.push({ t: 'str', v, q: c });
      i = j + 1;
    } else {
      const m = /^[^\s(),'"]+/.exec(text.slice(i));
      const v = m?.[0] ?? c;
      tokens.push({ t: 'word', v });
      i += v.length;
    }
  }
  return tokens;
}

const comparisons = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

/** Parses `text` into clauses joined by one connective. */
export function parseFilter(text: string): ParsedFilter {
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { ok: false, reason: tokens };
  let pos = 0;
  let quote: FilterQuote | undefined;
  const peek = () => tokens[pos];
  const word = (t: Token | undefined) => (t?.t === 'word' ? t.v : undefined);
  const fail = (reason: string): ParsedFilter => ({ ok: false, reason });

  const value = (): { v: string; type: FilterValueType } | undefined => {
    const t = tokens[pos++];
    if (t?.t === 'str') {
      quote ??= t.q;
      return { v: t.v, type: guessValueType(t.v) === 'date-time' ? 'date-time' : 'string' };
    }
    if (t?.t === 'word') {
      const type = guessValueType(t.v);
      if (type === 'string' || type === 'date-time') quote ??= '';
      return { v: t.v, type };
    }
    return undefined;
  };

  const clause = (): FilterClause | string => {
    let not = false;
    if (word(peek())?.toLowerCase() === 'not') {
      not = true;
      pos++;
    }
    const first = tokens[pos++];
    if (first?.t === 'open') return 'Grouping with parentheses cannot be shown as clauses.';
    const name = word(first);
    if (name === undefined) return 'A clause should start with a field name.';
    if (name.toLowerCase() === 'contains' && peek()?.t === 'open') {
      pos++;
      const field = word(tokens[pos++]);
      if (field === undefined || tokens[pos++]?.t !== 'comma') return 'contains(…) should read contains(field,value).';
      const v = value();
      if (!v || tokens[pos++]?.t !== 'close') return 'contains(…) should read contains(field,value).';
      return { field, op: 'contains', value: v.v, type: v.type, ...(not ? { not } : {}) };
    }
    const op = word(tokens[pos++])?.toLowerCase();
    if (op === 'in') {
      if (tokens[pos++]?.t !== 'open') return '"in" should be followed by a list in parentheses.';
      const values: string[] = [];
      let type: FilterValueType | undefined;
      for (;;) {
        const v = value();
        if (!v) return 'The list after "in" is not complete.';
        values.push(v.v);
        type ??= v.type;
        const sep = tokens[pos++];
        if (sep?.t === 'close') break;
        if (sep?.t !== 'comma') return 'The list after "in" is not complete.';
      }
      return { field: name, op: 'in', value: values, ...(type ? { type } : {}), ...(not ? { not } : {}) };
    }
    if (!op || !comparisons.has(op)) return `"${op ?? ''}" after "${name}" is not an operator Shoreline knows (eq ne gt ge lt le in contains).`;
    const v = value();
    if (!v) return `The clause on "${name}" has no value.`;
    return { field: name, op: op as FilterOperator, value: v.v, type: v.type, ...(not ? { not } : {}) };
  };

  const clauses: FilterClause[] = [];
  let join: 'and' | 'or' | undefined;
  if (tokens.length === 0) return { ok: true, expression: { join: 'and', clauses: [] } };
  for (;;) {
    const c = clause();
    if (typeof c === 'string') return fail(c);
    clauses.push(c);
    if (pos >= tokens.length) break;
    const connective = word(tokens[pos++])?.toLowerCase();
    if (connective !== 'and' && connective !== 'or') return fail('Clauses should be joined with "and" or "or".');
    if (join && join !== connective) return fail('This filter mixes "and" and "or"; edit it as text.');
    join = connective;
  }
  const expression: FilterExpression = { join: join ?? 'and', clauses };
  return quote === undefined ? { ok: true, expression } : { ok: true, expression, quote };
}
