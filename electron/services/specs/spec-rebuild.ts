/**
 * An index that could not be read is rebuilt from the spec's own file, so the spec is not lost, and
 * the user is told which API it was — by its title, never by Shoreline's id for it.
 */
import type { DocumentStore } from '../store/document-store';
import { prepareSpec, type PreparedSpec } from './import-pipeline';
import type { ParseOptions } from './parse-spec-text';
import type { OpenedSpec, SpecStorage, StoredSpec } from './spec-storage';
import { storedSpecOf } from './stored-spec';

/** What a rebuild needs. */
export interface RebuildDependencies {
  store: DocumentStore;
  storage: SpecStorage;
  parse?: Omit<ParseOptions, 'signal'>;
  now: () => Date;
}

/** The rebuilt index and its parsed document; undefined (and the user told) when it cannot be rebuilt. */
export async function rebuildIndex(deps: RebuildDependencies, id: string, opened: OpenedSpec): Promise<{ stored: StoredSpec; prepared: PreparedSpec } | undefined> {
  const { storage, store } = deps;
  const why = opened.failure ? ` (${opened.failure})` : '';
  const syntax = storage.sourceSyntax(id);
  const source = syntax === undefined ? undefined : await storage.readSource(id, syntax);
  if (syntax === undefined || source === undefined) {
    store.report(`Shoreline could not read the index of one of your imported specs${why}, and the spec's own file is missing or unreadable too, so it is not listed. Import the spec again.`);
    return undefined;
  }
  let prepared: PreparedSpec;
  try {
    prepared = await prepareSpec(source, deps.parse ? { parse: deps.parse } : {});
  } catch {
    store.report(`Shoreline could not read the index of one of your imported specs${why}, nor rebuild it from the spec's own file. Import the spec again.`);
    return undefined;
  }
  // The index held where the spec came from; the rebuilt one knows only the kind of file.
  const fileName = `${id.replace(/-[0-9a-f]{6}$/, '')}.${syntax}`;
  const stored = storedSpecOf(id, prepared, { kind: 'file', fileName }, new Date(storage.sourceTime(id, syntax) ?? deps.now().getTime()));
  const title = prepared.index.title;
  if (opened.readOnlyReason === undefined) {
    storage.saveSpec(stored);
    storage.updateRegistry((r) => (r.order.includes(id) ? r : { ...r, order: [...r.order, id] }));
    const kept = opened.aside ? ` The damaged index was kept as ${opened.aside}.` : '';
    store.report(`Shoreline could not read its index of “${title}”${why}, so it rebuilt it from the imported file. Nothing of the spec is lost.${kept}`);
  } else {
    store.report(`Shoreline could not read its index of “${title}”${why}. It rebuilt it from the imported file for now, and will not change that spec until its index can be read.`);
  }
  return { stored, prepared };
}
