import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './retry-after';

describe('retryAfterSeconds', () => {
  const now = Date.UTC(2026, 10, 22, 9, 0, 0);

  it('reads delay-seconds and HTTP dates', () => {
    expect(retryAfterSeconds('7', now)).toBe(7);
    expect(retryAfterSeconds('Sun, 22 Nov 2026 09:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('Sun, 22 Nov 2026 08:00:00 GMT', now)).toBe(0);

  });

  it('ignores absent or unreadable values', () => {
    expect(retryAfterSeconds(null, now)).toBeUndefined();
    expect(retryAfterSeconds('  ', now)).toBeUndefined();
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds('-5', now)).toBeUndefined();
  });
});
