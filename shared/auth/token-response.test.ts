import { describe, expect, it } from 'vitest';
import { ShorelineError } from '../errors';
import { parseTokenResponse, pastedToken } from './token-response';

function jwt(claims: Record<string, unknown>): string {
  const part = (v: unknown) => btoa(JSON.stringify(v)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2ln`;
}

const now = 1_700_000_000_000;
const ok = (body: unknown) => ({ status: 200, statusText: 'OK', contentType: 'application/json', body: JSON.stringify(body) });

describe('parseTokenResponse', () => {
  it('reads token, expiry from expires_in, and the decoded claims', () => {
    const token = jwt({ client_id: 'abc', iat: now / 1000, exp: now / 1000 + 7200 });
    const issued = parseTokenResponse(ok({ access_token: token, token_type: 'Bearer', expires_in: 899 }), now);
    expect(issued.accessToken).toBe(token);
    expect(issued.expiresAt).toBe(now + 899_000);
    expect(issued.jwt?.claims.client_id).toBe('abc');
  });

  it('refuses a token that had already expired by this clock (clock skew)', () => {
    const token = jwt({ iat: now / 1000 - 7300, exp: now / 1000 - 100 });
    const thrown = (() => {
      try {
        parseTokenResponse(ok({ access_token: token, expires_in: 7200 }), now);
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(ShorelineError);
    expect((thrown as ShorelineError).code).toBe('clock_skew');
    expect((thrown as ShorelineError).detail).not.toContain(token);
  });

  it('explains a response that is not a token', () => {
    expect(() => parseTokenResponse({ status: 200, statusText: 'OK', contentType: 'text/html', body: '<html>' }, now)).toThrow(
      /web page/,
    );
    expect(() => parseTokenResponse(ok({ access_token: '' }), now)).toThrow(/no access token/);
  });
});

describe('pastedToken', () => {
  it('takes its times from the JWT', () => {
    const issued = pastedToken(jwt({ iat: 1000, exp: 1900 }), now);
    expect(issued).toMatchObject({ obtainedAt: 1_000_000, expiresAt: 1_900_000 });
  });

  it('accepts an opaque token with an unknown expiry', () => {
    expect(pastedToken('opaque', now)).toEqual({ accessToken: 'opaque', obtainedAt: now });
  });
});
