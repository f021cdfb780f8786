import { describe, expect, it } from 'vitest';
import type { DraftParam } from './request-draft';
import { buildParamHeaders, buildRequestUrl, encodeValue } from './url-builder';

const param = (p: Partial<DraftParam> & Pick<DraftParam, 'name' | 'in'>): DraftParam => ({
  enabled: true,
  value: '',
  required: false,
  isArray: false,
  style: p.in === 'query' ? 'form' : 'simple',
  explode: p.in === 'query',
  allowReserved: false,
  ...p,
});

describe('URL building', () => {
  it('substitutes and encodes path parameters, keeping {{variables}} and unfilled ones', () => {
    const url = buildRequestUrl({
      path: '/compute-ops-mgmt/v1beta2/servers/{id}/{other}',
      params: [param({ name: 'id', in: 'path', value: 'P06760-B21+2M212504P8' }), param({ name: 'other', in: 'path', value: '' })],
    });
    expect(url).toBe('{{baseUrl}}/compute-ops-mgmt/v1beta2/servers/P06760-B21%2B2M212504P8/{other}');
    expect(buildRequestUrl({ path: '/x/{id}', params: [param({ name: 'id', in: 'path', value: '{{serverId}}' })] }, 'https://h/')).toBe('https://h/x/{{serverId}}');
  });

  it('sends only ticked query parameters, serialised by style and explode', () => {
    const params = [
      param({ name: 'limit', in: 'query', value: '10' }),
      param({ name: 'offset', in: 'query', value: '5', enabled: false }),
      param({ name: 'ids', in: 'query', value: ['a', 'b'], isArray: true }),
      param({ name: 'csv', in: 'query', value: ['a', 'b'], isArray: true, explode: false }),
      param({ name: 'pipes', in: 'query', value: ['a', 'b'], isArray: true, style: 'pipeDelimited', explode: false }),
      param({ name: 'spaces', in: 'query', value: ['a', 'b'], isArray: true, style: 'spaceDelimited', explode: false }),
      param({ name: 'empty', in: 'query', value: '' }),
      param({ name: 'filter', in: 'query', value: "host/hostname eq 'my server+1'" }),
    ];
    expect(buildRequestUrl({ path: '/s', params })).toBe(
      "{{baseUrl}}/s?limit=10&ids=a&ids=b&csv=a,b&pipes=a|b&spaces=a%20b&filter=host%2Fhostname%20eq%20%27my%20server%2B1%27",
    );
  });

  it('keeps reserved characters readable where allowReserved says so, but never + & # or =', () => {
    expect(encodeValue("name eq 'x/y' and id in (1,2)", true)).toBe("name%20eq%20'x/y'%20and%20id%20in%20(1,2)");
    expect(encodeValue('a+b&c#d=e', true)).toBe('a%2Bb%26c%23d%3De');
    expect(buildRequestUrl({ path: '/v', params: [param({ name: 'sort', in: 'query', value: 'id asc,name desc', allowReserved: true })] })).toBe('{{baseUrl}}/v?sort=id%20asc,name%20desc');
  });

  it('gathers header and cookie parameters', () => {
    const headers = buildParamHeaders({
      params: [param({ name: 'Tenant-Acid', in: 'header', value: 'abc' }), param({ name: 'X-Off', in: 'header', value: 'x', enabled: false }), param({ name: 'session', in: 'cookie', value: 'a b' })],
    });
    expect(headers).toEqual({ 'Tenant-Acid': 'abc', Cookie: 'session=a%20b' });
  });
});
