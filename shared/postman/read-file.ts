/**
 * Reads a file's text as a Postman collection: parses the JSON, tells a collection from the other
 * files a user may pick by mistake (an OpenAPI description, a Postman environment, a v1 collection),
 * finds the format version from `info.schema`, and checks the shape — each refusal in words.
 */
import type { z } from 'zod';
import { postmanCollectionSchema, type PostmanCollection } from './postman-format';

/** The Postman Collection format versions Shoreline reads. */
export type PostmanVersion = '2.0' | '2.1';

/** A collection as read, or why the file is not one. */
export type ReadOutcome = { ok: true; collection: PostmanCollection; version: PostmanVersion; versionAssumed: boolean } | { ok: false; message: string };

const reExport = 'In Postman, use Export on the collection and choose "Collection v2.1".';

/** The format version a `info.schema` address names (`…/collection/v2.1.0/collection.json`), if any. */
export function versionOfSchema(schema: string): PostmanVersion | 'other' | undefined {
  if (!/postman/i.test(schema)) return undefined;
  const match = /\/v(\d+)(?:\.(\d+))?/.exec(schema);
  if (!match) return 'other';
  const version = `${match[1]}.${match[2] ?? '0'}`;
  return version === '2.0' || version === '2.1' ? version : 'other';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a JSON document that is not a v2 collection is, in words, or undefined when it looks like one. */
function notACollection(doc: unknown): string | undefined {
  if (!isRecord(doc)) return `This file holds JSON, but not a Postman collection (it is ${Array.isArray(doc) ? 'a list' : 'a single value'}). ${reExport}`;
  if ('openapi' in doc || 'swagger' in doc) return 'This is an OpenAPI description, not a Postman collection: import it as a spec instead.';
  if (Array.isArray(doc.values) && ('_postman_variable_scope' in doc || !('item' in doc))) {
    return 'This is a Postman environment (a list of variables), not a collection. Import the collection itself; its variables come with it.';
  }
  if (Array.isArray(doc.requests) || Array.isArray(doc.order)) return `This is a Postman Collection v1 file, an old format Shoreline does not read. ${reExport}`;
  if (isRecord(doc.collection) && 'info' in doc.collection) return undefined;
  if (!isRecord(doc.info) || !Array.isArray(doc.item)) return `This JSON is not a Postman collection: it has no "info" block with a name and no "item" list. ${reExport}`;
  return undefined;
}

/** Words for the first problem zod found, with where it is (`item › 3 › request › url`). */
function shapeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (at ${issue.path.map(String).join(' › ')})` : '';
  const what = issue?.code === 'invalid_type' ? 'a value has the wrong type' : (issue?.message ?? 'its shape is not a collection');
  return `This Postman collection cannot be read: ${what}${where}. It may be damaged or edited by hand. ${reExport}`;
}

/** Reads `input` (the file's text, or JSON already parsed) as a Postman v2.0 or v2.1 collection. */
export function readPostmanFile(input: unknown): ReadOutcome {
  let doc: unknown = input;
  if (typeof input === 'string') {
    const text = input.replace(/^\uFEFF/, '');
    if (text.trim() === '') return { ok: false, message: 'This file is empty: there is no collection in it.' };
    try {
      doc = JSON.parse(text);
    } catch {
      return { ok: false, message: `This file is not JSON, so it is not a Postman collection. ${reExport}` };
    }
  }
  const refusal = notACollection(doc);
  if (refusal) return { ok: false, message: refusal };
  // The Postman API wraps a collection as `{ "collection": { … } }`.
  const body = isRecord(doc) && isRecord(doc.collection) && !('item' in doc) ? doc.collection : doc;
  const info = isRecord(body) && isRecord(body.info) ? body.info : {};
  const schema = typeof info.schema === 'string' ? info.schema : '';
  const version = schema === '' ? undefined : versionOfSchema(schema);
  if (schema !== '' && version === undefined) return { ok: false, message: `This file says it follows "${schema}", which is not a Postman collection format. ${reExport}` };
  if (version === 'other') return { ok: false, message: `This collection uses a Postman format version Shoreline does not read (${schema}). Shoreline reads v2.0 and v2.1. ${reExport}` };
  const parsed = postmanCollectionSchema.safeParse(body);
  if (!parsed.success) return { ok: false, message: shapeProblem(parsed.error) };
  return { ok: true, collection: parsed.data, version: version ?? '2.1', versionAssumed: version === undefined };
}
