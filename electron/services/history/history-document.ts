/**
 * `history.jsonl`: one redacted entry a line, appended per request. Version 1 added `request`, the
 * request as the user wrote it (the model); a version-0 line (Shoreline 0.1) gets it from the URL
 * template, headers and body it kept.
 */
import { historyEntrySchema, type HistoryEntry, type HistorySummary } from '../../../shared/contract/history';
import { requestFromSent } from '../../../shared/model/request-send';
import type { LogDefinition } from '../store/document-store';

/** What memory keeps of an entry: its list line and the text search looks in. */
export interface KeptEntry {
  summary: HistorySummary;
  /** Method, URL, status, status text, environment, operation and error code, lower-case. */
  haystack: string;
}

const summaryKeys = ['id', 'time', 'method', 'url', 'status', 'durationMs', 'size', 'environmentId', 'environmentName', 'connectionId', 'operationId', 'errorCode', 'kind'] as const;

/** The list line of an entry. */
export function summarize(entry: HistoryEntry): HistorySummary {
  const summary: Record<string, unknown> = {};
  for (const key of summaryKeys) if (entry[key] !== undefined) summary[key] = entry[key];
  return summary as HistorySummary;
}

function haystack(entry: HistoryEntry): string {
  return [entry.method, entry.url, entry.status, entry.statusText, entry.environmentName, entry.operationId, entry.errorCode]
    .filter((part) => part !== undefined)
    .join(' ')
    .toLowerCase();
}

/** Version 0 → 1: the request model from what a 0.1 entry kept (its headers as sent, its body as sent). */
function addRequest(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const v0 = raw as Record<string, unknown>;
  const headers = Array.isArray(v0.requestHeaders) ? (v0.requestHeaders as { name: string; value: string }[]) : [];
  try {
    const request = requestFromSent({
      method: v0.method as HistoryEntry['method'],
      url: String(v0.urlTemplate ?? v0.url ?? ''),
      headers: headers.filter((h) => typeof h?.name === 'string' && typeof h?.value === 'string'),
      ...(typeof v0.requestBody === 'string' && { body: v0.requestBody }),
      ...(typeof v0.operationId === 'string' && { operationId: v0.operationId }),
    });
    return { ...v0, request };
  } catch {
    return v0;
  }
}

/** The history log. */
export const historyLog: LogDefinition<HistoryEntry, KeptEntry> = {
  file: 'history.jsonl',
  label: 'the request history',
  schema: historyEntrySchema,
  migrations: [addRequest],
  keep: (entry) => ({ summary: summarize(entry), haystack: haystack(entry) }),
  noun: ['entry', 'entries'],
};
