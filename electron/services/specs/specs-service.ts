/**
 * The specs service: imports OpenAPI/Swagger specs (text or URL), keeps them under
 * `<userDataDir>/specs/`, serves the explorer tree and operation details, and validates each spec
 * in the background (advice, never a gate). Plain Node: no Electron here.
 */
import { randomBytes } from 'node:crypto';
import type { AbortSignalLike } from '../../../shared/contract/define';
import type { ImportOutcome, ImportQuestion, ImportResult, SpecFindingsReport, specsEvents, UndoableReplacement } from '../../../shared/contract/specs';
import { ShorelineError } from '../../../shared/errors';
import { buildOperationDetail } from '../../../shared/openapi/operation-detail';
import { operationChanges } from '../../../shared/openapi/operation-changes';
import { buildTagNodes, isKeyOfSpec } from '../../../shared/openapi/spec-tree';
import type { OperationDetail, SpecNode, SpecSource, SpecSummary } from '../../../shared/openapi/types';
import type { DocumentStore } from '../store/document-store';
import { createDocCache } from './doc-cache';
import { fetchSpecText, type FetchSpecOptions } from './fetch-spec-text';
import { documentJson, parseJsonText, prepareSpec, type PreparedSpec } from './import-pipeline';
import { warmParser, type ParseOptions } from './parse-spec-text';
import { rebuildIndex } from './spec-rebuild';
import { createSpecStorage, type OpenedSpec, type StoredSpec } from './spec-storage';
import { storedSpecOf } from './stored-spec';
import { matchExistingSpec, newSpecId, type SpecMatch } from './spec-identity';
import { createValidationRunner } from './validation-runner';
import { createValidator, type ValidatorOptions } from './validator';

/** A specs event name. */
export type SpecsEventName = keyof typeof specsEvents;
/** The payload of a specs event. */
export type SpecsEventPayload<E extends SpecsEventName> = Exclude<(typeof specsEvents)[E]['payload'], undefined>;
/** Announces a specs event (the host forwards it to its windows). */
export type SpecsEmit = <E extends SpecsEventName>(name: E, payload: SpecsEventPayload<E>) => void;

/** What the specs service needs. */
export interface SpecsServiceDependencies {
  /** The user-data folder's store; specs live under `specs/`. */
  store: DocumentStore;
  emit?: SpecsEmit;
  /** For tests: a fake fetch, shorter timeouts, a smaller size cap. */
  fetchOptions?: Omit<FetchSpecOptions, 'signal'>;
  /** For tests: parse options (in-process, limits) and the text size cap. */
  parseOptions?: Omit<ParseOptions, 'signal'> & { maxBytes?: number };
  /** For tests: validator options (in-process, time limits). */
  validatorOptions?: ValidatorOptions;
  now?: () => Date;
}

/** How to treat an import that looks like a spec already there. */
export interface ImportChoice {
  replaceId?: string;
  asNew?: boolean;
}

/** The specs service's public face. */
export interface SpecsService {
  list(): SpecSummary[];
  tree(): SpecNode[];
  /** Imports, or asks first when the import only resembles a spec there or is much smaller (see ImportQuestion). */
  importText(input: { text: string; fileName: string } & ImportChoice, signal?: AbortSignalLike): Promise<ImportOutcome>;
  /**
   * Imports a file given as its UTF-8 bytes (without a byte-order mark), as {@link importText} would
   * its text: the bytes are decoded in the parse worker and saved as they are, so the host never
   * holds the text of a big file. They are handed over: the caller must not use them afterwards.
   */
  importBytes(input: { bytes: Uint8Array; fileName: string } & ImportChoice, signal?: AbortSignalLike): Promise<ImportOutcome>;
  importUrl(input: { url: string } & ImportChoice, signal?: AbortSignalLike): Promise<ImportOutcome>;
  /** Answers a question: update the spec it named, import as new, or drop it (null). */
  resolveImport(pendingId: string, choice: 'update' | 'new' | 'cancel'): Promise<ImportResult | null>;
  /** Puts back the spec the last replacement overwrote. */
  undoReplace(): Promise<SpecSummary>;
  /** What {@link undoReplace} would put back, if anything. */
  lastReplacement(): UndoableReplacement | null;
  remove(id: string): Promise<void>;
  reorder(ids: readonly string[]): SpecSummary[];
  operation(specId: string, operationId: string): Promise<OperationDetail>;
  findings(specId: string): SpecFindingsReport;
  getExpanded(): string[];
  setExpanded(keys: readonly string[]): string[];
  /** Resolves when every index found damaged at start has been rebuilt from its source (or given up on). */
  ready(): Promise<void>;
  /** Resolves when no background validation is running (for tests and orderly shutdown). */
  whenIdle(): Promise<void>;
  /** Stops background work (validation workers). */
  dispose(): Promise<void>;
}

/** How long a window takes to draw the tree it just fetched (background validation waits that long). */
const listDrawMs = 200;

/** A spec as the explorer tree shows it. */
function treeNode(stored: StoredSpec): SpecNode {
  return { spec: stored.summary, tags: buildTagNodes(stored.operations, stored.tags) };
}

/** Creates the specs service over `<userDataDir>/specs/`. */
export function createSpecsService(deps: SpecsServiceDependencies): SpecsService {
  const storage = createSpecStorage(deps.store);
  const emit: SpecsEmit = deps.emit ?? (() => undefined);
  const now = deps.now ?? (() => new Date());
  const docs = createDocCache();
  const specs = new Map<string, StoredSpec>();
  const damaged: { id: string; opened: OpenedSpec }[] = [];
  for (const id of new Set([...storage.registry().order, ...storage.storedIds()])) {
    const opened = storage.openSpec(id);
    if (opened.stored) specs.set(id, opened.stored);
    else if (opened.status === 'damaged' || opened.status === 'unreadable') damaged.push({ id, opened });
  }
  let commitQueue: Promise<unknown> = Promise.resolve();
  /** Parsed imports waiting for the user's answer: never written to disk before it. */
  const pending = new Map<string, { prepared: PreparedSpec; source: SpecSource; existingId: string; at: number }>();
  const pendingMs = 15 * 60_000;

  const list = (): SpecSummary[] => {
    const ordered = storage.registry().order.filter((id) => specs.has(id));
    const rest = [...specs.keys()].filter((id) => !ordered.includes(id));
    return [...ordered, ...rest].map((id) => (specs.get(id) as StoredSpec).summary);
  };
  const changed = () => emit('specs.changed', list());

  const validator = createValidator(deps.validatorOptions);
  const validation = createValidationRunner({
    storage,
    specs,
    validator,
    onDone(stored) {
      emit('specs.validated', { specId: stored.summary.id, validation: stored.summary.validation, findingCounts: stored.summary.findingCounts });
      changed();
    },
  });
  /** Lets deferred validation begin once a window had a moment to draw the list it was given. */
  const releaseValidationAfterDraw = () => setTimeout(validation.release, listDrawMs).unref?.();

  async function loadDoc(id: string): Promise<unknown> {
    const stored = specs.get(id);
    const json = await storage.readDocJson(id);
    if (json !== undefined) {
      try {
        return parseJsonText(json);
      } catch {
        // the cache is damaged: read the original text again below
      }
    }
    const source = stored ? await storage.readSource(id, stored.syntax) : undefined;
    if (source === undefined) throw new ShorelineError('not_found', 'The file of this spec is missing. Import it again.');
    const { maxBytes: _cap, ...parse } = deps.parseOptions ?? {};
    const prepared = await prepareSpec(source, { parse });
    await storage.writeTexts(id, { source, syntax: prepared.syntax, docJson: prepared.docJson });
    return prepared.doc;
  }

  /** Keeps `prepared` waiting and asks whether it updates `match.spec` or comes in as new. */
  function ask(match: SpecMatch, prepared: PreparedSpec, source: SpecSource): { question: ImportQuestion } {
    const at = now().getTime();
    for (const [key, entry] of pending) if (at - entry.at > pendingMs) pending.delete(key);
    // A few waiting imports at most: each may hold a 100 MB text.
    while (pending.size >= 3) pending.delete(pending.keys().next().value as string);
    const pendingId = randomBytes(12).toString('hex');
    pending.set(pendingId, { prepared, source, existingId: match.spec.id, at });
    const { spec } = match;
    return {
      question: {
        pendingId,
        existing: { id: spec.id, title: spec.title, version: spec.version, sizeBytes: spec.sizeBytes, operationCount: spec.operationCount },
        incoming: { title: prepared.index.title, version: prepared.index.version, sizeBytes: prepared.sizeBytes, operationCount: prepared.index.operations.length },
        smaller: match.smaller,
      },
    };
  }

  async function commit(prepared: PreparedSpec, source: SpecSource, choice: ImportChoice): Promise<ImportOutcome> {
    const { index } = prepared;
    let existing: SpecSummary | undefined;
    if (choice.replaceId) {
      existing = specs.get(choice.replaceId)?.summary;
      if (!existing) throw new ShorelineError('not_found', 'The spec to update is no longer there.');
    } else if (!choice.asNew) {
      const match = matchExistingSpec(list(), { title: index.title, source, servers: index.servers, operationCount: index.operations.length, sizeBytes: prepared.sizeBytes });
      if (match && (!match.same || match.smaller)) return ask(match, prepared, source);
      existing = match?.spec;
    }
    const id = existing?.id ?? newSpecId(index.title, () => randomBytes(3).toString('hex'));
    const previous = existing ? specs.get(existing.id) : undefined;
    const stored = storedSpecOf(id, prepared, source, now());
    const { summary } = stored;
    if (previous) await storage.keepForUndo(previous, index.version);
    await storage.writeTexts(id, { source: prepared.source, syntax: prepared.syntax, docJson: prepared.docJson });
    storage.saveSpec(stored);
    specs.set(id, stored);
    // Parsed again only when an operation is opened: an import keeps no 11 MB document in memory.
    docs.delete(id);
    storage.updateRegistry((r) => (r.order.includes(id) ? r : { ...r, order: [...r.order, id] }));
    // The validator reads the file just saved: main keeps no copy of a big text for it.
    validation.start(id);
    changed();
    // The answer carries the spec's tree node, which the window draws from.
    releaseValidationAfterDraw();
    const keys = index.operations.map((o) => o.id);
    return {
      spec: summary,
      replaced: previous !== undefined,
      ...(previous ? { previousVersion: previous.summary.version } : {}),
      changes: operationChanges(previous ? previous.operations.map((o) => o.id) : [], keys),
      node: treeNode(stored),
    };
  }

  async function importPrepared(text: string | Uint8Array, source: SpecSource, choice: ImportChoice, signal?: AbortSignalLike): Promise<ImportOutcome> {
    const { maxBytes, ...parse } = deps.parseOptions ?? {};
    // A URL's file name goes into its messages; a file's is added by the window, which shows every file's error under its name.
    const named = source.kind === 'url' ? { fileName: source.fileName } : {};
    const prepared = await prepareSpec(text, { ...(signal ? { signal } : {}), ...(maxBytes ? { maxBytes } : {}), parse, ...named });
    return queued(() => commit(prepared, source, choice));
  }

  /** Saving is one at a time, so two imports of the same spec cannot both create it. */
  function queued<T>(step: () => Promise<T>): Promise<T> {
    const run = commitQueue.then(step);
    commitQueue = run.catch(() => undefined);
    return run;
  }

  async function undoReplace(): Promise<SpecSummary> {
    const slot = storage.undoSlot();
    if (!slot || !specs.has(slot.stored.summary.id)) throw new ShorelineError('not_found', 'There is no replaced spec to bring back.');
    const restored = (await storage.restoreUndo()) as StoredSpec;
    const id = restored.summary.id;
    validation.forget(id);
    specs.set(id, restored);
    docs.delete(id);
    if (restored.summary.validation === 'pending') validation.restart(id);
    changed();
    return restored.summary;
  }

  for (const stored of specs.values()) if (stored.summary.validation === 'pending') validation.restart(stored.summary.id);

  /** Puts a rebuilt index in place (it was saved already, where it could be). */
  async function rebuild(id: string, opened: OpenedSpec): Promise<void> {
    const { maxBytes: _cap, ...parse } = deps.parseOptions ?? {};
    const rebuilt = await rebuildIndex({ store: deps.store, storage, parse, now }, id, opened);
    if (!rebuilt) return;
    specs.set(id, rebuilt.stored);
    docs.delete(id);
    if (opened.readOnlyReason === undefined) validation.start(id, documentJson(rebuilt.prepared));
    changed();
  }
  const rebuilt = Promise.all(damaged.map(({ id, opened }) => rebuild(id, opened).catch(() => undefined))).then(() => undefined);

  // The next import finds a parse worker started and its YAML reader loaded (after start-up's own work).
  const warming = setTimeout(warmParser, 1000);
  warming.unref?.();

  return {
    list,
    tree() {
      // The window asked for the new list.
      if (validation.hasDeferred()) releaseValidationAfterDraw();
      return list().map((summary) => treeNode(specs.get(summary.id) as StoredSpec));
    },
    importText: (input, signal) => {
      const source: SpecSource = { kind: 'file', fileName: input.fileName };
      return importPrepared(input.text, source, input, signal);
    },
    importBytes: (input, signal) => {
      const source: SpecSource = { kind: 'file', fileName: input.fileName };
      return importPrepared(input.bytes, source, input, signal);
    },
    async importUrl(input, signal) {
      const fetched = await fetchSpecText(input.url, { ...deps.fetchOptions, ...(signal ? { signal } : {}) });
      return importPrepared(fetched.text, { kind: 'url', url: input.url, fileName: fetched.fileName }, input, signal);
    },
    async resolveImport(pendingId, choice) {
      const waiting = pending.get(pendingId);
      pending.delete(pendingId);
      if (choice === 'cancel') return null;
      if (!waiting) throw new ShorelineError('not_found', 'This import waited too long for an answer. Import the file again.');
      const answer: ImportChoice = choice === 'update' ? { replaceId: waiting.existingId } : { asNew: true };
      return queued(() => commit(waiting.prepared, waiting.source, answer)) as Promise<ImportResult>;
    },
    undoReplace: () => queued(undoReplace),
    lastReplacement() {
      const slot = storage.undoSlot();
      const current = slot ? specs.get(slot.stored.summary.id) : undefined;
      if (!slot || !current) return null;
      return { specId: current.summary.id, title: slot.stored.summary.title, version: slot.stored.summary.version, replacedBy: slot.replacedBy };
    },
    async remove(id) {
      const stored = specs.get(id);
      if (!stored) return;
      validation.forget(id);
      specs.delete(id);
      docs.delete(id);
      storage.updateRegistry((r) => ({ order: r.order.filter((x) => x !== id), expanded: r.expanded.filter((key) => !isKeyOfSpec(key, id)) }));
      if (storage.undoSlot()?.stored.summary.id === id) await storage.dropUndo();
      await storage.remove(id, stored.syntax);
      changed();
    },
    reorder(ids) {
      const known = ids.filter((id) => specs.has(id));
      storage.updateRegistry((r) => ({ ...r, order: [...new Set([...known, ...r.order.filter((id) => !known.includes(id))])] }));
      changed();
      return list();
    },
    async operation(specId, operationId) {
      const stored = specs.get(specId);
      if (!stored) throw new ShorelineError('not_found', 'This spec is no longer imported.');
      const doc = await docs.get(specId, () => loadDoc(specId));
      const detail = buildOperationDetail(doc, operationId, {
        specId,
        format: stored.summary.format,
        servers: stored.summary.servers,
        findings: stored.findings,
      });
      if (!detail) throw new ShorelineError('not_found', `This spec has no operation ${operationId}.`);
      return detail;
    },
    findings(specId) {
      const stored = specs.get(specId);
      if (!stored) throw new ShorelineError('not_found', 'This spec is no longer imported.');
      return { specId, validation: stored.summary.validation, findings: stored.findings };
    },
    getExpanded: () => [...storage.registry().expanded],
    setExpanded(keys) {
      return [...storage.updateRegistry((r) => ({ ...r, expanded: [...new Set(keys)] })).expanded];
    },
    ready: () => rebuilt,
    whenIdle: () => validation.idle(),
    async dispose() {
      clearTimeout(warming);
      validation.stop();
      validator.dispose();
      await validation.idle();
    },
  };
}
