import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFormatOf, formatInstant, laterOf, readInstant, type Instant } from './instant';

describe('instants', () => {
  it('read every spelling HPE APIs use, as the same moment', () => {
    const moment = '2023-12-18T09:06:11.000000000Z';
    expect(readInstant('2023-12-18T09:06:11.000000Z')).toBe(moment); // audit log v1, seed 003
    expect(readInstant('2023-12-18T09:06:11Z')).toBe(moment); // DSCC
    expect(readInstant('2023-12-18T09:06:11.0Z')).toBe(moment); // audit log v2beta1 examples
    expect(readInstant('2023-12-18T10:06:11+01:00')).toBe(moment);
    expect(readInstant('2023-12-18T09:06:11.123456789Z')).toBe('2023-12-18T09:06:11.123456789Z');
  });

  it('refuse what is not a date-time', () => {
    for (const text of ['', 'yesterday', '2023-12-18', '2023-02-30T00:00:00Z', '2023-12-18T24:00:00Z', '2023-12-18T09:06:61Z', 42, null]) {
      expect(readInstant(text)).toBeUndefined();
    }
  });

  it('read the format an API writes, and write a moment in it by cutting, never rounding', () => {
    expect(dateFormatOf("2025-01-16T07:54:55.0Z")).toEqual({ fractionDigits: 1, zone: 'Z' });
    expect(dateFormatOf('2020-09-08T16:51:33Z')).toEqual({ fractionDigits: 0, zone: 'Z' });
    expect(dateFormatOf('2023-07-24T04:21:22.00+00:00')).toEqual({ fractionDigits: 2, zone: '+00:00' });
    const at = readInstant('2023-12-18T09:06:11.999999Z') as Instant;
    expect(formatInstant(at, { fractionDigits: 2, zone: 'Z' })).toBe('2023-12-18T09:06:11.99Z');
    expect(formatInstant(at, { fractionDigits: 0, zone: 'Z' })).toBe('2023-12-18T09:06:11Z');
    expect(formatInstant(at, { fractionDigits: 6, zone: '+00:00' })).toBe('2023-12-18T09:06:11.999999+00:00');
  });

  it('order moments as text exactly as in time, and a written moment never lies after the one it came from', () => {
    const moment = fc.record({ ms: fc.integer({ min: 0, max: 4_102_444_800_000 }), micro: fc.integer({ min: 0, max: 999_999 }) });
    const spell = (m: { ms: number; micro: number }) => new Date(m.ms).toISOString().replace(/\.(\d{3})Z$/, `.$1${String(m.micro % 1000).padStart(3, '0')}Z`);
    fc.assert(
      fc.property(moment, moment, fc.integer({ min: 0, max: 9 }), (a, b, digits) => {
        const ia = readInstant(spell(a)) as Instant;
        const ib = readInstant(spell(b)) as Instant;
        const order = a.ms * 1000 + (a.micro % 1000) - (b.ms * 1000 + (b.micro % 1000));
        expect(Math.sign(ia < ib ? -1 : ia > ib ? 1 : 0)).toBe(Math.sign(order));
        const written = readInstant(formatInstant(ia, { fractionDigits: digits, zone: 'Z' })) as Instant;
        expect(written <= ia).toBe(true);
        expect(laterOf(ia, ib)).toBe(ia >= ib ? ia : ib);
      }),
    );
  });
});
