/** Splits a `filter` value into tokens, each with the column it starts at, for the parser. */
import { QueryError } from './query-error';

/** What a token is: punctuation, a quoted string, a bare word (field, keyword, number, …), or the end. */
export type TokenKind = 'lparen' | 'rparen' | 'comma' | 'string' | 'word' | 'end';

/** One token of a filter. */
export interface Token {
  kind: TokenKind;
  /** The token as written (a string keeps its quotes). */
  text: string;
  /** The token's meaning: a string without quotes and with `''` unescaped; otherwise `text`. */
  value: string;
  /** 1-based column of the token's first character. */
  column: number;
}

/** The longest filter accepted, so a pasted novel cannot keep the sandbox busy. */
export const maxFilterLength = 4096;

const punctuation: Record<string, TokenKind> = { '(': 'lparen', ')': 'rparen', ',': 'comma' };

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

function readString(input: string, start: number): { token: Token; next: number } {
  let value = '';
  let i = start + 1;
  while (i < input.length) {
    const ch = input[i];
    if (ch === "'") {
      if (input[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      const text = input.slice(start, i + 1);
      return { token: { kind: 'string', text, value, column: start + 1 }, next: i + 1 };
    }
    value += ch;
    i += 1;
  }
  throw new QueryError('filter', `Invalid filter at column ${start + 1}: the string starting there has no closing quote (').`, start + 1);
}

/** Tokenizes `input`; throws a {@link QueryError} naming the column of anything it cannot read. */
export function tokenizeFilter(input: string): Token[] {
  if (input.length > maxFilterLength) {
    throw new QueryError('filter', `The filter is ${input.length} characters long; the sandbox accepts up to ${maxFilterLength}.`);
  }
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (isSpace(ch)) {
      i += 1;
      continue;
    }
    const kind = punctuation[ch];
    if (kind) {
      tokens.push({ kind, text: ch, value: ch, column: i + 1 });
      i += 1;
      continue;
    }
    if (ch === "'") {
      const { token, next } = readString(input, i);
      tokens.push(token);
      i = next;
      continue;
    }
    if (ch === '"') {
      throw new QueryError('filter', `Invalid filter at column ${i + 1}: found '"'; string values use single quotes, e.g. name eq 'array-01'.`, i + 1);
    }
    const start = i;
    while (i < input.length && !isSpace(input[i] as string) && !(input[i] as string in punctuation) && input[i] !== "'" && input[i] !== '"') {
      i += 1;
    }
    const text = input.slice(start, i);
    tokens.push({ kind: 'word', text, value: text, column: start + 1 });
  }
  tokens.push({ kind: 'end', text: '', value: '', column: input.length + 1 });
  return tokens;
}
