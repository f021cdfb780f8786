/**
 * A recursive-descent parser for the OData subset GreenLake's `filter` parameter documents:
 * `field op value` (eq ne gt ge lt le), `field in ('a','b')`, `contains(field,'x')` or
 * `field contains 'x'`, joined with and/or/not and parentheses. Errors name the column.
 */
import type { CompareOp, FieldRef, FilterNode, Literal, StringFunction } from './filter-ast';
import { tokenizeFilter, type Token } from './filter-tokenizer';
import { QueryError } from './query-error';

const compareOps: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
const functions: readonly string[] = ['contains', 'startswith', 'endswith'];
const keywords: readonly string[] = ['and', 'or', 'not', 'in', ...compareOps];
const operatorList = 'eq, ne, gt, ge, lt, le, in or contains';
const fieldPattern = /^[A-Za-z_][A-Za-z0-9_]*(?:[./][A-Za-z_][A-Za-z0-9_]*)*$/;
const numberPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Deeper nesting than this is refused rather than risk the stack. */
const maxDepth = 64;

function describe(token: Token): string {
  return token.kind === 'end' ? 'the end of the filter' : `'${token.text}'`;
}

function fail(token: Token, expected: string): never {
  throw new QueryError('filter', `Invalid filter at column ${token.column}: expected ${expected}, found ${describe(token)}.`, token.column);
}

function wordIs(token: Token, word: string): boolean {
  return token.kind === 'word' && token.value.toLowerCase() === word;
}

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.parseOr();
    const rest = this.peek();
    if (rest.kind === 'rparen') fail(rest, "'and', 'or' or the end of the filter (this ')' closes nothing)");
    if (rest.kind !== 'end') fail(rest, "'and', 'or' or the end of the filter");
    return node;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)] as Token;
  }

  private take(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.pos += 1;
    return token;
  }

  private enter(token: Token): void {
    this.depth += 1;
    if (this.depth > maxDepth) {
      throw new QueryError('filter', `Invalid filter at column ${token.column}: nesting is deeper than ${maxDepth} levels.`, token.column);
    }
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (wordIs(this.peek(), 'or')) {
      this.take();
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (wordIs(this.peek(), 'and')) {
      this.take();
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    const token = this.peek();
    if (wordIs(token, 'not')) {
      this.take();
      this.enter(token);
      const operand = this.parseUnary();
      this.depth -= 1;
      return { kind: 'not', operand };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): FilterNode {
    const token = this.peek();
    if (token.kind === 'lparen') {
      this.take();
      this.enter(token);
      const inner = this.parseOr();
      const close = this.peek();
      if (close.kind !== 'rparen') fail(close, `')' to close the '(' at column ${token.column}`);
      this.take();
      this.depth -= 1;
      return inner;
    }
    if (token.kind === 'word' && functions.includes(token.value.toLowerCase()) && this.peek(1).kind === 'lparen') {
      return this.parseFunction();
    }
    return this.parseComparison();
  }

  private parseFunction(): FilterNode {
    const name = this.take().value.toLowerCase() as StringFunction;
    this.take(); // (
    const field = this.parseField();
    const comma = this.peek();
    if (comma.kind !== 'comma') fail(comma, `',' between the field and the value of ${name}()`);
    this.take();
    const value = this.parseLiteral(`a value for ${name}()`);
    const close = this.peek();
    if (close.kind !== 'rparen') fail(close, `')' to close ${name}(`);
    this.take();
    return { kind: 'function', name, field, value };
  }

  private parseField(): FieldRef {
    const token = this.peek();
    if (token.kind !== 'word' || !fieldPattern.test(token.value) || keywords.includes(token.value.toLowerCase())) {
      fail(token, 'a field name');
    }
    this.take();
    return { path: token.value, column: token.column };
  }

  private parseComparison(): FilterNode {
    const field = this.parseField();
    const opToken = this.peek();
    const op = opToken.kind === 'word' ? opToken.value.toLowerCase() : '';
    if (op === 'in') {
      this.take();
      return { kind: 'in', field, values: this.parseList() };
    }
    if (op === 'contains') {
      this.take();
      return { kind: 'function', name: 'contains', field, value: this.parseLiteral("a value after 'contains'") };
    }
    if (!compareOps.includes(op)) fail(opToken, `an operator (${operatorList}) after '${field.path}'`);
    this.take();
    return { kind: 'compare', op: op as CompareOp, field, value: this.parseLiteral(`a value after '${opToken.text}'`) };
  }

  private parseList(): Literal[] {
    const open = this.peek();
    if (open.kind !== 'lparen') fail(open, "'(' to start the list after 'in'");
    this.take();
    const values = [this.parseLiteral("a value in the list after 'in'")];
    while (this.peek().kind === 'comma') {
      this.take();
      values.push(this.parseLiteral("a value after ','"));
    }
    const close = this.peek();
    if (close.kind !== 'rparen') fail(close, `',' or ')' to close the list opened at column ${open.column}`);
    this.take();
    return values;
  }

  private parseLiteral(expected: string): Literal {
    const token = this.peek();
    if (token.kind === 'string') {
      this.take();
      return { kind: 'string', value: token.value, quoted: true, raw: token.text, column: token.column };
    }
    if (token.kind !== 'word' || ['and', 'or', 'not'].includes(token.value.toLowerCase())) fail(token, expected);
    this.take();
    const base = { raw: token.text, column: token.column };
    const lower = token.value.toLowerCase();
    if (numberPattern.test(token.value)) return { kind: 'number', value: Number(token.value), ...base };
    if (lower === 'true' || lower === 'false') return { kind: 'boolean', value: lower === 'true', ...base };
    if (lower === 'null') return { kind: 'null', ...base };
    return { kind: 'string', value: token.value, quoted: false, ...base };
  }
}

/** Parses a filter into a tree; throws a {@link QueryError} that names the column and the offending token. */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenizeFilter(text);
  const first = tokens[0] as Token;
  if (first.kind === 'end') throw new QueryError('filter', 'The filter is empty.', 1);
  return new Parser(tokens).parse();
}
