/**
 * Cuts a token stream into statements, the way JavaScript reads them (blocks, `if … else`, loops,
 * functions, and automatic semicolons at line ends). Only `if` and blocks keep their inner
 * structure: those are where a capture may sit behind a status check. Everything else is one
 * statement, kept whole.
 */
import type { Token } from './tokens';

/** A statement: a block, an `if`, or any other statement, with the tokens and source offsets it covers. */
export type Statement =
  | { kind: 'block'; from: number; to: number; start: number; end: number; body: Statement[]; closed: boolean }
  | { kind: 'if'; from: number; to: number; start: number; end: number; test: [number, number]; then: Statement; otherwise?: Statement }
  | { kind: 'other'; from: number; to: number; start: number; end: number };

/** Tokens after which a line break ends a statement (JavaScript's automatic semicolon). */
const canEnd = (t: Token) => t.type !== 'punct' || [')', ']', '}', '++', '--'].includes(t.value);
/** Words after which a line break always ends the statement (`return` on its own line returns nothing). */
const restricted = new Set(['return', 'break', 'continue', 'throw']);
/** Punctuators that carry an expression on to the next line. */
const continuing = new Set(['.', '?.', ',', '(', '[', ')', ']', '=', '==', '===', '!=', '!==', '<', '>', '<=', '>=', '+', '-', '*', '/', '%', '**', '&&', '||', '??', '?', ':', '=>', '&', '|', '^', '<<', '>>', '>>>', '+=', '-=', '*=', '/=', '%=', '&&=', '||=', '??=']);
const continuingWords = new Set(['instanceof', 'in', 'of', 'else', 'catch', 'finally']);
const openers: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** Statements of a script: reads `tokens` from start to end. */
export function parseStatements(tokens: readonly Token[]): Statement[] {
  const isPunct = (i: number, value: string) => tokens[i]?.type === 'punct' && tokens[i]?.value === value;
  const isWord = (i: number, value: string) => tokens[i]?.type === 'ident' && tokens[i]?.value === value;

  /** The index just past the bracket that closes the one at `i` (or the end). */
  const skipGroup = (i: number): number => {
    const stack: string[] = [];
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j] as Token;
      if (t.type === 'punct' && openers[t.value]) stack.push(openers[t.value] as string);
      else if (t.type === 'punct' && t.value === stack[stack.length - 1]) {
        stack.pop();
        if (stack.length === 0) return j + 1;
      }
      j++;
    }
    return j;
  };

  const make = <K extends Statement['kind']>(kind: K, from: number, to: number, extra: object = {}): Statement =>
    ({ kind, from, to, start: tokens[from]?.start ?? 0, end: tokens[Math.max(from, to - 1)]?.end ?? 0, ...extra }) as Statement;

  /** An expression or declaration statement from `i`: to a `;`, a closing `}`, or a line end where a semicolon goes. */
  const expression = (i: number): Statement => {
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j] as Token;
      if (j > i && t.newlineBefore) {
        const previous = tokens[j - 1] as Token;
        const startsNew = !(t.type === 'punct' && continuing.has(t.value)) && !(t.type === 'ident' && continuingWords.has(t.value)) && t.type !== 'template';
        if ((previous.type === 'ident' && restricted.has(previous.value)) || (canEnd(previous) && startsNew)) break;
      }
      if (t.type === 'punct' && t.value === ';') return make('other', i, j + 1);
      if (t.type === 'punct' && t.value === '}') break;
      j = t.type === 'punct' && openers[t.value] ? skipGroup(j) : j + 1;
    }
    return make('other', i, Math.max(j, i + 1));
  };

  /** One statement from `i`. */
  const statement = (i: number): Statement => {
    const t = tokens[i] as Token;
    if (t.type === 'punct' && t.value === '{') {
      const body: Statement[] = [];
      let j = i + 1;
      while (j < tokens.length && !isPunct(j, '}')) {
        const inner = statement(j);
        body.push(inner);
        j = inner.to;
      }
      return make('block', i, Math.min(j + 1, tokens.length), { body, closed: j < tokens.length });
    }
    if (t.type === 'punct' && t.value === ';') return make('other', i, i + 1);
    if (t.type !== 'ident') return expression(i);
    switch (t.value) {
      case 'if': {
        if (!isPunct(i + 1, '(')) return expression(i);
        const testEnd = skipGroup(i + 1);
        if (testEnd >= tokens.length) return make('other', i, tokens.length);
        const then = statement(testEnd);
        if (isWord(then.to, 'else') && then.to + 1 < tokens.length) {
          const otherwise = statement(then.to + 1);
          return make('if', i, otherwise.to, { test: [i + 2, testEnd - 1], then, otherwise });
        }
        return make('if', i, then.to, { test: [i + 2, testEnd - 1], then });
      }
      case 'for':
      case 'while':
      case 'with':
      case 'switch': {
        if (!isPunct(i + 1, '(')) return expression(i);
        const headEnd = skipGroup(i + 1);
        if (headEnd >= tokens.length) return make('other', i, tokens.length);
        return make('other', i, statement(headEnd).to);
      }
      case 'do': {
        if (i + 1 >= tokens.length) return make('other', i, tokens.length);
        let j = statement(i + 1).to;
        if (isWord(j, 'while') && isPunct(j + 1, '(')) j = skipGroup(j + 1);
        if (isPunct(j, ';')) j++;
        return make('other', i, j);
      }
      case 'try': {
        let j = isPunct(i + 1, '{') ? skipGroup(i + 1) : i + 1;
        if (isWord(j, 'catch')) {
          j++;
          if (isPunct(j, '(')) j = skipGroup(j);
          if (isPunct(j, '{')) j = skipGroup(j);
        }
        if (isWord(j, 'finally') && isPunct(j + 1, '{')) j = skipGroup(j + 1);
        return make('other', i, j);
      }
      case 'function':
      case 'class':
      case 'async': {
        let j = i + 1;
        while (j < tokens.length && !isPunct(j, '{') && !(t.value === 'async' && j > i + 1 && tokens[j]?.newlineBefore)) {
          j = isPunct(j, '(') ? skipGroup(j) : j + 1;
        }
        if (t.value === 'async' && !isWord(i + 1, 'function')) return expression(i);
        return make('other', i, isPunct(j, '{') ? skipGroup(j) : j);
      }
      default:
        return expression(i);
    }
  };

  const statements: Statement[] = [];
  let i = 0;
  while (i < tokens.length) {
    const s = statement(i);
    statements.push(s);
    // A stray `}` at the top level would stop the scan; take it as a statement of its own.
    i = s.to > i ? s.to : i + 1;
  }
  return statements;
}
