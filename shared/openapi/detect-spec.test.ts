import { describe, expect, it } from 'vitest';
import { detectSpec } from './detect-spec';

describe('detectSpec', () => {
  it('recognises OpenAPI 3.0, 3.1 and Swagger 2.0', () => {
    expect(detectSpec({ openapi: '3.0.3', info: {}, paths: {} })).toEqual({ ok: true, format: 'openapi-3.0', specVersion: '3.0.3' });
    expect(detectSpec({ openapi: '3.1.0', info: {} })).toEqual({ ok: true, format: 'openapi-3.1', specVersion: '3.1.0' });
    expect(detectSpec({ swagger: '2.0', info: {}, paths: {} })).toEqual({ ok: true, format: 'swagger-2.0', specVersion: '2.0' });
  });

  it('says clearly what a file is when it is not OpenAPI', () => {
    expect(detectSpec({ name: 'my-package', version: '1.0.0' })).toEqual({
      ok: false,
      message: 'This file is not an OpenAPI or Swagger document: it has no "openapi" or "swagger" field at the top.',
    });
    expect(detectSpec([1, 2])).toMatchObject({ ok: false, message: expect.stringContaining('holds a list') });
    expect(detectSpec('hello')).toMatchObject({ ok: false, message: expect.stringContaining('plain text') });
    expect(detectSpec({ info: { _postman_id: 'x', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' } })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Postman collection'),
    });
    expect(detectSpec({ swagger: '1.2' })).toMatchObject({ ok: false, message: expect.stringContaining('Swagger 1.2 is not supported') });
    expect(detectSpec({ openapi: '4.0.0' })).toMatchObject({ ok: false, message: expect.stringContaining('OpenAPI 4.0.0 is not supported') });
  });
});
