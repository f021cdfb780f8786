import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, cleanPastedToken, decodeJwt, numericClaim } from './jwt';

function part(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

// The token printed in seed 000 (an expired 2021 GreenLake token), header and claims only matter.
const seedToken =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6IjFvVEFmay1UOTZ1ZDd5cDBZTGlYM1ROSWdDWSIsInBpLmF0bSI6ImRlejAifQ.eyJjbGllbnRfaWQiOiIwMGNmZmY3MC04NmFiLTRmNjYtODI0NS0xZWIwNTQ2MzljMzgiLCJpc3MiOiJodHRwczovL3Nzby5jb21tb24uY2xvdWQuaHBlLmNvbSIsImF1ZCI6ImV4dGVybmFsX2FwaSIsInN1YiI6InJvbmFsZC5kaGFybWFAaHBlLmNvbSIsInVzZXJfY3R4IjoiZThhNGRhMmVlZmMzMTFlYmEwMmNiNjAzNDIyYmMwYTAiLCJhdXRoX3NvdXJjZSI6ImNjc190b2tlbl9tYW5hZ2VtZW50IiwicGxhdGZvcm1fY3VzdG9tZXJfaWQiOiIyMzRkNzZjNmU5ZDAxMWViYjczMDgyYjIxMmFkNmZlYSIsImlhdCI6MTYzNDc3OTIwNiwiYXBwbGljYXRpb25faW5zdGFuY2VfaWQiOiIzYzE4YmQwMy04MzA2LTRjN2MtOTQyZS1jNzA0YTRiODc0NGMiLCJleHAiOjE2MzQ3ODY0MDZ9.c2ln';

describe('decodeJwt', () => {
  it('decodes the GreenLake token of seed 000', () => {
    const decoded = decodeJwt(seedToken);
    expect(decoded?.header).toMatchObject({ alg: 'RS256', kid: '1oTAfk-T96ud7yp0YLiX3TNIgCY' });
    expect(decoded?.claims).toMatchObject({
      client_id: '00cfff70-86ab-4f66-8245-1eb054639c38',
      iss: 'https://sso.common.cloud.hpe.com',
      aud: 'external_api',
      platform_customer_id: '234d76c6e9d011ebb73082b212ad6fea',
      iat: 1634779206,
      exp: 1634786406,
    });
  });

  it('decodes UTF-8 claims and every base64url length', () => {
    for (const name of ['é', 'éa', 'éab', 'Zoë ✓ 日本']) {
      expect(decodeJwt(`${part({ alg: 'none' })}.${part({ name })}.`)?.claims).toEqual({ name });
    }
  });

  it('returns undefined for opaque or broken tokens', () => {
    expect(decodeJwt('opaque-token-value')).toBeUndefined();
    expect(decodeJwt('a.b.c')).toBeUndefined();
    expect(decodeJwt(`${part([1, 2])}.${part({})}.x`)).toBeUndefined();
    expect(decodeJwt(`${part({})}.${part('text')}.x`)).toBeUndefined();
    expect(base64UrlToBytes('a')).toBeUndefined();
    expect(base64UrlToBytes('a*bc')).toBeUndefined();
  });

  it('reads numeric claims only when they are numbers', () => {
    expect(numericClaim({ exp: 10, iat: '5' }, 'exp')).toBe(10);
    expect(numericClaim({ exp: 10, iat: '5' }, 'iat')).toBeUndefined();
    expect(numericClaim(undefined, 'exp')).toBeUndefined();
  });
});

describe('cleanPastedToken', () => {
  it('removes what people paste around a token', () => {
    expect(cleanPastedToken('  Bearer abc.def.ghi \n')).toBe('abc.def.ghi');
    expect(cleanPastedToken('Authorization: Bearer abc')).toBe('abc');
    expect(cleanPastedToken('"abc"')).toBe('abc');
    expect(cleanPastedToken('abc')).toBe('abc');
  });
});
