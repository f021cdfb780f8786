/** A spec's index as stored, from a prepared import: one place, for an import and for a rebuild. */
import type { FindingCounts, SpecFinding, SpecSource, SpecSummary } from '../../../shared/openapi/types';
import type { PreparedSpec } from './import-pipeline';
import type { StoredSpec } from './spec-storage';

/** Counts findings by severity. */
export function countFindings(findings: readonly SpecFinding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** The index of spec `id` as `prepared` describes it, imported from `source` at `importedAt`, validation still to come. */
export function storedSpecOf(id: string, prepared: PreparedSpec, source: SpecSource, importedAt: Date): StoredSpec {
  const { index } = prepared;
  const summary: SpecSummary = {
    id,
    title: index.title,
    version: index.version,
    specVersion: index.specVersion,
    format: index.format,
    ...(index.description ? { description: index.description } : {}),
    servers: index.servers,
    operationCount: index.operations.length,
    source,
    importedAt: importedAt.toISOString(),
    sizeBytes: prepared.sizeBytes,
    validation: 'pending',
    findingCounts: countFindings(index.findings),
  };
  return { summary, tags: index.tags, operations: index.operations, findings: index.findings, syntax: prepared.syntax };
}
