// ISO-8601 date-times read as instants.
import { describe, expect, it } from 'vitest';
import { looksLikeDateTime, parseDateTime } from './date-time';

describe('parseDateTime', () => {
  it('reads the spelling seed 003 uses, with two fractional digits and Z', () => {
    expect(parseDateTime('2023-07-24T04:21:22.00Z')).toBe(Date.UTC(2023, 6, 24, 4, 21, 22));
  });

  it('treats different spellings of one instant as equal', () => {
    const a = parseDateTime('2023-12-18T09:06:11.000000Z');
    const b = parseDateTime('2023-12-18T10:06:11+01:00');
    const c = parseDateTime('2023-12-18T04:06:11.0-0500');
    expect(a).toBe(Date.UTC(2023, 11, 18, 9, 6, 11));
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('keeps sub-millisecond fractions so ordering stays exact', () => {
    const early = parseDateTime('2024-01-01T00:00:00.0001Z') as number;
    const late = parseDateTime('2024-01-01T00:00:00.0002Z') as number;
    expect(late).toBeGreaterThan(early);
  });

  it('reads a date alone as midnight UTC and a time without zone as UTC', () => {
    expect(parseDateTime('2024-03-05')).toBe(Date.UTC(2024, 2, 5));
    expect(parseDateTime('2024-03-05T10:00:00')).toBe(Date.UTC(2024, 2, 5, 10));
  });

  it('refuses impossible dates and non-dates', () => {
    for (const text of ['2023-02-29T00:00:00Z', '2023-13-01', '2023-01-01T24:00:00Z', '2023-01-01T10:61:00Z', 'yesterday', '2023-1-1', '']) {
      expect(parseDateTime(text), text).toBeUndefined();
    }
    expect(parseDateTime('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
  });

  it('tells the shape apart from the validity', () => {
    expect(looksLikeDateTime('2023-13-01')).toBe(true);
    expect(looksLikeDateTime('2FF70002AC018D94')).toBe(false);
  });
});
