/**
 * Request drafts in `drafts.jsonl`: one line `{ key, request, savedAt }` each time a draft is saved
 * (half a second after typing stops), so typing never rewrites the whole document; the newest line of
 * a key wins, and the file is compacted when old lines pile up. Shoreline 0.1 kept every draft in
 * one `drafts.json` as the builder's parameter rows; {@link upgradeDraftsJson} moves those in once.
 */
import { z } from 'zod';
import { requestDraftSchema } from '../../../shared/openapi/request-draft';
import { requestFromDraft } from '../../../shared/model/operation-draft';
import { operationLinkOf, requestSchema, type SavedRequest } from '../../../shared/model/request';
import type { DocumentStore, LogDefinition } from '../store/document-store';
import { count } from '../store/salvage';
import { errnoOf, reasonOf } from '../store/read-failure';

/** A draft key: `<specId>:<METHOD path>` for an operation (tabs may add their own). */
export const draftKeySchema = z.string().min(3).max(4100);

/** One saved draft. */
export const draftRecordSchema = z.object({
  key: draftKeySchema,
  request: requestSchema,
  /** Epoch milliseconds. */
  savedAt: z.number(),
});

/** One saved draft. */
export type DraftRecord = z.infer<typeof draftRecordSchema>;

/** The drafts log (version 1; there was no version-0 log). */
export const draftsLog: LogDefinition<DraftRecord, DraftRecord> = {
  file: 'drafts.jsonl',
  label: 'your request drafts',
  schema: draftRecordSchema,
  migrations: [(v0) => v0],
  keep: (record) => record,
  noun: ['draft', 'drafts'],
};

const legacyFile = 'drafts.json';

/** The drafts of a 0.1 `drafts.json`, as the model, oldest first; how many could not be read. */
function readLegacy(text: string): { records: DraftRecord[]; lost: number } {
  const parsed: unknown = JSON.parse(text);
  const drafts = (parsed as { drafts?: unknown } | null)?.drafts;
  if (typeof drafts !== 'object' || drafts === null || Array.isArray(drafts)) throw new Error('not a drafts document');
  const records: DraftRecord[] = [];
  let lost = 0;
  for (const [key, value] of Object.entries(drafts)) {
    const entry = value as { draft?: unknown; savedAt?: unknown } | null;
    const draft = requestDraftSchema.safeParse(entry?.draft);
    if (!draft.success || !draftKeySchema.safeParse(key).success) {
      lost += 1;
      continue;
    }
    const request: SavedRequest = requestFromDraft(draft.data, operationLinkOf(key));
    records.push({ key, request, savedAt: typeof entry?.savedAt === 'number' ? entry.savedAt : 0 });
  }
  return { records: records.sort((a, b) => a.savedAt - b.savedAt), lost };
}

/**
 * Moves the drafts of Shoreline 0.1's `drafts.json` into the log, then removes that file. A file that
 * cannot be read is left where it is (and reported); a damaged one is kept aside.
 */
export function upgradeDraftsJson(store: DocumentStore, append: (records: DraftRecord[]) => void, stamp: () => string): void {
  const path = store.resolve(legacyFile);
  let text: string;
  try {
    if (!store.fs.stat(path)) return;
    text = store.fs.readBytes(path).toString('utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return;
    store.report(`Shoreline could not read the request drafts it kept before (${path}: ${reasonOf(error)}). It left the file as it is; fix its permissions and restart Shoreline to get them back.`);
    return;
  }
  let legacy: { records: DraftRecord[]; lost: number };
  try {
    legacy = readLegacy(text);
  } catch {
    const aside = `${path}.damaged-${stamp()}`;
    store.lock.run(() => store.fs.rename(path, aside));
    store.report(`Shoreline could not read the request drafts it kept before, so it started them afresh. The damaged file was kept as ${aside}.`);
    return;
  }
  store.lock.run(() => {
    append(legacy.records);
    if (legacy.lost > 0) {
      const aside = `${path}.damaged-${stamp()}`;
      store.fs.rename(path, aside);
      store.report(`Shoreline could not read ${count(legacy.lost, ['request draft', 'request drafts'])} it kept before and left them out. The file as it was is kept as ${aside}.`);
    } else store.fs.remove(path);
  });
}
