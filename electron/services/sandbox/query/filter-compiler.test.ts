// Filters evaluated over sample items: every operator, dates as instants, and type errors caught before evaluation.
import { describe, expect, it } from 'vitest';
import { buildFieldCatalogue } from './field-catalogue';
import type { FieldRules } from './field-resolver';
import { compileFilter } from './filter-compiler';
import { QueryError } from './query-error';

const items = [
  {
    id: 'P06760-B21+2M212504P8',
    name: 'alpha',
    sizeMiB: 100,
    healthy: true,
    createdAt: '2023-07-24T04:21:22.00Z',
    state: { connected: true, subscriptionTier: 'Standard' },
    tags: null,
    firmwareInventory: [{ name: 'iLO 5', version: '2.78' }, { name: 'BIOS', version: 'U46' }],
    description: 'User alice logged out',
  },
  {
    id: 'P07595-B21+MXQ1140XVX',
    name: 'beta',
    sizeMiB: 2048,
    healthy: false,
    createdAt: '2023-07-24T06:00:00.000000Z',
    state: { connected: false, subscriptionTier: null },
    tags: null,
    firmwareInventory: [{ name: 'iLO 6', version: '1.55' }],
    description: 'Loading workspace for user bob',
  },
  {
    id: '875765-S01+1M512501AB',
    name: "o'brien",
    sizeMiB: 512,
    healthy: true,
    createdAt: '2023-07-25T00:00:00+02:00',
    state: { connected: true, subscriptionTier: 'Advanced' },
    tags: null,
    firmwareInventory: [],
    description: 'User carol LOGGED IN via ping mode.',
  },
];

const rules: FieldRules = { separator: '/', catalogue: buildFieldCatalogue(items) };

function names(filter: string, extra: Partial<FieldRules> = {}): string[] {
  const predicate = compileFilter(filter, { ...rules, ...extra });
  return items.filter(predicate).map((item) => item.name);
}

function failure(filter: string, extra: Partial<FieldRules> = {}): QueryError {
  try {
    compileFilter(filter, { ...rules, ...extra });
  } catch (error) {
    if (error instanceof QueryError) return error;
    throw error;
  }
  throw new Error(`'${filter}' compiled without error`);
}

describe('compileFilter', () => {
  it('compares text exactly with eq and ne', () => {
    expect(names("name eq 'beta'")).toEqual(['beta']);
    expect(names("name ne 'beta'")).toEqual(['alpha', "o'brien"]);
    expect(names("name eq 'BETA'")).toEqual([]);
    expect(names("name eq 'o''brien'")).toEqual(["o'brien"]);
  });

  it('matches a COM server id containing +', () => {
    expect(names("id eq 'P06760-B21+2M212504P8'")).toEqual(['alpha']);
    expect(names('id eq P07595-B21+MXQ1140XVX')).toEqual(['beta']);
  });

  it('orders numbers numerically, not as text', () => {
    expect(names('sizeMiB gt 500')).toEqual(['beta', "o'brien"]);
    expect(names('sizeMiB le 512')).toEqual(['alpha', "o'brien"]);
    expect(names('sizeMiB lt 1000 and sizeMiB ge 100')).toEqual(['alpha', "o'brien"]);
  });

  it('compares date-times as instants, quoted or bare, whatever their precision or zone', () => {
    expect(names("createdAt ge '2023-07-24T04:21:22.00Z'")).toEqual(['alpha', 'beta', "o'brien"]);
    expect(names("createdAt gt '2023-07-24T04:21:22Z'")).toEqual(['beta', "o'brien"]);
    expect(names('createdAt gt 2023-07-24T05:00:00Z')).toEqual(['beta', "o'brien"]);
    // 2023-07-25T00:00:00+02:00 is 2023-07-24T22:00Z: before midnight UTC.
    expect(names("createdAt lt '2023-07-25T00:00:00Z'")).toEqual(['alpha', 'beta', "o'brien"]);
    expect(names("createdAt lt '2023-07-24T22:00:00Z'")).toEqual(['alpha', 'beta']);
    expect(names("createdAt eq '2023-07-24T06:00:00Z'")).toEqual(['beta']);
  });

  it('filters on booleans and nested fields', () => {
    expect(names('healthy eq true')).toEqual(['alpha', "o'brien"]);
    expect(names('state/connected eq false')).toEqual(['beta']);
    expect(names("state/subscriptionTier eq 'Advanced'")).toEqual(["o'brien"]);
  });

  it('treats null and absent as equal to null', () => {
    expect(names('state/subscriptionTier eq null')).toEqual(['beta']);
    expect(names('state/subscriptionTier ne null')).toEqual(['alpha', "o'brien"]);
  });

  it('matches any element when the path steps into a list', () => {
    expect(names("firmwareInventory/name eq 'BIOS'")).toEqual(['alpha']);
    expect(names("startswith(firmwareInventory/name, 'ilo')")).toEqual(['alpha', 'beta']);
  });

  it('supports in-lists', () => {
    expect(names("name in ('alpha', 'o''brien')")).toEqual(['alpha', "o'brien"]);
    expect(names('sizeMiB in (100, 2048)')).toEqual(['alpha', 'beta']);
  });

  it('supports contains in both spellings, ignoring case', () => {
    expect(names("contains(description,'logged')")).toEqual(['alpha', "o'brien"]);
    expect(names("description contains 'LOGGED OUT'")).toEqual(['alpha']);
    expect(names("endswith(description, 'mode.')")).toEqual(["o'brien"]);
  });

  it('combines with and, or, not and parentheses', () => {
    expect(names("name eq 'alpha' or name eq 'beta' and sizeMiB gt 5000")).toEqual(['alpha']);
    expect(names("(name eq 'alpha' or name eq 'beta') and sizeMiB gt 50")).toEqual(['alpha', 'beta']);
    expect(names("not (name eq 'alpha') and not contains(description, 'workspace')")).toEqual(["o'brien"]);
  });

  it('honours aliases and allow-lists', () => {
    const extra = { aliases: { startTime: 'createdAt' }, allowedFields: ['startTime', 'createdAt', 'state/*'] };
    expect(names("startTime gt '2023-07-24T05:00:00Z'", extra)).toEqual(['beta', "o'brien"]);
    expect(names('state/connected eq false', extra)).toEqual(['beta']);
    const error = failure("name eq 'alpha'", extra);
    expect(error.message).toMatch(/Unsupported filter parameter 'name' provided at column 1\. Supported parameters are startTime, createdAt, state\/\*/);
  });

  it.each([
    ["nmae eq 'x'", /Unknown field 'nmae' in filter at column 1/],
    ["state.connected eq true", /Nested fields are separated with '\/' here: 'state\/connected'/],
    ["createdat ge '2023-01-01'", /Did you mean 'createdAt'\?/],
    ["createdAt ge 'yesterday'", /column 14: invalid date format 'yesterday' for createdAt/],
    ["createdAt ge '2023-02-30T00:00:00Z'", /invalid date format/],
    ["sizeMiB gt 'big'", /sizeMiB holds numbers/],
    ["healthy eq 'yes'", /holds true or false/],
    ['healthy gt true', /gt does not apply to healthy/],
    ['sizeMiB gt null', /null can only be compared with eq or ne/],
    ["state eq 'x'", /state holds an object/],
    ["contains(sizeMiB, '1')", /needs a text field/],
  ])('refuses %j', (filter, message) => {
    expect(failure(filter).message).toMatch(message);
  });
});
