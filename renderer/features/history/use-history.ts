/** The history list for a search, kept fresh whenever an entry is added, deleted or cleared. */
import type { HistorySummary } from '../../../shared/contract/history';
import { useHostQuery } from '../../host/use-host-query';

/** Entries the list holds at most; a search finds older ones. */
export const historyPageSize = 500;

/** What the list shows for one search. */
export interface HistoryList {
  entries: HistorySummary[];
  total: number;
  loading: boolean;
  error?: string;
}

/** The entries matching `query` (newest first), reloaded on `history.changed`. */
export function useHistory(query: string): HistoryList {
  const trimmed = query.trim();
  // Until the new search answers, keep the previous list (as loading) rather than flashing "no match".
  const list = useHostQuery('history.list', { query: trimmed === '' ? undefined : trimmed, limit: historyPageSize }, { refreshOn: ['history.changed'], keepPrevious: true });
  return { entries: list.data?.entries ?? [], total: list.data?.total ?? 0, loading: list.loading, ...(list.error && { error: list.error.message }) };
}
