/**
 * The OpenAPI 3.0.3 document the Sandbox serves about itself at `/openapi.json`, so a first-run
 * user can import it and explore. Written for the Sandbox (not copied from HPE's specs), with one
 * operation per route of the route table and item schemas the tests hold real responses to.
 */
import { tokenPath } from '../auth/token-endpoint';
import type { SandboxData } from '../data/sandbox-data';
import type { ApiRoute } from '../routes/api-route';
import { componentSchemas } from './component-schemas';
import { buildOperation } from './operation-builder';
import { operationCatalogue } from './operation-catalogue';
import { tags, type IdExamples } from './operation-types';
import type { Schema } from './schema-builders';

/** The path the document is served at, without a token. */
export const openApiPath = '/openapi.json';

/** The document's title. */
export const openApiTitle = 'Shoreline Sandbox — GreenLake look-alike';

const description = [
  'A stand-in for a few HPE GreenLake APIs that Shoreline runs on this computer, with made-up data that is the same on every run.',
  'Use it to learn the Explorer (paging, `select`, `sort` and `filter`) without a GreenLake account; nothing sent here leaves the machine.',
  '',
  "Every operation needs a bearer token from the OAuth2 client-credentials flow at the token URL below. Shoreline's Sandbox connection already holds the demo credentials.",
  'Audit events and audit logs keep arriving (one every 20 seconds) while the Sandbox runs.',
].join('\n');

const tagDescriptions: Record<string, string> = {
  [tags.dscc]: 'Storage systems, volumes and audit events, in the style of the Data Services Cloud Console API: pages carry `pageLimit` and `pageOffset`; nested fields are joined with `.`.',
  [tags.com]: 'Servers, in the style of the Compute Ops Management API: pages carry `count` and `offset`; nested fields are joined with `/`; server ids contain `+`.',
  [tags.auditLog]: 'The workspace audit log, in the v1 and v2beta1 styles of the GreenLake platform API.',
  [tags.pcbe]: 'System software catalogs, in the style of the Private Cloud Business Edition API.',
};

/** Builds the document for a Sandbox reached at `serverUrl`; throws if a route has no operation. */
export function buildOpenApiDocument(routes: readonly ApiRoute[], ids: IdExamples, serverUrl: string): Schema {
  const catalogue = operationCatalogue(ids);
  const paths: Record<string, Schema> = {};
  for (const route of routes) {
    const meta = catalogue[route.pattern];
    if (!meta) throw new Error(`The route ${route.pattern} has no operation in the OpenAPI document.`);
    paths[route.pattern] = { get: buildOperation(route, meta) };
  }
  return {
    openapi: '3.0.3',
    info: { title: openApiTitle, version: '1.0.0', description },
    servers: [{ url: serverUrl, description: 'This Sandbox' }],
    tags: Object.values(tags).map((name) => ({ name, description: tagDescriptions[name] })),
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'oauth2',
          description: "A bearer token from the Sandbox's token endpoint (client credentials). Tokens last two hours.",
          flows: { clientCredentials: { tokenUrl: `${serverUrl}${tokenPath}`, scopes: {} } },
        },
      },
      schemas: componentSchemas(),
    },
  };
}

/** Real ids from `data`, for the `{id}` examples. The newest audit log is the last to age out. */
export function idExamples(data: SandboxData, startedAtMs: number): IdExamples {
  const first = <T>(items: readonly T[], what: string): T => {
    const item = items[0];
    if (item === undefined) throw new Error(`The Sandbox has no ${what}.`);
    return item;
  };
  return {
    storageSystemId: first(data.storageSystems, 'storage systems').id,
    serverId: first(data.servers, 'servers').id,
    auditLogId: first([...data.platformAuditLogs.itemsAt(startedAtMs)].reverse(), 'audit logs').id,
    catalogId: String(first(data.catalogs, 'catalogs').id),
  };
}

/** The document for a server URL, built once per URL (a Sandbox is reached by one or two names). */
export function createOpenApiSource(routes: readonly ApiRoute[], ids: IdExamples): (serverUrl: string) => Schema {
  const built = new Map<string, Schema>();
  return (serverUrl) => {
    let document = built.get(serverUrl);
    if (document === undefined) {
      document = buildOpenApiDocument(routes, ids, serverUrl);
      if (built.size < 4) built.set(serverUrl, document);
    }
    return document;
  };
}
