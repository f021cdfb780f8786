import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeUrlQuery } from '../http/query';
import type { DraftParam, RequestDraft } from '../openapi/request-draft';
import { buildParamHeaders, buildRequestUrl } from '../openapi/url-builder';
import { draftFromRequest, extraRowsOf, requestFromDraft } from './operation-draft';
import { sendFieldsOf } from './request-send';

const link = { specId: 'fleet-1', operationKey: 'GET /systems' };
const param = (p: Partial<DraftParam> & Pick<DraftParam, 'name' | 'in'>): DraftParam => ({
  enabled: true,
  value: '',
  required: false,
  isArray: false,
  style: p.in === 'query' || p.in === 'cookie' ? 'form' : 'simple',
  explode: p.in === 'query',
  allowReserved: false,
  ...p,
});

/** What the operation builder sends for a draft (operation-request.tsx). */
function builderSends(draft: RequestDraft) {
  const headers = Object.entries(buildParamHeaders(draft)).map(([name, value]) => ({ name, value }));
  const hasBody = draft.body !== undefined && draft.body.trim() !== '';
  if (hasBody) headers.push({ name: 'Content-Type', value: draft.contentType ?? 'application/json' });
  return { method: draft.method, url: normalizeUrlQuery(buildRequestUrl(draft)), headers, ...(hasBody && { body: draft.body }) };
}

const seed: RequestDraft = {
  method: 'PATCH',
  path: '/systems/{systemId}/volumes',
  params: [
    param({ name: 'systemId', in: 'path', required: true, value: 'sys+1' }),
    param({ name: 'select', in: 'query', value: 'id,name' }),
    param({ name: 'sort', in: 'query', value: 'id asc,name desc' }),
    param({ name: 'limit', in: 'query', enabled: false, value: '10' }),
    param({ name: 'ids', in: 'query', isArray: true, explode: false, value: ['a', 'b'] }),
    param({ name: 'tag', in: 'query', isArray: true, explode: true, value: ['x', 'y'] }),
    param({ name: 'X-Trace', in: 'header', value: 'abc' }),
    param({ name: 'session', in: 'cookie', value: 'v 1' }),
  ],
  contentType: 'application/merge-patch+json',
  body: '{"name":"renamed"}',
};

describe('requestFromDraft', () => {
  it('keeps what the user chose, every row, in the form it is sent', () => {
    expect(requestFromDraft(seed, link)).toEqual({
      method: 'PATCH',
      url: '{{baseUrl}}/systems/{systemId}/volumes',
      pathParams: [{ key: 'systemId', value: 'sys+1' }],
      query: [
        { key: 'select', value: 'id,name', enabled: true },
        { key: 'sort', value: 'id asc,name desc', enabled: true },
        { key: 'limit', value: '10', enabled: false },
        { key: 'ids', value: 'a,b', enabled: true },
        { key: 'tag', value: 'x', enabled: true },
        { key: 'tag', value: 'y', enabled: true },
      ],
      headers: [
        { key: 'X-Trace', value: 'abc', enabled: true },
        { key: 'Cookie', value: 'session=v%201', enabled: true },
      ],
      body: { kind: 'json', text: '{"name":"renamed"}', contentType: 'application/merge-patch+json' },
      auth: { kind: 'inherit' },
      variables: [],
      captures: [],
      operation: link,
    });
  });

  it('sends exactly what the builder sends', () => {
    expect({ ...sendFieldsOf(requestFromDraft(seed)), url: normalizeUrlQuery(sendFieldsOf(requestFromDraft(seed)).url) }).toEqual(builderSends(seed));
  });

  it('keeps , ; = readable in a path value, where the builder encodes them (both are data in a path segment)', () => {
    const one: RequestDraft = { method: 'GET', path: '/a/{id}', params: [param({ name: 'id', in: 'path', required: true, value: 'x,y=z' })] };
    expect(buildRequestUrl(one)).toBe('{{baseUrl}}/a/x%2Cy%3Dz');
    expect(sendFieldsOf(requestFromDraft(one)).url).toBe('{{baseUrl}}/a/x,y=z');
  });

  it('writes label and matrix path parameters in their style and reads them back', () => {
    const styled: RequestDraft = {
      method: 'GET',
      path: '/a/{l}/b/{m}',
      params: [
        param({ name: 'l', in: 'path', required: true, style: 'label', explode: true, isArray: true, value: ['x', 'y'] }),
        param({ name: 'm', in: 'path', required: true, style: 'matrix', explode: false, isArray: true, value: ['1', '2'] }),
      ],
    };
    const model = requestFromDraft(styled);
    expect(model.pathParams).toEqual([{ key: 'l', value: '.x.y' }, { key: 'm', value: ';m=1,2' }]);
    expect(sendFieldsOf(model).url).toBe(buildRequestUrl(styled));
    expect(draftFromRequest(styled, model)).toEqual(styled);
  });
});

describe('draftFromRequest', () => {
  it('gives back the draft it was made from', () => {
    expect(draftFromRequest(seed, requestFromDraft(seed, link))).toEqual(seed);
  });

  it('carries values over to a newer operation: kept rows keep values, new rows start fresh, gone rows go', () => {
    const saved = requestFromDraft(seed, link);
    const newer: RequestDraft = {
      method: 'PATCH',
      path: '/systems/{systemId}/volumes',
      params: [
        param({ name: 'systemId', in: 'path', required: true, value: '' }),
        param({ name: 'select', in: 'query', enabled: false, value: '' }),
        param({ name: 'ids', in: 'query', isArray: false, value: '' }),
        param({ name: 'x-trace', in: 'header', enabled: false, value: '' }),
        param({ name: 'fresh', in: 'query', enabled: false, value: 'default' }),
      ],
    };
    expect(draftFromRequest(newer, saved)).toEqual({
      ...newer,
      params: [
        { ...newer.params[0], value: 'sys+1' },
        { ...newer.params[1], enabled: true, value: 'id,name' },
        { ...newer.params[2], enabled: true, value: 'a,b' },
        { ...newer.params[3], enabled: true, value: 'abc' },
        newer.params[4],
      ],
    });
  });

  it('keeps a body only when the operation still takes one, and a required row ticked', () => {
    const saved = requestFromDraft({ ...seed, params: [param({ name: 'limit', in: 'query', enabled: false, value: '5' })] });
    const fresh: RequestDraft = { method: 'PATCH', path: '/x', params: [param({ name: 'limit', in: 'query', required: true, value: '1' })], contentType: 'application/json', body: '{}' };
    expect(draftFromRequest(fresh, saved)).toMatchObject({ params: [{ enabled: true, value: '5' }], body: '{"name":"renamed"}' });
    const { contentType: _c, body: _b, ...noBody } = fresh;
    expect(draftFromRequest(noBody, saved)).not.toHaveProperty('body');
  });
});

// Property tests: any draft the builder can hold.
const text = fc.string({ unit: fc.constantFrom('a', 'Z', '7', ' ', '+', '&', '=', '%', "'", '/', '?', '#', 'é', '{', '}', ',', '|'), maxLength: 8 });
const plain = fc.string({ unit: fc.constantFrom('a', 'Z', '7', '+', '&', '%', "'", '/', 'é'), minLength: 1, maxLength: 6 });
const name = fc.stringMatching(/^[a-z][a-z0-9_-]{0,7}$/);

/** Path values: the model keeps `,;=` readable in a path (they separate list items there), the builder encodes them in a single value. */
const pathText = fc.string({ unit: fc.constantFrom('a', 'Z', '7', ' ', '+', '&', '%', "'", '/', '?', '#', 'é', '|'), maxLength: 8 });

function draftArbitrary(values: fc.Arbitrary<string>, pathValues: fc.Arbitrary<string> = values) {
  const queryParam = fc.record({
    name,
    enabled: fc.boolean(),
    required: fc.boolean(),
    isArray: fc.boolean(),
    style: fc.constantFrom('form', 'spaceDelimited', 'pipeDelimited', 'deepObject'),
    explode: fc.boolean(),
    allowReserved: fc.boolean(),
    scalar: values,
    list: fc.array(values, { maxLength: 3 }),
  });
  const headerParam = fc.record({ name, enabled: fc.boolean(), isArray: fc.boolean(), value: values, list: fc.array(values, { maxLength: 3 }), cookie: fc.boolean() });
  return fc
    .record({
      method: fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE' as const),
      pathValue: pathValues,
      query: fc.uniqueArray(queryParam, { selector: (p) => p.name, maxLength: 5 }),
      headers: fc.uniqueArray(headerParam, { selector: (p) => p.name.toLowerCase(), maxLength: 3 }),
      body: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      contentType: fc.option(fc.constantFrom('application/json', 'application/merge-patch+json', 'text/plain'), { nil: undefined }),
    })
    .map(({ method, pathValue, query, headers, body, contentType }): RequestDraft => ({
      method,
      path: '/things/{id}/parts',
      params: [
        param({ name: 'id', in: 'path', required: true, value: pathValue }),
        ...query.map((q) => param({ name: q.name, in: 'query', enabled: q.enabled || q.required, required: q.required, isArray: q.isArray, style: q.style, explode: q.explode, allowReserved: q.allowReserved, value: q.isArray ? q.list : q.scalar })),
        ...headers.map((h) => param({ name: `h${h.name}`, in: h.cookie ? 'cookie' : 'header', enabled: h.enabled, isArray: h.isArray, value: h.isArray ? h.list : h.value })),
      ],
      ...(contentType !== undefined && { contentType }),
      ...(body !== undefined && contentType !== undefined && { body }),
    }));
}

describe('properties', () => {
  it('a draft turned into the model sends exactly what the builder sends', () => {
    fc.assert(
      fc.property(draftArbitrary(text, pathText), (draft) => {
        const fields = sendFieldsOf(requestFromDraft(draft));
        // The path goes as written; the query is re-encoded by http.send before it leaves (normalizeUrlQuery).
        expect({ ...fields, url: normalizeUrlQuery(fields.url) }).toEqual(builderSends(draft));
      }),
      { numRuns: 400 },
    );
  });

  it('a draft turned into the model and back is the same draft (values without list separators)', () => {
    fc.assert(
      fc.property(draftArbitrary(plain), (draft) => {
        const back = draftFromRequest(draft, requestFromDraft(draft, link));
        // A ticked optional row with no value is not sent, so it comes back unticked.
        const expected = {
          ...draft,
          params: draft.params.map((p) => {
            const values = (Array.isArray(p.value) ? p.value : [p.value]).filter((v) => v !== '');
            return { ...p, enabled: p.required || (p.enabled && values.length > 0), value: Array.isArray(p.value) ? values : p.value };
          }),
        };
        expect(back).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});

describe('extraRowsOf', () => {
  const saved = {
    query: [{ key: 'select', value: 'id', enabled: true }, { key: 'debug', value: '1', enabled: false }],
    headers: [
      { key: 'x-trace', value: 'abc', enabled: true },
      { key: 'Cookie', value: 'session=v%201', enabled: true },
      { key: 'Cookie', value: 'other=1', enabled: true },
      { key: 'Accept', value: 'text/csv', enabled: true },
      { key: 'Content-Type', value: 'application/json', enabled: true },
    ],
  };

  it('keeps the rows no parameter of the operation owns, in order and with their ticks', () => {
    expect(extraRowsOf(saved, seed)).toEqual({
      query: [{ key: 'debug', value: '1', enabled: false }],
      headers: [{ key: 'Cookie', value: 'other=1', enabled: true }, { key: 'Accept', value: 'text/csv', enabled: true }],
    });
  });

  it('counts Content-Type as an extra only when the operation takes no body', () => {
    const { contentType: _none, body: _body, ...noBody } = seed;
    expect(extraRowsOf(saved, noBody).headers.map((h) => h.key)).toEqual(['Cookie', 'Accept', 'Content-Type']);
  });

  it('a request made from a draft has no extras of its own', () => {
    expect(extraRowsOf(requestFromDraft(seed, link), seed)).toEqual({ query: [], headers: [] });
  });
});
