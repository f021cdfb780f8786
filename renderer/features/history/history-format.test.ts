import { describe, expect, it } from 'vitest';
import { relativeTime, urlHost, urlPath } from './history-format';

const now = Date.parse('2025-06-15T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('relativeTime', () => {
  it('reads like a person would say it', () => {
    expect(relativeTime(ago(10_000), now)).toBe('just now');
    expect(relativeTime(ago(5 * 60_000), now)).toBe('5 min ago');
    expect(relativeTime(ago(3 * 3_600_000), now)).toBe('3 h ago');
    expect(relativeTime(ago(30 * 3_600_000), now)).toBe('yesterday');
    expect(relativeTime(ago(4 * 86_400_000), now)).toBe('4 days ago');
    expect(relativeTime('2025-03-12T10:00:00Z', now)).toBe('12 Mar');
    expect(relativeTime('2024-03-12T10:00:00Z', now)).toBe('12 Mar 2024');
  });
  it('copes with clocks in the future and bad input', () => {
    expect(relativeTime(ago(-5000), now)).toBe('just now');
    expect(relativeTime('not a date', now)).toBe('');
  });
});

describe('urlPath and urlHost', () => {
  it('separate the path from the host', () => {
    expect(urlPath('https://eu1.data.cloud.hpe.com/api/v1/storage-systems?limit=10')).toBe('/api/v1/storage-systems?limit=10');
    expect(urlPath('https://h.example')).toBe('/');
    // Shown decoded, as the URL bar shows it; encoded only on the wire.
    expect(urlPath('https://eu1.data.cloud.hpe.com/api/v1/storage-systems?sort=id%20asc%2Cname%20desc')).toBe('/api/v1/storage-systems?sort=id asc,name desc');
    expect(urlPath('{{baseUrl}}/x')).toBe('{{baseUrl}}/x');
    expect(urlHost('https://eu1.data.cloud.hpe.com:443/x')).toBe('eu1.data.cloud.hpe.com');
    expect(urlHost('/relative')).toBeUndefined();
  });
});
