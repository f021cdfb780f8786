/**
 * Builds the full detail of one operation on demand: parameters (path-level merged with
 * operation-level), request body and responses with their schemas resolved, for OpenAPI 3 and
 * Swagger 2.0 alike.
 */
import { capDepth } from './depth-cap';
import { finding } from './finding-location';
import { deref, escapePointerToken, isObject, str } from './json-pointer';
import { operationSummary } from './operation-label';
import { findRawOperation, type RawOperation } from './path-items';
import { namedExamples, readParameter } from './parameters';
import { resolveSchema } from './schema-resolve';
import { serversFromList } from './servers';
import type { JsonObject, MediaInfo, OperationDetail, ParameterInfo, RequestBodyInfo, ResponseInfo, SpecFinding, SpecFormat, SpecServer } from './types';
import { defaultTag } from './types';
import { abbreviate } from './abbreviate';

/** What {@link buildOperationDetail} needs besides the document. */
export interface DetailContext {
  specId: string;
  format: SpecFormat;
  servers: SpecServer[];
  /** The spec's findings; those inside the operation are attached to it. */
  findings: readonly SpecFinding[];
}

/** Adds `f` unless a finding at the same place is already there (the import scan may have reported it). */
function addFinding(findings: SpecFinding[], f: SpecFinding): void {
  if (!findings.some((x) => x.path === f.path)) findings.push(f);
}

const jsonFirst = (a: string, b: string) => Number(!/json/i.test(a)) - Number(!/json/i.test(b));

function mediaList(doc: unknown, content: unknown, format: SpecFormat): MediaInfo[] {
  if (!isObject(content)) return [];
  return Object.keys(content)
    .sort(jsonFirst)
    .map((contentType) => {
      const media = isObject(content[contentType]) ? (content[contentType] as JsonObject) : {};
      const examples = namedExamples(doc, media.examples);
      const example = media.example === undefined ? undefined : capDepth(media.example);
      return {
        contentType,
        ...(media.schema !== undefined ? { schema: resolveSchema(doc, media.schema, { format }) } : {}),
        ...(example !== undefined ? { example } : {}),
        ...(examples ? { examples } : {}),
      };
    });
}

function mimeTypes(doc: unknown, operation: JsonObject, key: 'consumes' | 'produces'): string[] {
  const own = operation[key];
  const global = isObject(doc) ? doc[key] : undefined;
  const list = Array.isArray(own) ? own : Array.isArray(global) ? global : ['application/json'];
  const types = list.filter((t): t is string => typeof t === 'string');
  return (types.length > 0 ? types : ['application/json']).sort(jsonFirst);
}

function legacyBody(doc: unknown, raw: RawOperation, body: JsonObject | undefined, form: JsonObject[]): RequestBodyInfo | undefined {
  const format: SpecFormat = 'swagger-2.0';
  if (body) {
    const schema = body.schema === undefined ? undefined : resolveSchema(doc, body.schema, { format });
    const types = mimeTypes(doc, raw.operation, 'consumes');
    const description = str(body.description);
    return {
      required: body.required === true,
      ...(description ? { description } : {}),
      contentTypes: types,
      content: types.map((contentType) => (schema ? { contentType, schema } : { contentType })),
    };
  }
  if (form.length === 0) return undefined;
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const p of form) {
    const name = str(p.name) ?? '';
    const { name: _n, in: _i, required: isRequired, description, ...rest } = p;
    properties[name] = resolveSchema(doc, description === undefined ? rest : { ...rest, description }, { format });
    if (isRequired === true) required.push(name);
  }
  const multipart = form.some((p) => p.type === 'file') || mimeTypes(doc, raw.operation, 'consumes').includes('multipart/form-data');
  const contentType = multipart ? 'multipart/form-data' : 'application/x-www-form-urlencoded';
  return { required: required.length > 0, contentTypes: [contentType], content: [{ contentType, schema: { type: 'object', properties, required } }] };
}

function openApiBody(doc: unknown, raw: RawOperation, format: SpecFormat, findings: SpecFinding[]): RequestBodyInfo | undefined {
  if (raw.operation.requestBody === undefined) return undefined;
  const resolved = deref(doc, raw.operation.requestBody);
  if (!resolved.ok) {
    addFinding(findings, finding('error', 'import', `The request body refers to "${abbreviate(resolved.ref)}", which cannot be found in this file.`, `${raw.pointer}/requestBody`));
    return undefined;
  }
  if (!isObject(resolved.value)) return undefined;
  const body = resolved.value;
  const content = mediaList(doc, body.content, format);
  const description = str(body.description);
  return { required: body.required === true, ...(description ? { description } : {}), contentTypes: content.map((c) => c.contentType), content };
}

function responsesOf(doc: unknown, raw: RawOperation, format: SpecFormat, findings: SpecFinding[]): ResponseInfo[] {
  const responses = isObject(raw.operation.responses) ? raw.operation.responses : {};
  const out: ResponseInfo[] = [];
  for (const status of Object.keys(responses).filter((s) => !s.startsWith('x-'))) {
    const resolved = deref(doc, responses[status]);
    if (!resolved.ok) {
      addFinding(findings, finding('error', 'import', `The ${status} response refers to "${abbreviate(resolved.ref)}", which cannot be found in this file.`, `${raw.pointer}/responses/${escapePointerToken(status)}`));
      out.push({ status, description: 'Unknown: its definition could not be found.', content: [], headers: [] });
      continue;
    }
    const r = isObject(resolved.value) ? resolved.value : {};
    let content: MediaInfo[];
    if (format === 'swagger-2.0') {
      const schema = r.schema === undefined ? undefined : resolveSchema(doc, r.schema, { format });
      const examples = isObject(r.examples) ? r.examples : {};
      content = r.schema === undefined && Object.keys(examples).length === 0 ? [] : mimeTypes(doc, raw.operation, 'produces').map((contentType) => ({
        contentType,
        ...(schema ? { schema } : {}),
        ...(examples[contentType] !== undefined ? { example: capDepth(examples[contentType]) } : {}),
      }));
    } else content = mediaList(doc, r.content, format);
    const headers = isObject(r.headers)
      ? Object.entries(r.headers).map(([name, h]) => {
          const header = deref(doc, h);
          const value = header.ok && isObject(header.value) ? header.value : {};
          const description = str(value.description);
          const schemaNode = format === 'swagger-2.0' ? { type: value.type, format: value.format } : value.schema;
          return { name, ...(description ? { description } : {}), ...(schemaNode ? { schema: resolveSchema(doc, schemaNode, { format }) } : {}) };
        })
      : [];
    out.push({ status, description: str(r.description) ?? '', content, headers });
  }
  return out;
}

function securityOf(doc: unknown, operation: JsonObject): string[] | undefined {
  const list = Array.isArray(operation.security) ? operation.security : isObject(doc) && Array.isArray(doc.security) ? doc.security : undefined;
  if (!list) return undefined;
  return [...new Set(list.flatMap((entry) => (isObject(entry) ? Object.keys(entry) : [])))];
}

/** The detail of operation `key` (`GET /path`) in `doc`, or undefined when the spec has no such operation. */
export function buildOperationDetail(doc: unknown, key: string, context: DetailContext): OperationDetail | undefined {
  const raw = findRawOperation(doc, key);
  if (!raw) return undefined;
  const { format } = context;
  const findings = context.findings.filter((f) => f.operation === key);
  const byKey = new Map<string, ParameterInfo>();
  let body: JsonObject | undefined;
  const form: JsonObject[] = [];
  const pathBase = raw.pointer.slice(0, raw.pointer.lastIndexOf('/'));
  const lists: [unknown, string][] = [
    [raw.pathItem.parameters, `${pathBase}/parameters`],
    [raw.operation.parameters, `${raw.pointer}/parameters`],
  ];
  for (const [list, base] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((node, i) => {
      const read = readParameter(doc, node, `${base}/${i}`, format);
      if (read.kind === 'param') byKey.set(`${read.param.in}:${read.param.name}`, read.param);
      else if (read.kind === 'body') body = read.raw;
      else if (read.kind === 'formData') form.push(read.raw);
      else if (read.finding) addFinding(findings, read.finding);
    });
  }
  const requestBody = format === 'swagger-2.0' ? legacyBody(doc, raw, body, form) : openApiBody(doc, raw, format, findings);
  const responses = responsesOf(doc, raw, format, findings);
  const ownServers = serversFromList(raw.operation.servers);
  const pathServers = serversFromList(raw.pathItem.servers);
  const security = securityOf(doc, raw.operation);
  const summary = operationSummary(raw.operation);
  const operationId = str(raw.operation.operationId);
  const description = str(raw.operation.description);
  const tags = Array.isArray(raw.operation.tags) ? raw.operation.tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : [];
  return {
    id: key,
    specId: context.specId,
    method: raw.method,
    path: raw.path,
    ...(summary ? { summary } : {}),
    ...(operationId ? { operationId } : {}),
    tags: tags.length > 0 ? [...new Set(tags)] : [defaultTag],
    deprecated: raw.operation.deprecated === true,
    ...(description ? { description } : {}),
    parameters: [...byKey.values()],
    ...(requestBody ? { requestBody } : {}),
    responses,
    servers: ownServers.length > 0 ? ownServers : pathServers.length > 0 ? pathServers : context.servers,
    ...(security ? { security } : {}),
    findings,
  };
}
