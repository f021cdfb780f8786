import { describe, expect, it } from 'vitest';
import { statusReason, statusTone, statusWords } from './status-chip';

describe('status words', () => {
  it('prefers the server’s reason phrase and falls back to the standard one (HTTP/2 sends none)', () => {
    expect(statusWords(200, 'OK')).toBe('200 OK');
    expect(statusWords(200, '')).toBe('200 OK');
    expect(statusWords(403, undefined)).toBe('403 Forbidden');
    expect(statusWords(429, '  ')).toBe('429 Too Many Requests');
    expect(statusWords(299)).toBe('299');
    expect(statusReason(418, "I'm a teapot")).toBe("I'm a teapot");
  });
  it('colours by class: 2xx green, 3xx blue, 4xx amber, 5xx red', () => {
    expect(statusTone(204)).toBe('success');
    expect(statusTone(304)).toBe('info');
    expect(statusTone(404)).toBe('warning');
    expect(statusTone(503)).toBe('error');
    expect(statusTone(undefined)).toBe('neutral');
    expect(statusTone(99)).toBe('neutral');
  });
});
