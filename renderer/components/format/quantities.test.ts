import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDuration, itemsSummary, pluralItems } from './quantities';

describe('formatBytes', () => {
  it('shows bytes, kilobytes and megabytes the way a file manager does', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(12_595)).toBe('12.3 KB');
    expect(formatBytes(2.3 * 1024 * 1024)).toBe('2.3 MB');
    expect(formatBytes(48 * 1024 * 1024)).toBe('48 MB');
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 MB');
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.5 GB');
  });
  it('never prints NaN', () => {
    expect(formatBytes(Number.NaN)).toBe('—');
    expect(formatBytes(-1)).toBe('—');
  });
});

describe('formatDuration', () => {
  it('uses ms below a second, then seconds, then minutes', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(143.4)).toBe('143 ms');
    expect(formatDuration(1240)).toBe('1.24 s');
    expect(formatDuration(12_340)).toBe('12.3 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(120_000)).toBe('2 min');
  });
});

describe('counts', () => {
  it('separates thousands and pluralises', () => {
    expect(formatCount(1473)).toBe('1,473');
    // Whole numbers take a path without Intl: it must agree with Intl's en-US grouping everywhere.
    const intl = new Intl.NumberFormat('en-US');
    for (const value of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 123_456_789, -1, -1234, -1_000_000, Number.MAX_SAFE_INTEGER, 1.5, 1234.56, -0.25]) {
      expect(formatCount(value)).toBe(intl.format(value));
    }
    expect(pluralItems(1)).toBe('1 item');
    expect(pluralItems(12)).toBe('12 items');
  });
  it('summarises a list page against its total', () => {
    expect(itemsSummary(12, 350)).toBe('12 items of 350');
    expect(itemsSummary(12, 12)).toBe('12 items');
    expect(itemsSummary(3, undefined)).toBe('3 items');
    expect(itemsSummary(undefined, 5)).toBeUndefined();
  });
});
