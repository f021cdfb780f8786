import { describe, expect, it } from 'vitest';
import { expiredByClaims, expiresInSeconds, needsRenewal, renewalMarginMs, tokenExpiresAt } from './token-expiry';

describe('renewalMarginMs', () => {
  it('is 10 % of the lifetime between 5 s and 60 s, never over half the lifetime', () => {
    expect(renewalMarginMs(7200_000)).toBe(60_000);
    expect(renewalMarginMs(900_000)).toBe(60_000);
    expect(renewalMarginMs(300_000)).toBe(30_000);
    expect(renewalMarginMs(30_000)).toBe(5_000);
    expect(renewalMarginMs(4_000)).toBe(2_000);
  });
});

describe('tokenExpiresAt', () => {
  const obtainedAt = 1_700_000_000_000;

  it('prefers expires_in, counted from when the token arrived', () => {
    expect(tokenExpiresAt(obtainedAt, 900, { exp: 1 })).toBe(obtainedAt + 900_000);
    expect(tokenExpiresAt(obtainedAt, '7199', undefined)).toBe(obtainedAt + 7_199_000);
  });

  it('falls back to the JWT exp, never to a fixed two hours', () => {
    const exp = obtainedAt / 1000 + 600;
    expect(tokenExpiresAt(obtainedAt, undefined, { exp })).toBe(exp * 1000);
  });

  it('uses the exp − iat lifetime when this clock runs behind the server', () => {
    const serverNow = obtainedAt / 1000 + 3600; // the server is an hour ahead of this computer
    expect(tokenExpiresAt(obtainedAt, undefined, { iat: serverNow, exp: serverNow + 900 })).toBe(obtainedAt + 900_000);
  });

  it('is unknown for an opaque token without expires_in', () => {
    expect(tokenExpiresAt(obtainedAt, undefined, undefined)).toBeUndefined();
    expect(expiresInSeconds(0)).toBeUndefined();
    expect(expiresInSeconds('soon')).toBeUndefined();
  });
});

describe('needsRenewal and expiredByClaims', () => {
  it('renews a margin before expiry', () => {
    const times = { obtainedAt: 0, expiresAt: 900_000 };
    expect(needsRenewal(times, 839_999)).toBe(false);
    expect(needsRenewal(times, 840_000)).toBe(true);
    expect(needsRenewal({ obtainedAt: 0 }, 10 ** 12)).toBe(false);
  });

  it('detects a token already expired on arrival', () => {
    expect(expiredByClaims({ exp: 100 }, 100_000)).toBe(true);
    expect(expiredByClaims({ exp: 101 }, 100_000)).toBe(false);
    expect(expiredByClaims({}, 100_000)).toBe(false);
  });
});
