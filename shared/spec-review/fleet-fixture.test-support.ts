/** The Fleet Review API's two versions (e2e/fixtures/specs/spec-review/) as details and signatures, for the unit tests. */
import fleetV1 from '../../e2e/fixtures/specs/spec-review/fleet-v1.json';
import fleetV2 from '../../e2e/fixtures/specs/spec-review/fleet-v2.json';
import { detectSpec } from '../openapi/detect-spec';
import { buildOperationDetail } from '../openapi/operation-detail';
import { buildSpecIndex } from '../openapi/operation-index';
import type { OperationDetail, OperationSummary } from '../openapi/types';
import { signatureOf, type OperationSignature } from './operation-signature';

/** One version of a spec, opened. */
export interface OpenedVersion {
  doc: unknown;
  operations: OperationSummary[];
  detail(key: string): OperationDetail;
  signature(key: string): OperationSignature;
}

/** Opens a spec document already parsed. */
export function openDoc(doc: unknown): OpenedVersion {
  const detected = detectSpec(doc);
  if (!detected.ok) throw new Error(detected.message);
  const built = buildSpecIndex(doc, detected);
  if (!built.ok) throw new Error(built.message);
  const detail = (key: string) => {
    const found = buildOperationDetail(doc, key, { specId: 'fleet', format: detected.format, servers: built.index.servers, findings: [] });
    if (!found) throw new Error(`no ${key}`);
    return found;
  };
  return { doc, operations: built.index.operations, detail, signature: (key) => signatureOf(detail(key)) };
}

/** Opens `fleet-v1.json` or `fleet-v2.json`. */
export function fleet(version: 1 | 2): OpenedVersion {
  return openDoc(version === 1 ? fleetV1 : fleetV2);
}
