/**
 * Commands for the request history: every request sent, with tokens and secrets removed before it
 * is written, searchable and re-openable in the builder.
 */
import { z } from 'zod';
import type { Header, HttpMethod } from './http';
import { command, event } from './define';

/** One line of the history list. */
export interface HistorySummary {
  id: string;
  /** ISO-8601 time the request was sent. */
  time: string;
  method: HttpMethod;
  /** The URL as sent (variables replaced, secrets masked). */
  url: string;
  /** The status, or absent when no response arrived. */
  status?: number;
  durationMs?: number;
  /** Response size in bytes. */
  size?: number;
  environmentId?: string;
  environmentName?: string;
  connectionId?: string;
  operationId?: string;
  /** The error code when the request failed without a response ('unreachable', 'timeout' …). */
  errorCode?: string;
  /** 'fetchAll' for a fetch-all run (one entry for all its pages). */
  kind: 'send' | 'fetchAll';
}

/** A whole history entry, enough to re-open the request in the builder. */
export interface HistoryEntry extends HistorySummary {
  /** The URL as the user wrote it, `{{variables}}` included. */
  urlTemplate?: string;
  /** Request headers without Authorization, cookies or anything carrying a token. */
  requestHeaders: Header[];
  requestBody?: string;
  /** True when `requestBody` was cut at 256 KB. */
  requestBodyTruncated?: boolean;
  statusText?: string;
  responseHeaders?: Header[];
  contentType?: string;
  /** The response body, up to 256 KB of text. */
  responseBody?: string;
  /** True when `responseBody` was cut at 256 KB or not kept (binary, too large). */
  responseBodyTruncated?: boolean;
  errorMessage?: string;
}

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
