/**
 * Decides what an import is to the specs already there: the same API (update it in place, keep
 * its id), one that only looks like it (ask: update, or import as new), or a new spec. The same
 * source URL, or the same title with matching servers or base paths, is the same API. The same
 * title alone (every spec without one is "Untitled API") or the same file name is only a
 * resemblance. Even the same API is asked about when the new file is much smaller: a truncated
 * download must never silently replace a complete spec.
 */
import type { SpecServer, SpecSource, SpecSummary } from '../../../shared/openapi/types';

const genericNames = new Set(['openapi', 'swagger', 'api', 'apis', 'spec', 'specs', 'schema', 'index', 'definition', 'api-docs', 'docs', 'download']);

/** The file name without extension or a browser's ` (2)` suffix, lower-case. */
function baseName(fileName: string): string {
  return fileName
    .toLowerCase()
    .replace(/\.(json|ya?ml|txt)$/i, '')
    .replace(/\s*\(\d+\)$/, '')
    .trim();
}

/** True when a file name identifies a spec (not `openapi.json`, `swagger.yaml`, `api-docs`…). */
export function isDistinctiveFileName(fileName: string): boolean {
  const base = baseName(fileName);
  return base !== '' && !genericNames.has(base);
}

/** What is known of an incoming spec before it is saved. */
export interface IncomingSpec {
  title: string;
  source: SpecSource;
  servers: readonly SpecServer[];
  operationCount: number;
  sizeBytes: number;
}

/** An existing spec the import resembles, and whether it is the same API. */
export interface SpecMatch {
  spec: SpecSummary;
  /** Same URL, or same title with matching servers: safe to update unless `smaller`. */
  same: boolean;
  /** The new file is much smaller than the spec it would replace (truncated?). */
  smaller: boolean;
}

/** The server's address without scheme case, trailing slashes or the default `/`. */
function serverKeys(servers: readonly SpecServer[]): { urls: Set<string>; paths: Set<string> } {
  const urls = new Set<string>();
  const paths = new Set<string>();
  for (const server of servers) {
    const written = (server.template ?? server.url).trim().replace(/\/+$/, '');
    if (written === '') continue;
    urls.add(written.toLowerCase());
    const path = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(written)?.[1] ?? (written.startsWith('/') ? written : undefined);
    if (path && path !== '/') paths.add(path.toLowerCase());
  }
  return { urls, paths };
}

/** True when two specs declare a server in common, or a base path in common (Swagger 2 `basePath`, OpenAPI 3 server paths). */
export function serversMatch(a: readonly SpecServer[], b: readonly SpecServer[]): boolean {
  const left = serverKeys(a);
  const right = serverKeys(b);
  for (const url of left.urls) if (right.urls.has(url)) return true;
  for (const path of left.paths) if (right.paths.has(path)) return true;
  return false;
}

/** True when `incoming` is much smaller than `existing`: half the operations or a quarter of the bytes gone. */
export function isMuchSmaller(existing: Pick<SpecSummary, 'operationCount' | 'sizeBytes'>, incoming: Pick<IncomingSpec, 'operationCount' | 'sizeBytes'>): boolean {
  const lostOperations = existing.operationCount - incoming.operationCount;
  const lostBytes = existing.sizeBytes - incoming.sizeBytes;
  return (lostOperations >= 2 && incoming.operationCount * 2 < existing.operationCount) || (lostBytes > 16 * 1024 && incoming.sizeBytes * 4 < existing.sizeBytes);
}

/** The existing spec `incoming` is, or resembles; undefined for a new spec. */
export function matchExistingSpec(specs: readonly SpecSummary[], incoming: IncomingSpec): SpecMatch | undefined {
  const { source } = incoming;
  const result = (spec: SpecSummary, same: boolean): SpecMatch => ({ spec, same, smaller: isMuchSmaller(spec, incoming) });
  if (source.kind === 'url') {
    const byUrl = specs.find((s) => s.source.kind === 'url' && s.source.url === source.url);
    if (byUrl) return result(byUrl, true);
  }
  const title = incoming.title.trim().toLowerCase();
  const byTitle = specs.filter((s) => s.title.trim().toLowerCase() === title);
  const sameApi = byTitle.find((s) => serversMatch(s.servers, incoming.servers));
  if (sameApi) return result(sameApi, true);
  if (byTitle[0]) return result(byTitle[0], false);
  if (!isDistinctiveFileName(source.fileName)) return undefined;
  const name = baseName(source.fileName);
  const byName = specs.find((s) => baseName(s.source.fileName) === name);
  return byName ? result(byName, false) : undefined;
}

/** A file-safe id for a new spec: a slug of its title and a random suffix (`dscc-storage-api-3f9a1c`). */
export function newSpecId(title: string, random: () => string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || 'spec'}-${random()}`;
}
