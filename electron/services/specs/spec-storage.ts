/**
 * Where imported specs live on disk, all under `<userDataDir>/specs/`:
 *   registry.json        order of the specs and the tree's expanded nodes (a StoreOpener document)
 *   <id>.json            the spec's index: summary, operations, findings (a StoreOpener document)
 *   <id>.source.yaml     the original text, byte for byte (or .json)
 *   <id>.doc.json        the parsed document as JSON, so a restart never re-parses YAML
 *   undo/                the spec the last replacement overwrote (index.json, source.<syntax>, doc.json)
 * Text files are written to a temporary name and renamed, so a crash never leaves half a file.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SpecIndex } from '../../../shared/openapi/operation-index';
import type { OperationSummary, SpecFinding, SpecSummary } from '../../../shared/openapi/types';
import type { JsonStore, StoreOpener } from '../store/json-store';

/** The registry document. */
export interface SpecRegistry {
  version: 1;
  /** Spec ids in the order the explorer shows them. */
  order: string[];
  /** Keys of the expanded tree nodes. */
  expanded: string[];
}

/** One spec's index document. */
export interface StoredSpec {
  summary: SpecSummary;
  tags: SpecIndex['tags'];
  operations: OperationSummary[];
  findings: SpecFinding[];
  syntax: 'json' | 'yaml';
}

/** The spec kept for undoing the last replacement. */
export interface UndoSlot {
  stored: StoredSpec;
  /** The `info.version` that replaced it. */
  replacedBy: string;
}

/** What the specs service reads and writes. */
export interface SpecStorage {
  readonly folder: string;
  registry(): SpecRegistry;
  saveRegistry(registry: SpecRegistry): void;
  /** Ids that have an index document on disk, in no particular order. */
  storedIds(): string[];
  loadSpec(id: string): StoredSpec | undefined;
  saveSpec(spec: StoredSpec): void;
  writeTexts(id: string, texts: { source: string; syntax: 'json' | 'yaml'; docJson?: string }): Promise<void>;
  readDocJson(id: string): Promise<string | undefined>;
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

const emptyRegistry: SpecRegistry = { version: 1, order: [], expanded: [] };
const idPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** True for an id Shoreline could have made (and so safe as a file name). */
export function isSpecId(id: string): boolean {
  return idPattern.test(id) && id !== 'registry';
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text, 'utf8');
  await rename(temp, file);
}

async function readIfThere(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Opens the specs folder of `userDataDir` through `stores` (conf or electron-store). */
export function createSpecStorage(userDataDir: string, stores: StoreOpener): SpecStorage {
  const folder = join(userDataDir, 'specs');
  mkdirSync(folder, { recursive: true });
  const registryStore = stores.open<SpecRegistry>('specs/registry', emptyRegistry);
  const specStores = new Map<string, JsonStore<Partial<StoredSpec>>>();
  const storeOf = (id: string) => {
    let store = specStores.get(id);
    if (!store) {
      store = stores.open<Partial<StoredSpec>>(`specs/${id}`, {});
      specStores.set(id, store);
    }
    return store;
  };
  const sourceFile = (id: string, syntax: 'json' | 'yaml') => join(folder, `${id}.source.${syntax}`);
  const docFile = (id: string) => join(folder, `${id}.doc.json`);
  const undoFolder = join(folder, 'undo');
  const undoIndex = join(undoFolder, 'index.json');
  const undoSource = (syntax: 'json' | 'yaml') => join(undoFolder, `source.${syntax}`);
  const undoDoc = join(undoFolder, 'doc.json');
  const moveIfThere = async (from: string, to: string) => {
    if (existsSync(from)) await rename(from, to);
  };
  const readSlot = (): UndoSlot | undefined => {
    try {
      const slot = JSON.parse(readFileSync(undoIndex, 'utf8')) as UndoSlot;
      return slot?.stored?.summary && Array.isArray(slot.stored.operations) && isSpecId(slot.stored.summary.id) ? slot : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    folder,
    registry() {
      const r = registryStore.get();
      return { version: 1, order: Array.isArray(r.order) ? r.order.filter(isSpecId) : [], expanded: Array.isArray(r.expanded) ? r.expanded.map(String) : [] };
    },
    saveRegistry: (registry) => registryStore.set(registry),
    storedIds() {
      return readdirSync(folder)
        .map((name) => /^([a-z0-9-]+)\.json$/.exec(name)?.[1])
        .filter((id): id is string => id !== undefined && isSpecId(id));
    },
    loadSpec(id) {
      if (!isSpecId(id)) return undefined;
      const value = storeOf(id).get();
      if (!value.summary || !Array.isArray(value.operations)) return undefined;
      return { summary: value.summary, tags: value.tags ?? [], operations: value.operations, findings: value.findings ?? [], syntax: value.syntax ?? 'json' };
    },
    saveSpec: (spec) => storeOf(spec.summary.id).set(spec),
    async writeTexts(id, texts) {
      await writeAtomic(sourceFile(id, texts.syntax), texts.source);
      const other = sourceFile(id, texts.syntax === 'json' ? 'yaml' : 'json');
      if (existsSync(other)) await rm(other, { force: true });
      // A JSON source is its own cache: no second copy.
      if (texts.docJson !== undefined && texts.syntax === 'yaml') await writeAtomic(docFile(id), texts.docJson);
      else await rm(docFile(id), { force: true });
    },
    async readDocJson(id) {
      return (await readIfThere(docFile(id))) ?? (await readIfThere(sourceFile(id, 'json')));
    },
    readSource: (id, syntax) => readIfThere(sourceFile(id, syntax)),
    async remove(id, syntax) {
      const store = storeOf(id);
      specStores.delete(id);
      await Promise.all([rm(store.path, { force: true }), rm(sourceFile(id, syntax), { force: true }), rm(docFile(id), { force: true })]);
    },
    async keepForUndo(previous, replacedBy) {
      const id = previous.summary.id;
      await rm(undoFolder, { recursive: true, force: true });
      mkdirSync(undoFolder, { recursive: true });
      await moveIfThere(sourceFile(id, previous.syntax), undoSource(previous.syntax));
      await moveIfThere(docFile(id), undoDoc);
      await writeAtomic(undoIndex, JSON.stringify({ stored: previous, replacedBy } satisfies UndoSlot));
    },
    undoSlot: readSlot,
    async restoreUndo() {
      const slot = readSlot();
      if (!slot) return undefined;
      const { stored } = slot;
      const id = stored.summary.id;
      await Promise.all([rm(sourceFile(id, 'json'), { force: true }), rm(sourceFile(id, 'yaml'), { force: true }), rm(docFile(id), { force: true })]);
      await moveIfThere(undoSource(stored.syntax), sourceFile(id, stored.syntax));
      await moveIfThere(undoDoc, docFile(id));
      storeOf(id).set(stored);
      await rm(undoFolder, { recursive: true, force: true });
      return stored;
    },
    async dropUndo() {
      await rm(undoFolder, { recursive: true, force: true });
    },
  };
}
