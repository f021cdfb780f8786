/**
 * Commands about imported OpenAPI specs: import (text or URL), the explorer tree, one operation's
 * detail, findings, and the tree's expanded nodes. The tree carries lean operations only; the
 * detail (schemas, examples) is fetched per operation with `specs.operation`.
 */
import { z } from 'zod';
import { maxOperationKeyLength } from '../openapi/limits';
import type { FindingCounts, OperationChanges, OperationDetail, SpecFinding, SpecNode, SpecSummary, ValidationState } from '../openapi/types';
import { specIdSchema } from '../model/spec-id';
import { command, event } from './define';

export { specIdSchema };

export { maxSpecBytes } from '../openapi/limits';

/** The result of an import. */
export interface ImportResult {
  spec: SpecSummary;
  /** True when an existing spec was updated in place (same id); `specs.undoReplace` then brings the old one back. */
  replaced: boolean;
  /** The `info.version` that was replaced, when one was. */
  previousVersion?: string;
  /** Operations added and removed by this import, keyed `GET /path` (all added for a new spec). */
  changes: OperationChanges;
  /**
   * The spec as `specs.tree` lists it (its tags and lean operations), so the window that imported it
   * draws it from this answer instead of asking for the whole tree again first.
   */
  node: SpecNode;
}

/** Size and contents of a spec, for the question below. */
export interface SpecBrief {
  title: string;
  version: string;
  sizeBytes: number;
  operationCount: number;
}

/**
 * An import that looks like a spec already there without being clearly the same API (same title
 * but other servers, same file name), or that is much smaller than the spec it would replace.
 * Nothing was saved: answer with `specs.resolveImport`.
 */
export interface ImportQuestion {
  /** Names the parsed import kept waiting in the host (for a few minutes). */
  pendingId: string;
  existing: SpecBrief & { id: string };
  incoming: SpecBrief;
  /** True when the new file is much smaller than the existing spec (a truncated download?). */
  smaller: boolean;
}

/** What an import command answers: done, or a question for the user. */
export type ImportOutcome = ImportResult | { question: ImportQuestion };

/** The last replacement `specs.undoReplace` can undo. */
export interface UndoableReplacement {
  specId: string;
  /** The title and version Undo brings back. */
  title: string;
  version: string;
  /** The version that replaced it. */
  replacedBy: string;
}

/** What `specs.undoReplace` answers: the spec put back, and what happened to the saved requests its review changed. */
export interface UndoneReplacement {
  /** The spec as it is again. */
  spec: SpecSummary;
  /** Saved requests the review had updated (or unlinked) that were put back as they were before, with the spec. */
  requestsPutBack: number;
  /** Names of saved requests the review had changed and the user edited since: left as they are (undo would lose the edits). */
  editedSince: string[];
}

/** All findings of one spec. */
export interface SpecFindingsReport {
  specId: string;
  validation: ValidationState;
  findings: SpecFinding[];
}

/** Payload of `specs.validated`. */
export interface SpecValidated {
  specId: string;
  validation: ValidationState;
  findingCounts: FindingCounts;
}

const importChoice = {
  /** Update this spec, whatever the title or source says. */
  replaceId: specIdSchema.optional(),
  /** Import side by side even when a spec with the same title or source exists. */
  asNew: z.boolean().optional(),
};

/** The specs domain of the contract. */
export const specsCommands = {
  /** Every imported spec, in explorer order. */
  'specs.list': command<SpecSummary[]>()(z.object({}).strict()),
  /** The explorer tree: each spec with its tags and their (lean) operations. */
  'specs.tree': command<SpecNode[]>()(z.object({}).strict()),
  /** Imports a spec from its text (the renderer read a dropped or picked file). Refuses more than 100 MB. */
  'specs.importText': command<ImportOutcome>()(
    z
      .object({
        text: z.string(),
        fileName: z.string().trim().min(1).max(255).default('pasted-spec.yaml'),
        ...importChoice,
      })
      .strict(),
  ),
  /** Downloads and imports a spec (http or https, 10 s timeout, up to 50 MB). */
  'specs.importUrl': command<ImportOutcome>()(
    z
      .object({
        url: z.url({ protocol: /^https?$/, error: 'Enter an address starting with https:// or http://' }).max(4000),
        ...importChoice,
      })
      .strict(),
  ),
  /** Answers an {@link ImportQuestion}: update the existing spec, import side by side, or drop the import. */
  'specs.resolveImport': command<ImportResult | null>()(
    z.object({ pendingId: z.string().min(1).max(64), choice: z.enum(['update', 'new', 'cancel']) }).strict(),
  ),
  /**
   * Puts back the spec the last replacement overwrote (source and index), once, and with it every saved request the
   * review of that replacement updated or unlinked — unless edited since.
   */
  'specs.undoReplace': command<UndoneReplacement>()(z.object({}).strict()),
  /** The replacement `specs.undoReplace` would undo, or null. */
  'specs.lastReplacement': command<UndoableReplacement | null>()(z.object({}).strict()),
  /** Removes a spec and its files. */
  'specs.remove': command<void>()(z.object({ id: specIdSchema }).strict()),
  /** Moves specs into this order (ids not listed keep their relative order, after these). */
  'specs.reorder': command<SpecSummary[]>()(z.object({ ids: z.array(specIdSchema).max(10_000) }).strict()),
  /** The full detail of one operation (`operationId` is the operation key, `GET /path`). */
  'specs.operation': command<OperationDetail>()(
    z.object({ specId: specIdSchema, operationId: z.string().min(3).max(maxOperationKeyLength) }).strict(),
  ),
  /** Every finding of a spec (import and strict validation), with JSON paths. */
  'specs.findings': command<SpecFindingsReport>()(z.object({ specId: specIdSchema }).strict()),
  /** The keys of the expanded tree nodes (as the renderer set them). */
  'specs.getExpanded': command<string[]>()(z.object({}).strict()),
  /** Replaces the expanded tree nodes; kept across restarts. */
  'specs.setExpanded': command<string[]>()(z.object({ keys: z.array(z.string().max(4200)).max(100_000) }).strict()),
};

/** Events of the specs domain. */
export const specsEvents = {
  /** The list of specs changed (import, update, removal, reorder, validation finished). */
  'specs.changed': event<SpecSummary[]>(),
  /** Strict validation of a spec finished (or failed to run). */
  'specs.validated': event<SpecValidated>(),
};
