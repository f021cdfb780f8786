/**
 * Commands that keep each operation's request draft (ticked parameters, values, body) across
 * restarts, keyed by `<specId>:<METHOD path>` — so re-importing a newer spec keeps them where the
 * operation still exists.
 */
import { z } from 'zod';
import { maxOperationRefLength, maxPathLength } from '../openapi/limits';
import type { RequestDraft } from '../openapi/request-draft';
import { command } from './define';

const paramSchema = z
  .object({
    name: z.string().max(500),
    in: z.enum(['path', 'query', 'header', 'cookie']),
    enabled: z.boolean(),
    value: z.union([z.string().max(100_000), z.array(z.string().max(100_000)).max(1000)]),
    required: z.boolean(),
    isArray: z.boolean(),
    style: z.string().max(40),
    explode: z.boolean(),
    allowReserved: z.boolean(),
  })
  .strict();

/** A request draft as it crosses the boundary. */
export const requestDraftSchema = z
  .object({
    method: z.enum(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE']),
    path: z.string().max(maxPathLength),
    params: z.array(paramSchema).max(1000),
    contentType: z.string().max(200).optional(),
    body: z.string().max(1024 * 1024).optional(),
  })
  .strict();

const keySchema = z.string().min(3).max(maxOperationRefLength);

/** The drafts domain of the contract. */
export const draftsCommands = {
  /** The saved draft of an operation, or null. */
  'drafts.get': command<RequestDraft | null>()(z.object({ key: keySchema }).strict()),
  /** Saves an operation's draft (the oldest drafts are dropped past 500). */
  'drafts.put': command<void>()(z.object({ key: keySchema, draft: requestDraftSchema }).strict()),
};
