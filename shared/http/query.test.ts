import { describe, expect, it } from 'vitest';
import { encodeQueryComponent, getQueryParam, hostOf, normalizeUrlQuery, resolveLink, setQueryParams } from './query';

describe('query helpers', () => {
  it('encodes a COM server id with + as %2B, and is idempotent', () => {
    const url = 'https://us-west2-api.compute.cloud.hpe.com/compute-ops/v1beta2/servers?filter=id eq P06760-B21+2M212504P8&sort=name asc';
    const once = normalizeUrlQuery(url);
    expect(once).toBe('https://us-west2-api.compute.cloud.hpe.com/compute-ops/v1beta2/servers?filter=id%20eq%20P06760-B21%2B2M212504P8&sort=name%20asc');
    expect(normalizeUrlQuery(once)).toBe(once);
    expect(encodeQueryComponent('100%')).toBe('100%25');
  });

  it('keeps a template base and fragment while setting parameters', () => {
    expect(setQueryParams('{{baseUrl}}/api/v1/volumes?limit=10&x=a%2Cb#top', { offset: '20', limit: '5' })).toBe('{{baseUrl}}/api/v1/volumes?limit=5&x=a%2Cb&offset=20#top');
    expect(setQueryParams('https://h/p?a=1&a=2&b=3', { a: null })).toBe('https://h/p?b=3');
    expect(getQueryParam('https://h/p?select=id%2Cname', 'select')).toBe('id,name');
  });

  it('resolves relative links against the request', () => {
    expect(resolveLink('?page=2', 'https://h:8443/a/b?page=1')).toBe('https://h:8443/a/b?page=2');
    expect(resolveLink('//other/x', 'https://h/a')).toBe('https://other/x');
    expect(resolveLink('c', 'https://h/a/b')).toBe('https://h/a/c');
    expect(hostOf('https://user@Global.API.greenlake.hpe.com:443/x')).toBe('global.api.greenlake.hpe.com');
  });
});
