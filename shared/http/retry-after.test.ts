import { describe, expect, it } from 'vitest';
import { parseRetryAfter, waitWords } from './retry-after';

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 10, 22, 9, 0, 0);

  it('reads delay-seconds (rounding a fraction up) and HTTP dates', () => {
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter('1.5', now)).toBe(2);
    expect(parseRetryAfter('Sun, 22 Nov 2026 09:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Sun, 22 Nov 2026 08:00:00 GMT', now)).toBe(0);
  });

  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('  ', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('waitWords', () => {
  it('says seconds up to two minutes, then minutes rounded up', () => {
    expect(waitWords(0.2)).toBe('1 second');
    expect(waitWords(45)).toBe('45 seconds');
    expect(waitWords(121)).toBe('3 minutes');
  });
});
