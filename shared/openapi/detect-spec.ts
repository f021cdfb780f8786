/** Tells an OpenAPI 3.x or Swagger 2.0 document apart from everything else, in words a user understands. */
import { isObject, str } from './json-pointer';
import type { SpecFormat } from './types';

/** What {@link detectSpec} found. */
export type Detected = { ok: true; format: SpecFormat; specVersion: string } | { ok: false; message: string };

function describeKind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return 'plain text';
  return `a single ${typeof value}`;
}

/** Decides whether `doc` (parsed JSON/YAML) is a spec Shoreline can read, and which kind. */
export function detectSpec(doc: unknown): Detected {
  if (!isObject(doc)) {
    return { ok: false, message: `This file is not an OpenAPI document: it holds ${describeKind(doc)}, not a description of an API.` };
  }
  const info = isObject(doc.info) ? doc.info : undefined;
  if (info && (str(info._postman_id) || str(info.schema)?.includes('getpostman.com'))) {
    return { ok: false, message: 'This is a Postman collection, not an OpenAPI file. Import it as a collection instead.' };
  }
  if (doc.swagger !== undefined) {
    const version = String(doc.swagger);
    if (version === '2.0' || version === '2') return { ok: true, format: 'swagger-2.0', specVersion: '2.0' };
    return { ok: false, message: `Swagger ${version} is not supported: Shoreline reads Swagger 2.0 and OpenAPI 3.0 and 3.1.` };
  }
  if (doc.openapi !== undefined) {
    const version = String(doc.openapi);
    if (/^3\.0(\.|$)/.test(version) || version === '3') return { ok: true, format: 'openapi-3.0', specVersion: version };
    if (/^3\.[1-9](\.|$)/.test(version)) return { ok: true, format: 'openapi-3.1', specVersion: version };
    return { ok: false, message: `OpenAPI ${version} is not supported: Shoreline reads Swagger 2.0 and OpenAPI 3.0 and 3.1.` };
  }
  if (doc.asyncapi !== undefined) {
    return { ok: false, message: 'This is an AsyncAPI file, not an OpenAPI file: Shoreline explores HTTP APIs described with OpenAPI or Swagger.' };
  }
  return {
    ok: false,
    message: 'This file is not an OpenAPI or Swagger document: it has no "openapi" or "swagger" field at the top.',
  };
}
