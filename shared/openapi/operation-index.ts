/**
 * Builds the lean index of a parsed spec: title, servers, operations and the problems that do not
 * stop it from being used. It reads only what the tree needs, so it stays fast on a 600-operation
 * spec; schemas are resolved later, one operation at a time.
 */
import type { Detected } from './detect-spec';
import { finding, operationKey } from './finding-location';
import { isObject, str } from './json-pointer';
import { maxPathLength } from './limits';
import { operationSummary } from './operation-label';
import { rawOperations } from './path-items';
import { scanRefs, type RefScan } from './ref-scan';
import { specServers } from './servers';
import { defaultTag, type OperationSummary, type SpecFinding, type SpecFormat, type SpecServer } from './types';
import { abbreviate } from './abbreviate';

/** A spec's index, before it gets an id and a source. */
export interface SpecIndex {
  title: string;
  version: string;
  description?: string;
  format: SpecFormat;
  specVersion: string;
  servers: SpecServer[];
  /** Declared top-level tags, in order, with their descriptions. */
  tags: { name: string; description?: string }[];
  operations: OperationSummary[];
  findings: SpecFinding[];
}

/** The outcome of {@link buildSpecIndex}: an index, or why none can be built. */
export type IndexResult = { ok: true; index: SpecIndex } | { ok: false; message: string; detail?: string };

function declaredTags(doc: Record<string, unknown>): SpecIndex['tags'] {
  if (!Array.isArray(doc.tags)) return [];
  const out: SpecIndex['tags'] = [];
  for (const tag of doc.tags) {
    if (!isObject(tag)) continue;
    const name = str(tag.name);
    const description = str(tag.description);
    if (name) out.push(description ? { name, description } : { name });
  }
  return out;
}

function tagsOf(operation: Record<string, unknown>): string[] {
  const tags = Array.isArray(operation.tags) ? operation.tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : [];
  return tags.length > 0 ? [...new Set(tags)] : [defaultTag];
}

/** Findings for refs that go nowhere, and one for refs to files that were not fetched. */
export function refFindings(scan: RefScan): SpecFinding[] {
  const out = scan.dangling.map((r) =>
    finding('error', 'import', `"${abbreviate(r.ref)}" refers to something that does not exist in this file.`, r.at),
  );
  if (scan.externalFiles.length > 0) {
    const n = scan.externalFiles.length;
    const list = scan.externalFiles.slice(0, 3).map((file) => abbreviate(file)).join(', ') + (n > 3 ? ', …' : '');
    out.push(
      finding(
        'warning',
        'import',
        `This spec refers to ${n} external file${n === 1 ? '' : 's'} that ${n === 1 ? 'was' : 'were'} not fetched (${list}); the parts defined there are shown as unknown.`,
        scan.external[0]?.at ?? '#',
      ),
    );
  }
  return out;
}

/**
 * Builds the index of `doc`, which {@link detectSpec} accepted as `detected`. Pass `refs` when the
 * whole-document ref scan was already done (in slices, off the critical path); else it runs here.
 */
export function buildSpecIndex(doc: unknown, detected: Extract<Detected, { ok: true }>, refs?: RefScan): IndexResult {
  if (!isObject(doc)) return { ok: false, message: 'This file is not an OpenAPI document.' };
  const { format, specVersion } = detected;
  const info = isObject(doc.info) ? doc.info : {};
  const findings: SpecFinding[] = [];
  const { operations: raw, broken } = rawOperations(doc);
  for (const b of broken) {
    if (b.failure.reason === 'external') {
      findings.push(finding('warning', 'import', `The operations of ${abbreviate(b.path)} are defined in another file (${abbreviate(b.failure.ref)}) that was not fetched.`, b.pointer));
    } else {
      const why = b.failure.reason === 'missing' ? 'which does not exist in this file' : 'which refers back to itself';
      return {
        ok: false,
        message: `This spec cannot be used: the path ${abbreviate(b.path)} refers to "${abbreviate(b.failure.ref)}", ${why}.`,
        detail: b.pointer,
      };
    }
  }
  const seenOperationIds = new Map<string, string>();
  const tooLong = new Set(raw.filter((r) => r.path.length > maxPathLength).map((r) => r.path));
  for (const path of tooLong) {
    findings.push(
      finding('warning', 'import', `The path "${path.slice(0, 60)}…" is ${path.length.toLocaleString('en-US')} characters long, more than the ${maxPathLength.toLocaleString('en-US')} Shoreline can send; its operations were left out.`, `#/paths`),
    );
  }
  const usable = raw.filter((r) => !tooLong.has(r.path));
  const operations: OperationSummary[] = usable.map(({ method, path, operation, pointer }) => {
    const id = operationKey(method, path);
    const operationId = str(operation.operationId);
    const summary = operationSummary(operation);
    if (operationId) {
      const first = seenOperationIds.get(operationId);
      if (first) findings.push(finding('warning', 'import', `The operationId "${operationId}" is also used by ${first}.`, pointer));
      else seenOperationIds.set(operationId, id);
    }
    return {
      id,
      method,
      path,
      ...(summary ? { summary } : {}),
      ...(operationId ? { operationId } : {}),
      tags: tagsOf(operation),
      deprecated: operation.deprecated === true,
    };
  });
  if (typeof doc.openapi === 'number' || typeof doc.swagger === 'number') {
    findings.push(finding('info', 'import', `The version "${specVersion}" is written as a number; it should be a quoted string.`, '#'));
  }
  if (operations.length === 0) findings.push(finding('warning', 'import', 'This spec declares no operations.', '#/paths'));
  findings.push(...refFindings(refs ?? scanRefs(doc, format)));
  const description = str(info.description);
  return {
    ok: true,
    index: {
      title: str(info.title)?.trim() || 'Untitled API',
      version: info.version === undefined ? '' : String(info.version),
      ...(description ? { description } : {}),
      format,
      specVersion,
      servers: specServers(doc, format),
      tags: declaredTags(doc),
      operations,
      findings,
    },
  };
}
