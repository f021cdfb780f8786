/**
 * A small JavaScript tokenizer for Postman scripts. Shoreline never runs a script from a file; it
 * only reads one to find the statements that save a value from the answer (captures). The tokenizer
 * is forgiving: text it cannot make sense of becomes tokens that match no capture form, so the
 * script is kept as "not run" rather than misread.
 */

/** What a token is. */
export type TokenType = 'ident' | 'number' | 'string' | 'template' | 'regex' | 'punct';

/** One token: its kind, its text (strings decoded), where it sits, and whether a line break came before it. */
export interface Token {
  type: TokenType;
  /** Identifiers and punctuators as written; strings (and templates without `${`) decoded. */
  value: string;
  start: number;
  end: number;
  newlineBefore: boolean;
}

/** A comment: its text without the markers, and where it sits. */
export interface Comment {
  text: string;
  start: number;
  end: number;
  line: boolean;
}

/** A script cut into tokens and comments. */
export interface Tokens {
  tokens: Token[];
  comments: Comment[];
}

const punctuators = ['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=', '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '**', '<<', '>>'];
const regexAfterWords = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

const isIdentStart = (c: string) => /[A-Za-z_$\u00c0-\uffff]/.test(c);
const isIdentPart = (c: string) => /[A-Za-z0-9_$\u00c0-\uffff]/.test(c);

/** True when a `/` after `previous` starts a regular expression rather than a division. */
function regexAllowed(previous: Token | undefined): boolean {
  if (!previous) return true;
  if (previous.type === 'ident') return regexAfterWords.has(previous.value);
  if (previous.type === 'punct') return ![')', ']', '}', '++', '--'].includes(previous.value);
  return false;
}

/** Reads a quoted string starting at `at` (the quote); returns its decoded value and the end offset. */
function readString(src: string, at: number): { value: string; end: number } {
  const quote = src[at];
  let value = '';
  let i = at + 1;
  while (i < src.length && src[i] !== quote) {
    const c = src[i] as string;
    if (c === '\n') break;
    if (c !== '\\') {
      value += c;
      i++;
      continue;
    }
    const next = src[i + 1] ?? '';
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
      value += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
      i += 6;
    } else if (next === '\r' || next === '\n') {
      i += next === '\r' && src[i + 2] === '\n' ? 3 : 2;
    } else {
      value += escapes[next] ?? next;
      i += 2;
    }
  }
  return { value, end: Math.min(i + 1, src.length) };
}

/** Cuts `src` into tokens and comments. Never throws: an unterminated string or comment runs to the end. */
export function tokenize(src: string): Tokens {
  const tokens: Token[] = [];
  const comments: Comment[] = [];
  let i = 0;
  let newline = false;
  // Braces opened by `${` inside template literals, so the matching `}` resumes the template.
  const templateDepth: number[] = [];
  let braceDepth = 0;

  const push = (type: TokenType, value: string, start: number, end: number) => {
    tokens.push({ type, value, start, end, newlineBefore: newline });
    newline = false;
  };

  /** Reads template text from `at` (just after a backtick or a closing `}`) to the next backtick or `${`. */
  const readTemplate = (start: number, at: number) => {
    let j = at;
    let text = '';
    let interpolated = false;
    while (j < src.length) {
      const c = src[j] as string;
      if (c === '\\') {
        text += escapes[src[j + 1] ?? ''] ?? src[j + 1] ?? '';
        j += 2;
      } else if (c === '`') {
        j++;
        break;
      } else if (c === '$' && src[j + 1] === '{') {
        interpolated = true;
        templateDepth.push(braceDepth);
        j += 2;
        break;
      } else {
        text += c;
        j++;
      }
    }
    const continues = src[start] === '}' || interpolated;
    push(continues ? 'template' : 'string', continues ? src.slice(start, j) : text, start, j);
    i = j;
  };

  while (i < src.length) {
    const c = src[i] as string;
    if (c === '\n' || c === '\u2028' || c === '\u2029') {
      newline = true;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      comments.push({ text: src.slice(i + 2, stop).replace(/\r$/, ''), start: i, end: stop, line: true });
      i = stop;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      if (src.slice(i, stop).includes('\n')) newline = true;
      comments.push({ text: src.slice(i + 2, end < 0 ? stop : end), start: i, end: stop, line: false });
      i = stop;
    } else if (c === '"' || c === "'") {
      const { value, end } = readString(src, i);
      push('string', value, i, end);
      i = end;
    } else if (c === '`') {
      readTemplate(i, i + 1);
    } else if (c === '}' && templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === braceDepth) {
      templateDepth.pop();
      readTemplate(i, i + 1);
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const match = /^(?:0[xXbBoO][0-9a-fA-F_]+n?|(?:\d[\d_]*)?\.?\d*(?:[eE][+-]?\d+)?n?)/.exec(src.slice(i));
      const length = Math.max(1, match?.[0].length ?? 1);
      push('number', src.slice(i, i + length), i, i + length);
      i += length;
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (j < src.length && isIdentPart(src[j] as string)) j++;
      push('ident', src.slice(i, j), i, j);
      i = j;
    } else if (c === '/' && regexAllowed(tokens[tokens.length - 1])) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n') {
        const d = src[j];
        if (d === '\\') j++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        j++;
      }
      j++;
      while (j < src.length && isIdentPart(src[j] as string)) j++;
      push('regex', src.slice(i, j), i, j);
      i = j;
    } else {
      const multi = punctuators.find((p) => src.startsWith(p, i));
      const value = multi ?? c;
      if (value === '{') braceDepth++;
      if (value === '}') braceDepth--;
      push('punct', value, i, i + value.length);
      i += value.length;
    }
  }
  return { tokens, comments };
}
