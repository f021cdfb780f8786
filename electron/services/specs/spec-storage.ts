/**
 * Where imported specs live, all under `<userDataDir>/specs/`, through the store:
 *   registry.json        order of the specs and the tree's expanded nodes (a document)
 *   <id>.json            the spec's index: summary, operations, findings (a document)
 *   <id>.source.yaml     the original text, byte for byte (or .json)
 *   <id>.doc.json        the parsed document as JSON, so a restart never re-parses YAML
 *   undo/                the spec the last replacement overwrote (index.json, source.<syntax>, doc.json)
 * Text files are written to a temporary name and renamed, so a crash never leaves half a file.
 */
import { z } from 'zod';
import { specRegistrySchema, storedSpecSchema, type SpecRegistry, type StoredSpec } from '../../../shared/model/spec-index';
import { specIdSchema } from '../../../shared/model/spec-id';
import type { DocumentDefinition, DocumentStatus, DocumentStore } from '../store/document-store';
import { errnoOf } from '../store/read-failure';

export type { SpecRegistry, StoredSpec } from '../../../shared/model/spec-index';

/** A spec's index as opened: the index, or why there is none. */
export interface OpenedSpec {
  stored?: StoredSpec;
  status: DocumentStatus;
  /** Why it could not be read, in a few words. */
  failure?: string;
  /** Where a damaged index was kept. */
  aside?: string;
  /** Why it cannot be changed, in words. */
  readOnlyReason?: string;
}

/** The spec kept for undoing the last replacement. */
export interface UndoSlot {
  stored: StoredSpec;
  /** The `info.version` that replaced it. */
  replacedBy: string;
}

/** What the specs service reads and writes. */
export interface SpecStorage {
  registry(): SpecRegistry;
  updateRegistry(change: (registry: SpecRegistry) => SpecRegistry): SpecRegistry;
  /** Ids that have an index document on disk, in no particular order. */
  storedIds(): string[];
  openSpec(id: string): OpenedSpec;
  saveSpec(spec: StoredSpec): void;
  /** Which source file a spec has, if any. */
  sourceSyntax(id: string): 'json' | 'yaml' | undefined;
  /** When the source file was last written (epoch ms), for a rebuilt index. */
  sourceTime(id: string, syntax: 'json' | 'yaml'): number | undefined;
  /** Saves a spec's source (text, or UTF-8 bytes as given) and, for YAML, its document as JSON. */
  writeTexts(id: string, texts: { source: string | Uint8Array; syntax: 'json' | 'yaml'; docJson?: string | undefined }): Promise<void>;
  readDocJson(id: string): Promise<string | undefined>;
  /** The path of the file holding a spec's document as JSON (for a validator to read), if there is one. */
  docJsonPath(id: string): string | undefined;
  readSource(id: string, syntax: 'json' | 'yaml'): Promise<string | undefined>;
  remove(id: string, syntax: 'json' | 'yaml'): Promise<void>;
  /** Moves a spec's files aside before it is replaced (dropping the previous undo), so the replacement can be undone. */
  keepForUndo(previous: StoredSpec, replacedBy: string): Promise<void>;
  /** The spec kept by {@link keepForUndo}, if any. */
  undoSlot(): UndoSlot | undefined;
  /** Puts the kept spec's files back in place of the current ones; the slot is then empty. */
  restoreUndo(): Promise<StoredSpec | undefined>;
  /** Forgets the kept spec. */
  dropUndo(): Promise<void>;
}

/** True for an id Shoreline could have made (and so safe as a file name). */
export function isSpecId(id: string): boolean {
  return specIdSchema.safeParse(id).success && id !== 'registry';
}

/** `specs/registry.json`: version 1 dropped 0.1's inner `version: 1` for the store's envelope. */
export const specRegistryDocument: DocumentDefinition<SpecRegistry> = {
  file: 'specs/registry.json',
  label: 'the list of your imported specs',
  schema: specRegistrySchema,
  migrations: [(v0) => v0],
  defaults: () => ({ order: [], expanded: [] }),
};

/** `specs/<id>.json`: damage is worded by the specs service, which rebuilds the index from the source. */
export function specIndexDocument(id: string): DocumentDefinition<StoredSpec | undefined> {
  return {
    file: `specs/${id}.json`,
    label: 'the index of an imported spec',
    schema: storedSpecSchema.optional(),
    migrations: [(v0) => v0],
    // No file, no index: the spec is not loaded.
    defaults: () => undefined,
    quiet: true,
  };
}

/** `specs/undo/index.json`: the spec the last replacement overwrote (its files sit beside it), so it can be put back. */
export const specUndoDocument: DocumentDefinition<UndoSlot | undefined> = {
  file: 'specs/undo/index.json',
  label: 'the spec kept to undo the last update',
  schema: z.object({ stored: storedSpecSchema, replacedBy: z.string().max(1000) }).strict().optional(),
  migrations: [(v0) => v0],
  defaults: () => undefined,
  quiet: true,
};

/** Makes the spec files an older Shoreline wrote readable by the user only (0600), as every file written now is. */
function tightenModes(store: DocumentStore, folder: string): void {
  if (process.platform === 'win32') return;
  for (const name of store.fs.list(folder)) {
    if (!/\.(?:source\.(?:json|yaml)|doc\.json)$/.test(name)) continue;
    try {
      const path = `${folder}/${name}`;
      const stat = store.fs.stat(path);
      if (stat && (stat.mode & 0o077) !== 0) store.fs.chmod(path, 0o600);
    } catch {
      // Not ours to change (another user's file): it is read as it is.
    }
  }
}

/** Opens the specs folder of `store`. */
export function createSpecStorage(store: DocumentStore): SpecStorage {
  const folder = store.resolve('specs');
  store.fs.mkdirp(folder);
  tightenModes(store, folder);
  const registry = store.open(specRegistryDocument);
  const sourceFile = (id: string, syntax: 'json' | 'yaml') => `specs/${id}.source.${syntax}`;
  const docFile = (id: string) => `specs/${id}.doc.json`;
  const readIfThere = async (file: string): Promise<string | undefined> => {
    try {
      return (await store.fs.readAsync(store.resolve(file))).toString('utf8');
    } catch {
      return undefined;
    }
  };
  const exists = (file: string) => {
    try {
      return store.fs.stat(store.resolve(file)) !== undefined;
    } catch (error) {
      return errnoOf(error) !== 'ENOENT';
    }
  };
  const undoFile = (name: string) => `specs/undo/${name}`;
  // Opened on first use: opening makes its folder, which only a replacement should.
  const undoIndex = () => store.open(specUndoDocument);
  const moveIfThere = (from: string, to: string) => {
    if (exists(from)) store.fs.rename(store.resolve(from), store.resolve(to));
  };
  return {
    registry: () => registry.get(),
    updateRegistry: (change) => registry.update(change),
    storedIds() {
      return store.fs
        .list(folder)
        .map((name) => /^([a-z0-9-]+)\.json$/.exec(name)?.[1])
        .filter((id): id is string => id !== undefined && isSpecId(id));
    },
    openSpec(id) {
      if (!isSpecId(id)) return { status: 'absent' };
      const document = store.open(specIndexDocument(id));
      const opened: OpenedSpec = { status: document.status };
      if (document.failure !== undefined) opened.failure = document.failure;
      if (document.aside !== undefined) opened.aside = document.aside;
      if (document.readOnlyReason !== undefined) opened.readOnlyReason = document.readOnlyReason;
      const stored = document.get();
      if (document.status === 'ok' && stored) opened.stored = stored;
      return opened;
    },
    saveSpec: (spec) => store.open(specIndexDocument(spec.summary.id)).set(spec),
    sourceSyntax(id) {
      if (exists(sourceFile(id, 'yaml'))) return 'yaml';
      if (exists(sourceFile(id, 'json'))) return 'json';
      return undefined;
    },
    sourceTime(id, syntax) {
      try {
        return store.fs.stat(store.resolve(sourceFile(id, syntax)))?.mtimeMs;
      } catch {
        return undefined;
      }
    },
    async writeTexts(id, texts) {
      await store.writeFile(sourceFile(id, texts.syntax), texts.source);
      const other = sourceFile(id, texts.syntax === 'json' ? 'yaml' : 'json');
      // A JSON source is its own cache: no second copy.
      const stale = [other, ...(texts.docJson !== undefined && texts.syntax === 'yaml' ? [] : [docFile(id)])];
      if (texts.docJson !== undefined && texts.syntax === 'yaml') await store.writeFile(docFile(id), texts.docJson);
      await store.removeFiles(stale);
    },
    async readDocJson(id) {
      return (await readIfThere(docFile(id))) ?? (await readIfThere(sourceFile(id, 'json')));
    },
    docJsonPath(id) {
      const file = [docFile(id), sourceFile(id, 'json')].find(exists);
      return file === undefined ? undefined : store.resolve(file);
    },
    readSource: (id, syntax) => readIfThere(sourceFile(id, syntax)),
    async remove(id, syntax) {
      const index = store.open(specIndexDocument(id));
      if (index.readOnlyReason === undefined) index.remove();
      store.close(index.file);
      await store.removeFiles([sourceFile(id, syntax), docFile(id)]);
    },
    async keepForUndo(previous, replacedBy) {
      const id = previous.summary.id;
      await store.removeFiles([undoFile('source.json'), undoFile('source.yaml'), undoFile('doc.json')]);
      store.fs.mkdirp(store.resolve('specs/undo'));
      moveIfThere(sourceFile(id, previous.syntax), undoFile(`source.${previous.syntax}`));
      moveIfThere(docFile(id), undoFile('doc.json'));
      undoIndex().set({ stored: previous, replacedBy });
    },
    undoSlot: () => (exists(undoFile('index.json')) ? undoIndex().get() : undefined),
    async restoreUndo() {
      const slot = undoIndex().get();
      if (!slot) return undefined;
      const { stored } = slot;
      const id = stored.summary.id;
      await store.removeFiles([sourceFile(id, 'json'), sourceFile(id, 'yaml'), docFile(id)]);
      moveIfThere(undoFile(`source.${stored.syntax}`), sourceFile(id, stored.syntax));
      moveIfThere(undoFile('doc.json'), docFile(id));
      store.open(specIndexDocument(id)).set(stored);
      undoIndex().remove();
      return stored;
    },
    async dropUndo() {
      if (exists(undoFile('index.json'))) undoIndex().remove();
      await store.removeFiles([undoFile('source.json'), undoFile('source.yaml'), undoFile('doc.json')]);
    },
  };
}
