/**
 * The open tabs, as kept across restarts (`workspace.json`): each tab's request as the request model
 * (its draft), where it came from, whether it is a preview, unsaved, and which part was showing.
 * Answers are not kept: they can be large, and a restart starts from the request.
 */
import { z } from 'zod';
import { collectionIdSchema } from './collection';
import { requestSchema } from './request';
import { specIdSchema } from './spec-id';
import { maxOperationKeyLength } from '../openapi/limits';

/** Where a tab's request came from. */
export const tabSourceSchema = z.discriminatedUnion('kind', [
  /** An endpoint opened from the explorer: its edits are also kept per endpoint (drafts). */
  z.object({ kind: z.literal('operation'), specId: specIdSchema, operationId: z.string().min(3).max(maxOperationKeyLength) }).strict(),
  /** A request saved in a collection. */
  z.object({ kind: z.literal('saved'), collectionId: collectionIdSchema, itemId: collectionIdSchema }).strict(),
  /** A new request (Ctrl+N). */
  z.object({ kind: z.literal('blank') }).strict(),
  /** A request re-opened from history. */
  z.object({ kind: z.literal('history'), historyId: z.string().min(1).max(128) }).strict(),
]);

/** Where a tab's request came from. */
export type TabSource = z.infer<typeof tabSourceSchema>;

/** A tab id (`t-…`). */
export const tabIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Not a tab id.');

/** One open tab, as kept. */
export const workspaceTabSchema = z
  .object({
    id: tabIdSchema,
    source: tabSourceSchema,
    /** The tab's title: the saved name, the endpoint's summary, "New request" … */
    title: z.string().max(300),
    /** The request as edited now. */
    request: requestSchema,
    /** A preview tab (italic title) is replaced by the next single click in the explorer; editing pins it. */
    preview: z.boolean().default(false),
    /** Changes not saved into a collection. */
    dirty: z.boolean().default(false),
    /** The part of the request shown (Parameters, Body …). */
    subTab: z.string().max(40).optional(),
    /** The environment the request goes to instead of the active one (a tab re-opened from history remembers where it was sent). */
    environmentId: z.string().min(1).max(256).optional(),
  })
  .strict();

/** One open tab. */
export type WorkspaceTab = z.output<typeof workspaceTabSchema>;

/** Most tabs kept open. */
export const maxTabs = 100;

/** The open tabs and which one is shown. */
export const workspaceSchema = z
  .object({
    tabs: z.array(workspaceTabSchema).max(maxTabs).default([]),
    activeId: tabIdSchema.nullable().default(null),
  })
  .strict();

/** The open tabs and which one is shown. */
export type Workspace = z.output<typeof workspaceSchema>;
