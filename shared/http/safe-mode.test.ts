import { describe, expect, it } from 'vitest';
import { checkSafeMode } from './safe-mode';

const real = { isSandbox: false, readOnly: false, name: 'DSCC EU' };

describe('checkSafeMode', () => {
  it('lets reads through everywhere', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(checkSafeMode({ method, environment: { ...real, readOnly: true } }).allowed).toBe(true);
  });

  it('asks before changing data on a real environment, not in the sandbox', () => {
    for (const method of ['POST', 'put', 'PATCH', 'DELETE']) {
      expect(checkSafeMode({ method, environment: real })).toMatchObject({ allowed: false, code: 'confirm_required' });
      expect(checkSafeMode({ method, environment: real, confirmed: true }).allowed).toBe(true);
      expect(checkSafeMode({ method, environment: { ...real, isSandbox: true } }).allowed).toBe(true);
    }
  });

  it('refuses changes on a read-only environment even when confirmed', () => {
    const verdict = checkSafeMode({ method: 'DELETE', environment: { ...real, readOnly: true }, confirmed: true });
    expect(verdict).toMatchObject({ allowed: false, code: 'read_only' });
    expect(verdict.allowed === false && verdict.message).toContain('DSCC EU');
  });
});
