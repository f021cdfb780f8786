/**
 * Commands for the request history: every request sent, with tokens and secrets removed before it
 * is written, searchable and re-openable in the builder.
 */
import { z } from 'zod';
import { requestSchema, sendableMethodSchema } from '../model/request';
import { command, event } from './define';

/** A header as kept in history (already redacted; names are not re-checked). */
const keptHeaderSchema = z.object({ name: z.string().max(1000), value: z.string().max(100_000) });

/** One line of the history list. */
export const historySummarySchema = z.object({
  id: z.string().min(1).max(128),
  /** ISO-8601 time the request was sent. */
  time: z.string().max(64),
  /** Only what can be sent is ever recorded. */
  method: sendableMethodSchema,
  /** The URL as sent (variables replaced, secrets masked). */
  url: z.string(),
  /** The status, or absent when no response arrived. */
  status: z.number().int().optional(),
  durationMs: z.number().optional(),
  /** Response size in bytes. */
  size: z.number().optional(),
  environmentId: z.string().optional(),
  environmentName: z.string().optional(),
  connectionId: z.string().optional(),
  operationId: z.string().optional(),
  /** The error code when the request failed without a response ('unreachable', 'timeout' …). */
  errorCode: z.string().optional(),
  /** 'fetchAll' for a fetch-all run (one entry for all its pages). */
  kind: z.enum(['send', 'fetchAll']).catch('send'),
});

/** One line of the history list. */
export type HistorySummary = z.infer<typeof historySummarySchema>;

/** A whole history entry: the request as the user wrote it, what was sent, and the answer. */
export const historyEntrySchema = historySummarySchema.extend({
  /** The request as the user wrote it (`{{variables}}` kept, secrets removed): re-open it as it was. */
  request: requestSchema,
  /** The URL as the user wrote it, `{{variables}}` included. */
  urlTemplate: z.string().optional(),
  /** Request headers as sent, without Authorization, cookies or anything carrying a token. */
  requestHeaders: z.array(keptHeaderSchema),
  requestBody: z.string().optional(),
  /** True when `requestBody` was cut at 256 KB. */
  requestBodyTruncated: z.boolean().optional(),
  statusText: z.string().optional(),
  responseHeaders: z.array(keptHeaderSchema).optional(),
  contentType: z.string().optional(),
  /** The response body, up to 256 KB of text. */
  responseBody: z.string().optional(),
  /** True when `responseBody` was cut at 256 KB or not kept (binary, too large). */
  responseBodyTruncated: z.boolean().optional(),
  errorMessage: z.string().optional(),
});

/** A whole history entry, enough to re-open the request in the builder. */
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** The history domain of the contract. */
export const historyCommands = {
  /** The newest entries first, filtered by words found in method, URL, status, environment or operation. */
  'history.list': command<{ entries: HistorySummary[]; total: number }>()(
    z
      .object({
        query: z.string().max(1000).optional(),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  /** One entry, to re-open it. */
  'history.get': command<HistoryEntry>()(z.object({ id: z.string().min(1).max(128) }).strict()),
  /** Deletes one entry. */
  'history.delete': command<void>()(z.object({ id: z.string().min(1).max(128) }).strict()),
  /** Deletes every entry. */
  'history.clear': command<void>()(z.object({}).strict()),
};

/** Events of the history domain. */
export const historyEvents = {
  /** An entry was added, deleted, or the history was cleared. */
  'history.changed': event<{ reason: 'added' | 'deleted' | 'cleared'; id?: string }>(),
};
