import { describe, expect, it } from 'vitest';
import { REDACTED, redactHeaders, redactText } from './redact';

const jwt = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjFvVEFmay1UOTZ1ZDd5cDBZTGlYM1ROSWdDWSJ9.eyJjbGllbnRfaWQiOiIwMGNmZmY3MCJ9.sz7GHvCdO_NjPgVt5rz7JHRSegZWD0pimNqiw7s';

describe('redactText', () => {
  it('removes known secrets, JWTs and bearer credentials', () => {
    expect(redactText('token is opaque-secret-123 here', ['opaque-secret-123'])).toBe(`token is ${REDACTED} here`);
    expect(redactText(`see ${jwt}`)).toBe(`see ${REDACTED}`);
    expect(redactText('Authorization: Bearer abcdef123456789')).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(redactText('Basic authentication is used')).toBe('Basic authentication is used');
  });

  it('masks secret-named JSON fields and form or query parameters', () => {
    const json = '{"access_token":"abc\\"def","client_secret": "s3cr3t","password":"hunter2","name":"ok","nextToken":"keep"}';
    const out = redactText(json);
    expect(out).not.toMatch(/abc|s3cr3t|hunter2/);
    expect(out).toContain('"name":"ok"');
    expect(out).toContain('"nextToken":"keep"');
    expect(JSON.parse(out)).toMatchObject({ access_token: REDACTED, password: REDACTED });
    expect(redactText('grant_type=client_credentials&client_id=abc&client_secret=xyz789')).toBe(`grant_type=client_credentials&client_id=abc&client_secret=${REDACTED}`);
    expect(redactText('https://h/cb?access_token=zzz&state=1')).toBe(`https://h/cb?access_token=${REDACTED}&state=1`);
  });
});

describe('redactHeaders', () => {
  it('drops credential headers and any header carrying a known token', () => {
    const headers = [
      { name: 'Authorization', value: 'Bearer t0ken-value' },
      { name: 'Cookie', value: 'session=1' },
      { name: 'X-Echo', value: 'has t0ken-value inside' },
      { name: 'Accept', value: 'application/json' },
    ];
    expect(redactHeaders(headers, ['t0ken-value'])).toEqual([{ name: 'Accept', value: 'application/json' }]);
  });
});
