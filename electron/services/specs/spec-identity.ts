/**
 * Decides whether an import is a new version of a spec already there (update it in place, keep
 * its id) or a new spec. Same source URL wins, then the same `info.title`, then the same file
 * name, unless that name is one every API uses (`openapi.json`), which says nothing.
 */
import type { SpecSource, SpecSummary } from '../../../shared/openapi/types';

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

/** The spec `incoming` updates, if any. */
export function findExistingSpec(specs: readonly SpecSummary[], incoming: { title: string; source: SpecSource }): SpecSummary | undefined {
  const { source } = incoming;
  if (source.kind === 'url') {
    const byUrl = specs.find((s) => s.source.kind === 'url' && s.source.url === source.url);
    if (byUrl) return byUrl;
  }
  const title = incoming.title.trim().toLowerCase();
  const byTitle = specs.find((s) => s.title.trim().toLowerCase() === title);
  if (byTitle) return byTitle;
  if (!isDistinctiveFileName(source.fileName)) return undefined;
  const name = baseName(source.fileName);
  return specs.find((s) => baseName(s.source.fileName) === name);
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
