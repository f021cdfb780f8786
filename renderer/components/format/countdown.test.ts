import { describe, expect, it } from 'vitest';
import { countdownTone, formatClock, formatDateTime, formatDuration, formatRemaining } from './countdown';

describe('formatRemaining', () => {
  it('shows hours, minutes and seconds when an hour or more is left', () => {
    expect(formatRemaining((1 * 3600 + 54 * 60 + 12) * 1000)).toBe('1:54:12');
    expect(formatRemaining(2 * 3600 * 1000)).toBe('2:00:00');
    expect(formatRemaining(3600 * 1000 + 5000)).toBe('1:00:05');
  });

  it('drops the hours under an hour', () => {
    expect(formatRemaining(59 * 60_000 + 59_000)).toBe('59:59');
    expect(formatRemaining(65_000)).toBe('1:05');
    expect(formatRemaining(9_000)).toBe('0:09');
  });

  it('rounds up, so 0:00 appears only at expiry', () => {
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(999)).toBe('0:01');
    expect(formatRemaining(1000)).toBe('0:01');
    expect(formatRemaining(1001)).toBe('0:02');
  });

  it('never shows a negative or broken clock', () => {
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-5000)).toBe('0:00');
    expect(formatRemaining(Number.NaN)).toBe('0:00');
  });
});

describe('formatDuration', () => {
  it('words a GreenLake token lifetime', () => {
    expect(formatDuration(7199_000)).toBe('1 h 59 min');
    expect(formatDuration(7200_000)).toBe('2 h');
    expect(formatDuration(15 * 60_000)).toBe('15 min');
  });

  it('uses seconds under a minute and days for long-lived tokens', () => {
    expect(formatDuration(45_500)).toBe('45 s');
    expect(formatDuration(-1)).toBe('0 s');
    expect(formatDuration((3 * 86_400 + 2 * 3600) * 1000)).toBe('3 d 2 h');
    expect(formatDuration(86_400_000)).toBe('1 d');
  });
});

describe('countdownTone', () => {
  it('turns amber under five minutes and red at expiry', () => {
    expect(countdownTone(5 * 60_000)).toBe('ok');
    expect(countdownTone(5 * 60_000 - 1)).toBe('warning');
    expect(countdownTone(1)).toBe('warning');
    expect(countdownTone(0)).toBe('expired');
    expect(countdownTone(-1)).toBe('expired');
    expect(countdownTone(Number.NaN)).toBe('expired');
  });
});

describe('times of day', () => {
  it('writes a clock time and a date-time the same way, so the token panel reads in one format', () => {
    const at = Date.UTC(2026, 11, 2, 9, 10, 10);
    const clock = formatClock(at, 'en-US');
    expect(formatDateTime(at, 'en-US').endsWith(clock)).toBe(true);
    expect(clock).toMatch(/^\d{1,2}:\d{2}\s?(AM|PM)$/);
  });
});
