// The filter tokenizer and parser: the tree they build, and errors that name the column.
import { describe, expect, it } from 'vitest';
import { parseFilter } from './filter-parser';
import { tokenizeFilter } from './filter-tokenizer';
import { QueryError } from './query-error';

function errorOf(text: string): QueryError {
  try {
    parseFilter(text);
  } catch (error) {
    if (error instanceof QueryError) return error;
    throw error;
  }
  throw new Error(`'${text}' parsed without error`);
}

describe('tokenizeFilter', () => {
  it('splits words, strings and punctuation with their columns', () => {
    const tokens = tokenizeFilter("contains(name,'it''s') and id in (1, 2)");
    expect(tokens.map((t) => [t.kind, t.value, t.column])).toEqual([
      ['word', 'contains', 1],
      ['lparen', '(', 9],
      ['word', 'name', 10],
      ['comma', ',', 14],
      ['string', "it's", 15],
      ['rparen', ')', 22],
      ['word', 'and', 24],
      ['word', 'id', 28],
      ['word', 'in', 31],
      ['lparen', '(', 34],
      ['word', '1', 35],
      ['comma', ',', 36],
      ['word', '2', 38],
      ['rparen', ')', 39],
      ['end', '', 40],
    ]);
  });

  it('keeps a COM server id with + and a date-time with an offset as single words', () => {
    const words = tokenizeFilter('id eq P06760-B21+2M212504P8 and createdAt ge 2023-07-24T04:21:22+02:00').map((t) => t.value);
    expect(words).toContain('P06760-B21+2M212504P8');
    expect(words).toContain('2023-07-24T04:21:22+02:00');
  });

  it('names the column of an unterminated string', () => {
    expect(() => tokenizeFilter("name eq 'abc")).toThrow(/column 9.*no closing quote/);
  });

  it('explains that double quotes are not string delimiters', () => {
    expect(() => tokenizeFilter('name eq "abc"')).toThrow(/column 9.*single quotes/);
  });

  it('refuses absurdly long input', () => {
    expect(() => tokenizeFilter(`name eq '${'x'.repeat(5000)}'`)).toThrow(/accepts up to/);
  });
});

describe('parseFilter', () => {
  it('parses a comparison with a quoted string', () => {
    expect(parseFilter("name eq 'array-01'")).toEqual({
      kind: 'compare',
      op: 'eq',
      field: { path: 'name', column: 1 },
      value: { kind: 'string', value: 'array-01', quoted: true, raw: "'array-01'", column: 9 },
    });
  });

  it('classifies bare numbers, booleans, null and words', () => {
    const node = parseFilter('a eq 1.5e2 and b eq true and c eq null and d eq VEGA_CB1507');
    const values: unknown[] = [];
    const walk = (n: ReturnType<typeof parseFilter>): void => {
      if (n.kind === 'and' || n.kind === 'or') {
        walk(n.left);
        walk(n.right);
      } else if (n.kind === 'compare') values.push(n.value);
    };
    walk(node);
    expect(values.map((v) => (v as { kind: string }).kind)).toEqual(['number', 'boolean', 'null', 'string']);
    expect((values[0] as { value: number }).value).toBe(150);
  });

  it('gives and a tighter binding than or', () => {
    const node = parseFilter("a eq 1 or b eq 2 and c eq 3");
    expect(node.kind).toBe('or');
    if (node.kind !== 'or') return;
    expect(node.left.kind).toBe('compare');
    expect(node.right.kind).toBe('and');
  });

  it('lets parentheses override precedence, and not apply to a group', () => {
    const node = parseFilter('not (a eq 1 or b eq 2) and c eq 3');
    expect(node.kind).toBe('and');
    if (node.kind !== 'and') return;
    expect(node.left.kind).toBe('not');
    if (node.left.kind !== 'not') return;
    expect(node.left.operand.kind).toBe('or');
  });

  it('reads in-lists, quoted or bare', () => {
    const node = parseFilter("serviceOffer/id in ('a', 'b') and editStatus in (Update_In_Progress,Update_Success)");
    expect(node.kind).toBe('and');
    if (node.kind !== 'and' || node.left.kind !== 'in' || node.right.kind !== 'in') throw new Error('shape');
    expect(node.left.field.path).toBe('serviceOffer/id');
    expect(node.left.values.map((v) => v.raw)).toEqual(["'a'", "'b'"]);
    expect(node.right.values.map((v) => (v.kind === 'string' ? v.value : ''))).toEqual(['Update_In_Progress', 'Update_Success']);
  });

  it('reads contains as a function and as an infix operator', () => {
    for (const text of ["contains(description, 'logged out')", "description contains 'logged out'"]) {
      const node = parseFilter(text);
      if (node.kind !== 'function') throw new Error(`${text} is not a function node`);
      expect(node.name).toBe('contains');
      expect(node.field.path).toBe('description');
      expect(node.value).toMatchObject({ kind: 'string', value: 'logged out' });
    }
  });

  it('accepts keywords in any case', () => {
    expect(parseFilter("a EQ 'x' AND NOT b Eq 'y'").kind).toBe('and');
  });

  it('reads nested paths with either separator as written', () => {
    const node = parseFilter("user.username eq 'x' or hardware/model eq 'y'");
    if (node.kind !== 'or' || node.left.kind !== 'compare' || node.right.kind !== 'compare') throw new Error('shape');
    expect(node.left.field.path).toBe('user.username');
    expect(node.right.field.path).toBe('hardware/model');
  });

  it.each([
    ['', /empty/, 1],
    ["name 'x'", /column 6: expected an operator .* found ''x''/, 6],
    ['name eq', /column 8: expected a value after 'eq', found the end of the filter/, 8],
    ["name eq 'a' 'b'", /column 13: expected 'and', 'or' or the end/, 13],
    ["name eq 'a' and", /column 16: expected a field name, found the end/, 16],
    ["(name eq 'a'", /column 13: expected '\)' to close the '\(' at column 1/, 13],
    ["name eq 'a')", /column 12: .*closes nothing/, 12],
    ["name in 'a'", /column 9: expected '\(' to start the list/, 9],
    ["name in ('a' 'b')", /column 14: expected ',' or '\)' to close the list/, 14],
    ["contains(name 'x')", /column 15: expected ',' between/, 15],
    ['123 eq 4', /column 1: expected a field name, found '123'/, 1],
    ["name == 'x'", /column 6: expected an operator/, 6],
    ["and eq 'x'", /column 1: expected a field name, found 'and'/, 1],
    ["name eq and", /column 9: expected a value after 'eq', found 'and'/, 9],
  ])('refuses %j and says where', (text, message, column) => {
    const error = errorOf(text);
    expect(error.message).toMatch(message);
    expect(error.column).toBe(column);
    expect(error.subject).toBe('filter');
  });

  it('refuses nesting deep enough to threaten the stack', () => {
    const deep = `${'('.repeat(200)}a eq 1${')'.repeat(200)}`;
    expect(errorOf(deep).message).toMatch(/nesting is deeper/);
    const nots = `${'not '.repeat(200)}a eq 1`;
    expect(errorOf(nots).message).toMatch(/nesting is deeper/);
  });

  it('parses moderately nested input', () => {
    expect(parseFilter(`${'('.repeat(20)}a eq 1${')'.repeat(20)}`).kind).toBe('compare');
  });
});
