/**
 * Where imported specs live on disk, all under `<userDataDir>/specs/`:
 *   registry.json        order of the specs and the tree's expanded nodes (a StoreOpener document)
 *   <id>.json            the spec's index: summary, operations, findings (a StoreOpener document)
 *   <id>.source.yaml     the original text, byte for byte (or .json)
 *   <id>.doc.json        the parsed document as JSON, so a restart never re-parses YAML
 * Text files are written to a temporary name and renamed, so a crash never leaves half a file.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
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
  };
}
