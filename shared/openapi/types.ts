/**
 * The index model of an imported OpenAPI/Swagger document: what main keeps and what the renderer
 * sees. Everything here is plain JSON, so it crosses IPC and lands on disk unchanged.
 */
import type { HttpMethod } from '../model/request-basics';

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * A self-contained JSON Schema: every in-file `$ref` is inlined, except recursion, which points to
 * `#/$defs/<name>` inside the same schema (so an editor such as Monaco can use it as it is).
 */
export type JsonSchema = JsonObject;

// Declared once, with the request model; re-exported for the OpenAPI code that reads path items.
export { httpMethods, type HttpMethod } from '../model/request-basics';

/** Which family of document a spec is. */
export type SpecFormat = 'openapi-3.0' | 'openapi-3.1' | 'swagger-2.0';

/** Where a spec came from. */
export type SpecSource =
  | { kind: 'file'; fileName: string }
  | { kind: 'url'; url: string; fileName: string }
  | { kind: 'text'; fileName: string };

/** A server (base URL) a spec declares, with `{variables}` replaced by their defaults. */
export interface SpecServer {
  url: string;
  description?: string;
  /** The URL as declared, when it had `{variables}`. */
  template?: string;
  /** The server variables, when declared: default and allowed values. */
  variables?: Record<string, { default: string; enum?: string[]; description?: string }>;
}

/** How serious a finding is. */
export type FindingSeverity = 'error' | 'warning' | 'info';

/** A problem found in a spec: advice, never a reason to refuse a spec that can be used. */
export interface SpecFinding {
  severity: FindingSeverity;
  /** Found while building the index (`import`) or by strict validation (`validation`). */
  source: 'import' | 'validation';
  /** One sentence a non-programmer understands. */
  message: string;
  /** Where, as a JSON pointer fragment: `#/paths/~1servers/get/parameters/0`. */
  path: string;
  /** Where, readable: `GET /servers › parameters › 0`. */
  location: string;
  /** The operation concerned, as an {@link OperationSummary.id}, when there is one. */
  operation?: string;
}

/** Where strict validation stands for a spec. */
export type ValidationState = 'pending' | 'done' | 'failed';

/** Counts of findings, for badges. */
export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

/** What the explorer shows about one imported spec. */
export interface SpecSummary {
  id: string;
  title: string;
  /** `info.version`. */
  version: string;
  /** `openapi` or `swagger` field as written (`3.0.3`, `3.1.0`, `2.0`). */
  specVersion: string;
  format: SpecFormat;
  description?: string;
  servers: SpecServer[];
  operationCount: number;
  source: SpecSource;
  /** ISO 8601. */
  importedAt: string;
  /** Size of the original text, in bytes. */
  sizeBytes: number;
  validation: ValidationState;
  findingCounts: FindingCounts;
}

/** One operation as the tree and the search see it: lean on purpose. */
export interface OperationSummary {
  /** Stable key within a spec: `GET /api/v1/storage-systems`. Survives re-import. */
  id: string;
  method: HttpMethod;
  path: string;
  summary?: string;
  operationId?: string;
  /** Tags as declared; `["default"]` when the operation has none. */
  tags: string[];
  deprecated: boolean;
}

/** The tag used for operations that declare none. */
export const defaultTag = 'default';

/** Where a parameter goes. */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** A named example (OpenAPI `examples`). */
export interface NamedExample {
  name: string;
  summary?: string;
  description?: string;
  value?: JsonValue;
  /** Set when the example lives in another file (not fetched). */
  externalValue?: string;
}

/** One parameter of an operation, flattened for the request builder. */
export interface ParameterInfo {
  name: string;
  in: ParameterLocation;
  required: boolean;
  deprecated: boolean;
  description?: string;
  /** JSON Schema type of the value (of the items, when {@link isArray}). */
  type?: string;
  format?: string;
  /** True when the parameter takes a list of values. */
  isArray: boolean;
  enum?: JsonValue[];
  default?: JsonValue;
  example?: JsonValue;
  examples?: NamedExample[];
  /** OpenAPI serialisation style; defaults applied (`form` for query, `simple` for path/header). */
  style: string;
  explode: boolean;
  allowReserved: boolean;
  schema?: JsonSchema;
}

/** One media type of a request or response body. */
export interface MediaInfo {
  contentType: string;
  schema?: JsonSchema;
  example?: JsonValue;
  examples?: NamedExample[];
}

/** The request body of an operation. */
export interface RequestBodyInfo {
  required: boolean;
  description?: string;
  /** Content types, in declaration order (JSON first when there is one). */
  contentTypes: string[];
  content: MediaInfo[];
}

/** One response of an operation. */
export interface ResponseInfo {
  /** `200`, `4XX`, `default`. */
  status: string;
  description: string;
  content: MediaInfo[];
  headers: { name: string; description?: string; schema?: JsonSchema }[];
}

/** Everything the operation view and the request builder need about one operation. */
export interface OperationDetail extends OperationSummary {
  specId: string;
  description?: string;
  parameters: ParameterInfo[];
  requestBody?: RequestBodyInfo;
  responses: ResponseInfo[];
  /** Server URLs that apply (the operation's own, else the spec's). */
  servers: SpecServer[];
  /** Names of the security schemes the operation accepts, when declared. */
  security?: string[];
  /** Findings located inside this operation. */
  findings: SpecFinding[];
}

/** A tag node of the explorer tree. */
export interface TagNode {
  name: string;
  description?: string;
  operations: OperationSummary[];
}

/** A spec node of the explorer tree: the spec, then its tags, then their operations. */
export interface SpecNode {
  spec: SpecSummary;
  tags: TagNode[];
}

/** What changed between two versions of the same spec, keyed by {@link OperationSummary.id}. */
export interface OperationChanges {
  added: string[];
  removed: string[];
  /** How many operations exist in both versions. */
  kept: number;
}
