import { describe, expect, it } from 'vitest';
import { formEncode, maxDetailChars, redacted, responseDetail, scrubSecrets } from './scrub';

describe('formEncode', () => {
  it('encodes exactly as URLSearchParams does', () => {
    for (const value of ['a+b:c%d&e=f', "sp ace!'()*~-._", 'é/?#[]@$,;', '']) {
      expect(formEncode(value)).toBe(new URLSearchParams({ v: value }).toString().slice(2));
    }
  });
});

describe('scrubSecrets', () => {
  const secret = 'a+b:c%d&e=f';

  it('removes the secret in plain, URL-encoded and form-encoded forms', () => {
    const text = `plain ${secret} url ${encodeURIComponent(secret)} form ${formEncode(secret)}`;
    const out = scrubSecrets(text, [secret]);
    expect(out).not.toContain(secret);
    expect(out).not.toContain(encodeURIComponent(secret));
    expect(out).not.toContain(formEncode(secret));
    expect(out).toBe(`plain ${redacted} url ${redacted} form ${redacted}`);
  });

  it('removes token values, bearer and basic credentials, and anything shaped like a JWT', () => {
    const text = [
      '{"access_token": "opaque-123", "refresh_token":"r-1", "token_type":"Bearer"}',
      'access_token=opaque-456&x=1',
      'client_secret=s3cr3t&y=2',
      'Authorization: Bearer opaque-789',
      'Authorization: Basic dXNlcjpwYXNzd29yZA==',
      'echo eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl end',
    ].join('\n');
    const out = scrubSecrets(text);
    for (const leaked of ['opaque-123', 'r-1', 'opaque-456', 's3cr3t', 'opaque-789', 'dXNlcjpwYXNzd29yZA', 'eyJzdWIiOiJ4In0']) {
      expect(out).not.toContain(leaked);
    }
    expect(out).toContain('"token_type":"Bearer"');
    expect(out).toContain('x=1');
  });

  it('ignores empty and undefined secrets', () => {
    expect(scrubSecrets('nothing here', ['', undefined])).toBe('nothing here');
  });
});

describe('responseDetail', () => {
  it('keeps the status line, content type and the first 4 KB of the scrubbed body', () => {
    const body = `{"error":"x","echo":"top-secret"}${'y'.repeat(10_000)}`;
    const detail = responseDetail({ status: 400, statusText: 'Bad Request', contentType: 'application/json', body }, ['top-secret']);
    expect(detail.startsWith('HTTP 400 Bad Request\nContent-Type: application/json\n\n{"error":"x"')).toBe(true);
    expect(detail).not.toContain('top-secret');
    expect(detail.length).toBeLessThan(maxDetailChars + 200);
    expect(detail).toMatch(/more characters not shown/);
  });
});
