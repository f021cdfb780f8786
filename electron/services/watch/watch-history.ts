/**
 * The history entry of a check that found something — one per such check, never one per poll, so a
 * day of watching every minute does not push everything else out of the history. It reads like a
 * fetch-all: the first page asked for, and the new items as its body.
 */
import type { WatchItem } from '../../../shared/contract/watch';
import { requestFromSent } from '../../../shared/model/request-send';
import type { TickResult } from '../../../shared/watch/watch-tick';
import type { HistoryDraft } from '../history/history-draft';
import type { CheckFetcher } from './watch-fetcher';
import type { WatchRecord } from './watch-record';

/** The draft to record for a check of `record` that found `items`. */
export function historyDraftOf(
  record: WatchRecord,
  items: readonly WatchItem[],
  check: { result: TickResult; fetcher: CheckFetcher; durationMs: number },
  environmentName: string | undefined,
): HistoryDraft {
  const first = check.fetcher.first;
  // History keys an operation `<specId>:<METHOD path>`, as a send from the builder does.
  const operationId = record.request.operation && `${record.request.operation.specId}:${record.request.operation.operationId}`;
  const draft: HistoryDraft = {
    kind: 'fetchAll',
    method: record.request.method,
    url: check.result.firstUrl,
    urlTemplate: record.request.url,
    requestHeaders: first?.sent.headers ?? record.request.headers,
    durationMs: Math.round(check.durationMs),
    size: check.fetcher.bytes,
    contentType: 'application/json',
    responseBody: JSON.stringify(items.map((i) => i.item), null, 2),
    responseBodyTruncated: false,
    request: requestFromSent({
      method: record.request.method,
      url: record.request.url,
      headers: record.request.headers,
      ...(record.request.connectionId !== undefined && { connectionId: record.request.connectionId }),
      ...(operationId && { operationId }),
    }),
  };
  if (first) {
    draft.status = first.status;
    draft.statusText = first.statusText;
  }
  if (record.request.environmentId !== undefined) draft.environmentId = record.request.environmentId;
  draft.environmentName = environmentName ?? (record.request.environmentId === undefined ? 'No environment' : record.request.environmentId);
  if (typeof record.request.connectionId === 'string') draft.connectionId = record.request.connectionId;
  if (operationId) draft.operationId = operationId;
  return draft;
}
