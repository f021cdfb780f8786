/**
 * The import report in words: what came in (requests, folders, variables), what Shoreline made of the
 * scripts (captures, scripts kept but not run, listed per request), what it kept out (secrets) and
 * what it offers (a connection). Pure, so the dialog and its tests read the same sentences.
 */
import type { Collection, CollectionItem, NotRunScript } from '../../../../shared/model/collection';
import type { CollectionImportJson } from '../../../../shared/postman';
import { pluralItems } from '../../../components/format/quantities';

/** One line of the report. */
export interface ReportFact {
  key: 'requests' | 'folders' | 'variables' | 'captures' | 'scriptsNotRun' | 'secretsWithheld' | 'connection';
  /** "12 requests". */
  title: string;
  /** What it means for the user, when the number alone does not say. */
  detail?: string;
}

/** The counts a report needs (the CLI's JSON object has them all). */
export type ReportCounts = Pick<CollectionImportJson, 'requests' | 'folders' | 'variables' | 'captures' | 'scriptsNotRun' | 'secretsWithheld' | 'connectionOffer'>;

/** "GreenLake platform: 12 requests in 3 folders." */
export function reportHeadline(name: string, report: Pick<ReportCounts, 'requests' | 'folders'>): string {
  const folders = report.folders > 0 ? ` in ${pluralItems(report.folders, 'folder')}` : '';
  return `Imported “${name}”: ${pluralItems(report.requests, 'request')}${folders}.`;
}

/** The report's lines, in the order the issue names them. */
export function reportFacts(report: ReportCounts): ReportFact[] {
  const facts: ReportFact[] = [
    { key: 'requests', title: pluralItems(report.requests, 'request') },
    { key: 'folders', title: pluralItems(report.folders, 'folder') },
    { key: 'variables', title: pluralItems(report.variables, 'variable'), ...(report.variables > 0 && { detail: 'Kept with the collection, its folders and requests.' }) },
    {
      key: 'captures',
      title: `${pluralItems(report.captures, 'capture')} made from scripts`,
      ...(report.captures > 0 && { detail: 'Script lines that saved a value from an answer now do it without running the script: after a 2xx, the value is saved for the next requests. Each is editable in its request’s Variables tab.' }),
    },
    {
      key: 'scriptsNotRun',
      title: `${pluralItems(report.scriptsNotRun, 'script')} not run`,
      ...(report.scriptsNotRun > 0 && { detail: 'Shoreline runs no JavaScript from a file. These are kept on their requests, to read, and listed below.' }),
    },
    {
      key: 'secretsWithheld',
      title: `${pluralItems(report.secretsWithheld.length, 'secret')} withheld`,
      ...(report.secretsWithheld.length > 0 && { detail: `${report.secretsWithheld.join(', ')}: not stored in the collection. A client secret goes into your system keychain when you accept the connection.` }),
    },
  ];
  const offer = report.connectionOffer;
  facts.push(
    offer
      ? { key: 'connection', title: 'A connection is offered', detail: `Tokens from ${offer.tokenUrl}${offer.clientId ? ` for client ${offer.clientId}` : ''}, fetched and renewed by Shoreline instead of the collection’s token request.` }
      : { key: 'connection', title: 'No connection offered', detail: 'The collection does not fetch its own token. Choose a connection in its settings if it needs one.' },
  );
  return facts;
}

/** The scripts of one place (the collection, a folder or a request) that are not run. */
export interface NotRunPlace {
  /** The item's id (the collection's own id for its scripts). */
  id: string;
  /** "Devices › Get a device", or the collection's name. */
  where: string;
  kind: 'collection' | 'folder' | 'request';
  scripts: NotRunScript[];
}

/** Every place with scripts not run, in the collection's order. */
export function notRunPlaces(collection: Pick<Collection, 'id' | 'name' | 'notRun' | 'items'>): NotRunPlace[] {
  const places: NotRunPlace[] = [];
  if (collection.notRun.length > 0) places.push({ id: collection.id, where: collection.name, kind: 'collection', scripts: collection.notRun });
  const walk = (items: readonly CollectionItem[], trail: readonly string[]) => {
    for (const item of items) {
      const where = [...trail, item.name].join(' › ');
      if (item.notRun.length > 0) places.push({ id: item.id, where, kind: item.kind, scripts: item.notRun });
      if (item.kind === 'folder') walk(item.items, [...trail, item.name]);
    }
  };
  walk(collection.items, []);
  return places;
}

/** "before sending" / "after the answer": when Postman would have run it. */
export function scriptMoment(event: NotRunScript['event']): string {
  return event === 'prerequest' ? 'before sending' : 'after the answer';
}
