import { describe, expect, it } from 'vitest';
import { claimRows, headerRows } from './claim-rows';

const iso = (ms: number) => new Date(ms).toISOString();

describe('claimRows', () => {
  it('puts the GreenLake claims first, in a fixed order, with labels and local times', () => {
    const rows = claimRows(
      { user_ctx: 'abc', exp: 1634786406, iat: 1634779206, iss: 'https://sso.common.cloud.hpe.com', client_id: '00cf', aud: 'external_api' },
      iso,
    );
    expect(rows.map((r) => r.name)).toEqual(['client_id', 'iss', 'aud', 'exp', 'iat', 'user_ctx']);
    expect(rows[0]).toEqual({ name: 'client_id', label: 'API client ID', value: '00cf' });
    expect(rows[3]).toEqual({ name: 'exp', label: 'Expires', value: '1634786406', when: '2021-10-21T03:20:06.000Z' });
    expect(rows[5]).toEqual({ name: 'user_ctx', label: 'User context (the user the client acts for)', value: 'abc' });
  });

  it('labels every claim a GreenLake token carries, the Sandbox’s included', () => {
    const rows = claimRows({ client_id: 'c', iss: 'i', aud: 'a', sub: 's', exp: 1, iat: 1, platform_customer_id: 'p', application_instance_id: 'x', hpe_token_type: 'api', user_ctx: 'u', auth_source: 'ccs_token_management', permissions: ['p'] }, iso);
    expect(rows.filter((r) => r.label === undefined).map((r) => r.name)).toEqual([]);
  });

  it('writes arrays and objects as compact JSON and tolerates odd values', () => {
    const rows = claimRows({ permissions: ['a', 'b'], nested: { x: 1 }, exp: 'soon', empty: null }, iso);
    expect(rows.map((r) => [r.name, r.value, r.when])).toEqual([
      ['exp', 'soon', undefined],
      ['permissions', '["a","b"]', undefined],
      ['nested', '{"x":1}', undefined],
      ['empty', 'null', undefined],
    ]);
  });

  it('is empty without claims', () => {
    expect(claimRows(undefined)).toEqual([]);
  });
});

describe('headerRows', () => {
  it('labels the usual header fields', () => {
    expect(headerRows({ alg: 'RS256', kid: 'k1', 'pi.atm': 'dez0' })).toEqual([
      { name: 'alg', label: 'Signature algorithm', value: 'RS256' },
      { name: 'kid', label: 'Signing key ID', value: 'k1' },
      { name: 'pi.atm', value: 'dez0' },
    ]);
  });
});
