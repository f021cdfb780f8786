/**
 * The version of a spec that its last re-import replaced, read from the specs' undo slot
 * (`specs/undo/`, see spec-storage.ts): its index and its parsed document. Read-only: the specs
 * service alone moves those files.
 */
import type { StoredSpec } from '../../../shared/model/spec-index';
import { parseJsonText, prepareSpec } from '../specs/import-pipeline';
import { specUndoDocument } from '../specs/spec-storage';
import type { DocumentStore } from '../store/document-store';

/** The replaced version of a spec. */
export interface PreviousSpec {
  stored: StoredSpec;
  doc: unknown;
}

async function readText(store: DocumentStore, file: string): Promise<string | undefined> {
  try {
    return (await store.fs.readAsync(store.resolve(file))).toString('utf8');
  } catch {
    return undefined;
  }
}

function exists(store: DocumentStore, file: string): boolean {
  try {
    return store.fs.stat(store.resolve(file)) !== undefined;
  } catch {
    return false;
  }
}

/** The version of `specId` its last re-import replaced, or undefined when none is kept (no re-import, undone, or another spec's update took the slot). */
export async function readPreviousSpec(store: DocumentStore, specId: string): Promise<PreviousSpec | undefined> {
  // Opening the undo document makes its folder: look first, as the specs storage does.
  if (!exists(store, specUndoDocument.file)) return undefined;
  const slot = store.open(specUndoDocument).get();
  if (!slot || slot.stored.summary.id !== specId) return undefined;
  const json = (await readText(store, 'specs/undo/doc.json')) ?? (await readText(store, 'specs/undo/source.json'));
  if (json !== undefined) {
    try {
      return { stored: slot.stored, doc: parseJsonText(json) };
    } catch {
      // a damaged cache: the YAML source below, if there is one
    }
  }
  const yaml = await readText(store, 'specs/undo/source.yaml');
  if (yaml === undefined) return undefined;
  return { stored: slot.stored, doc: (await prepareSpec(yaml)).doc };
}
