/**
 * Imports a Postman Collection v2.0 or v2.1 file as a Shoreline collection: folders at any depth in
 * their order, requests, variables, captures made from scripts, scripts kept but not run, secrets
 * withheld, and a connection offered for the GreenLake token pattern. Pure: nothing is saved, sent
 * or run; the caller saves the collection and offers the connection.
 */
import { collectionSchema, itemNameSchema, maxFolderDepth, type CollectionFolder, type CollectionItem } from '../model/collection';
import type { Result } from '../errors';
import { withoutConnectionNote } from './export-note';
import { scopeAuth } from './import-auth';
import { clamp, importRequest, itemScripts } from './import-request';
import { ImportState, type AuthRow } from './import-state';
import type { PostmanImport, PostmanImportOptions } from './import-types';
import { buildOffer } from './offer';
import { readAuth } from './postman-auth';
import { descriptionText, type PostmanItem } from './postman-format';
import { rowOf } from './postman-url';
import { readPostmanFile } from './read-file';
import { bearerVariables, findTokenRequests, itemAuths } from './token-requests';
import { importReport } from './import-report';
import { referencedVariable } from './secrets';

/** A name the model accepts: trimmed, never empty, at most 300 characters. */
function nameOf(name: string | null | undefined, fallback: string): string {
  const trimmed = (name ?? '').trim().slice(0, 300);
  return itemNameSchema.safeParse(trimmed).success ? trimmed : fallback;
}

/** The depth of the deepest folder in `items`. */
function depthOf(items: readonly PostmanItem[]): number {
  return items.reduce((deepest, item) => (Array.isArray(item.item) ? Math.max(deepest, 1 + depthOf(item.item)) : deepest), 0);
}

/** True when the collection or any item carries Postman's request settings. */
function usesSettings(node: { protocolProfileBehavior?: unknown; item?: unknown }): boolean {
  return node.protocolProfileBehavior !== undefined || (Array.isArray(node.item) && node.item.some((i: PostmanItem) => usesSettings(i)));
}

/** Converts `items` (the contents of the collection or of one folder at `path`). */
function importItems(items: readonly PostmanItem[], path: readonly string[], inherited: readonly AuthRow[], state: ImportState): CollectionItem[] {
  const out: CollectionItem[] = [];
  for (const item of items) {
    if (Array.isArray(item.item)) {
      const name = nameOf(item.name, 'Untitled folder');
      const here = [...path, name];
      const id = state.id(item.id);
      const auth = scopeAuth(readAuth(item.auth), id, here, state);
      const below = auth.auth.kind === 'inherit' ? [...inherited, ...auth.rows] : auth.rows;
      const description = withoutConnectionNote(descriptionText(item.description));
      const folder: CollectionFolder = {
        kind: 'folder',
        id,
        name,
        auth: auth.auth,
        variables: (item.variable ?? []).map((v) => state.variableRow(state.placeholderRow(rowOf(v), id, 'variable'), name, v.type)),
        ...(description !== undefined && { description: clamp(description, 'Its description', here, id, state) }),
        notRun: folderScripts(item, here, id, state),
        items: importItems(item.item, here, below, state),
      };
      out.push(folder);
    } else if (item.request !== undefined && item.request !== null) {
      const name = nameOf(item.name, 'Untitled request');
      const request = importRequest(item, name, [...path, name], inherited, state);
      if (request) out.push(request);
    } else {
      state.note('warning', 'An item with neither a request nor a folder inside was skipped.', [...path, nameOf(item.name, 'Untitled')]);
    }
  }
  return out;
}

/** A folder's or the collection's scripts: kept, none made captures (a capture belongs to one request). */
function folderScripts(item: Pick<PostmanItem, 'event'>, path: readonly string[], id: string, state: ImportState) {
  const { notRun } = itemScripts(item.event, false, path, id, state);
  if (notRun.some((s) => s.event === 'test')) {
    state.note('info', 'Scripts on a folder or the collection ran after every request below them in Postman; Shoreline keeps them to read, and captures belong to single requests.', path, id);
  }
  return notRun;
}

/** Imports a Postman collection (the file's text, or its parsed JSON). Refusals are `invalid_input` errors in words. */
export function importPostmanCollection(input: unknown, options: PostmanImportOptions = {}): Result<PostmanImport> {
  const read = readPostmanFile(input);
  if (!read.ok) return { ok: false, error: { code: 'invalid_input', message: read.message } };
  const file = read.collection;
  if (depthOf(file.item) > maxFolderDepth) {
    return { ok: false, error: { code: 'invalid_input', message: `This collection nests folders more than ${maxFolderDepth} deep, more than Shoreline keeps. Move some folders up in Postman and export it again.` } };
  }
  const tokenRequests = findTokenRequests(file.item);
  const bearers = bearerVariables([file.auth, ...itemAuths(file.item)]);
  const offered = tokenRequests.filter((t) => bearers.has(t.tokenVariable));
  const state = new ImportState(new Map(offered.map((t) => [t.item, t])), new Set(offered.map((t) => t.tokenVariable)), options.newId);
  for (const t of offered) {
    const secretVariable = referencedVariable(t.clientSecret);
    if (secretVariable) state.forcedSecrets.set(secretVariable, 'client-secret');
  }

  const id = state.id();
  const name = nameOf(file.info.name, 'Imported collection');
  if (read.versionAssumed) state.note('info', 'The file does not say which Postman format it follows; it was read as v2.1.', []);
  const auth = scopeAuth(readAuth(file.auth), id, [], state);
  const items = importItems(file.item, [], auth.rows, state);
  const notRun = folderScripts(file, [], id, state);
  const rawVariables = file.variable ?? [];
  const variables = rawVariables.map((v) => state.variableRow(state.placeholderRow(rowOf(v), id, 'variable'), 'the collection variables', v.type));
  const description = withoutConnectionNote(descriptionText(file.info.description));
  if (usesSettings(file)) state.note('info', "Postman's request settings (protocolProfileBehavior) are not kept.", []);

  const now = options.now ?? new Date().toISOString();
  const parsed = collectionSchema.safeParse({
    id,
    name,
    auth: auth.auth,
    variables,
    ...(description !== undefined && { description: clamp(description, 'The description', [], id, state) }),
    notRun,
    items,
    origin: { kind: 'postman', schemaVersion: read.version, ...(options.fileName !== undefined && { fileName: options.fileName.slice(0, 1000) }), ...(file.info._postman_id && { postmanId: file.info._postman_id.slice(0, 200) }) },
    createdAt: now,
    updatedAt: now,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join(' › ') : '';
    return { ok: false, error: { code: 'invalid_input', message: `This collection has more than Shoreline can keep${where ? ` (at ${where})` : ''}: ${issue?.message ?? 'it does not fit'}.` } };
  }
  const collection = parsed.data;
  const offer = buildOffer(offered, rawVariables, state, collection);
  return { ok: true, value: { collection, report: importReport(collection, state, offer), withheld: state.secrets.withheld, hints: state.hints } };
}
