/** The history list for a search, kept fresh whenever an entry is added, deleted or cleared. */
import { useEffect, useRef, useState } from 'react';
import type { HistorySummary } from '../../../shared/contract/history';
import { HostError } from '../../host/host';
import { useHost } from '../../host/host-context';

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
  const host = useHost();
  const [list, setList] = useState<HistoryList & { query?: string }>({ entries: [], total: 0, loading: true });
  const sequence = useRef(0);
  useEffect(() => {
    let live = true;
    const load = () => {
      const ticket = ++sequence.current;
      host.invoke('history.list', { query: query.trim() === '' ? undefined : query.trim(), limit: historyPageSize }).then(
        ({ entries, total }) => live && ticket === sequence.current && setList({ entries, total, loading: false, query }),
        (error: unknown) => {
          if (!live || ticket !== sequence.current) return;
          const message = error instanceof HostError ? error.error.message : 'The history could not be read.';
          setList((current) => ({ ...current, loading: false, error: message, query }));
        },
      );
    };
    load();
    const stop = host.on('history.changed', load);
    return () => {
      live = false;
      stop();
    };
  }, [host, query]);
  // Until the new search answers, show the previous list as loading rather than flashing "no match".
  return list.query === query ? list : { ...list, loading: true };
}
