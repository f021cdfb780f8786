/** The import report, and the one JSON object `shoreline import --json` prints for a collection. */
import type { Collection, CollectionItem } from '../model/collection';
import type { ImportState } from './import-state';
import type { ConnectionOffer, ImportFinding, ImportReport, PostmanImport } from './import-types';

/** Counts of a tree of items. */
function tally(items: readonly CollectionItem[]) {
  const counts = { requests: 0, folders: 0, variables: 0, captures: 0, scriptsNotRun: 0 };
  const walk = (list: readonly CollectionItem[]) => {
    for (const item of list) {
      counts.scriptsNotRun += item.notRun.length;
      if (item.kind === 'folder') {
        counts.folders++;
        counts.variables += item.variables.length;
        walk(item.items);
      } else {
        counts.requests++;
        counts.variables += item.request.variables.length;
        counts.captures += item.request.captures.length;
      }
    }
  };
  walk(items);
  return counts;
}

/** The report of an import. */
export function importReport(collection: Collection, state: ImportState, offer: ConnectionOffer | null): ImportReport {
  const counts = tally(collection.items);
  return {
    ...counts,
    variables: counts.variables + collection.variables.length,
    scriptsNotRun: counts.scriptsNotRun + collection.notRun.length,
    secretsWithheld: state.secrets.names,
    connectionOffer: offer,
    warnings: state.findings,
  };
}

/** What `shoreline import --json` prints for a Postman collection, field for field as the issue spells it. */
export type CollectionImportJson = { kind: 'collection'; id: string; name: string } & Omit<ImportReport, 'connectionOffer' | 'warnings'> & {
    connectionOffer: Pick<ConnectionOffer, 'tokenUrl' | 'clientId' | 'clientAuth'> | null;
    findings: ImportFinding[];
  };

/** The CLI's JSON for an import: counts, names of withheld secrets (never their values), the offer, findings. */
export function importReportJson(imported: PostmanImport): CollectionImportJson {
  const { collection, report } = imported;
  const offer = report.connectionOffer;
  return {
    kind: 'collection',
    id: collection.id,
    name: collection.name,
    requests: report.requests,
    folders: report.folders,
    variables: report.variables,
    captures: report.captures,
    scriptsNotRun: report.scriptsNotRun,
    secretsWithheld: [...report.secretsWithheld],
    connectionOffer: offer ? { tokenUrl: offer.tokenUrl, clientId: offer.clientId, clientAuth: offer.clientAuth } : null,
    findings: report.warnings,
  };
}
