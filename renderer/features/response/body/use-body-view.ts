/**
 * Prepares a body's text for the tabs: small bodies on the spot, big ones in the format worker so
 * the window never stalls. The text views arrive first, the table when all its rows are in.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Row, Table } from '../../../../shared/http/table';
import { analyseBody, type TextView } from './body-view';
import type { WorkerReply } from './format-messages';

/** Bodies up to this many characters are analysed on the main thread (well under 50 ms). */
const syncLimit = 256 * 1024;

/** What is ready so far. */
export interface BodyViewState {
  /** The Pretty and Raw views, once ready. */
  text?: TextView;
  /** The table, once every row has arrived (undefined too when the body holds no list). */
  table?: Table;
  /** True once the table is settled: either present or known to be absent. */
  tableSettled: boolean;
  /** Why the body could not be prepared. */
  error?: string;
}

interface Tagged extends BodyViewState {
  source?: string;
}

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('./format-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

/** The prepared views of `text` (undefined while the text itself is still being read). */
export function useBodyView(text: string | undefined, kind: 'json' | 'text'): BodyViewState {
  const small = text !== undefined && text.length <= syncLimit;
  const sync = useMemo(() => (small && text !== undefined ? analyseBody(text, kind) : undefined), [small, text, kind]);
  const [state, setState] = useState<Tagged>({ tableSettled: false });

  useEffect(() => {
    if (text === undefined || small) return;
    const settleOnMainThread = () => {
      const view = analyseBody(text, kind);
      setState({ source: text, text: view, table: view.table, tableSettled: true });
    };
    const worker = startWorker();
    if (!worker) {
      const timer = setTimeout(settleOnMainThread);
      return () => clearTimeout(timer);
    }
    const rows: Row[] = [];
    const pieces: string[] = [];
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'piece') pieces.push(reply.text);
      else if (reply.type === 'text') setState({ source: text, text: { ...reply.view, pretty: pieces.join('') }, tableSettled: false });
      else if (reply.type === 'rows') for (const row of reply.rows) rows.push(row);
      else if (reply.type === 'error') setState({ source: text, tableSettled: true, error: reply.message });
      else {
        const table = reply.columns ? { rows, columns: reply.columns, itemsPath: reply.itemsPath ?? '' } : undefined;
        setState((current) => ({ ...current, source: text, table, tableSettled: true }));
        // Ending a worker that holds a big heap takes a moment; not in the same task as the table's first paint.
        setTimeout(() => worker.terminate(), 500);
      }
    };
    // A worker that cannot start (an old runtime, a policy) still leaves a working, if slower, view.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      settleOnMainThread();
    };
    worker.postMessage({ text, kind });
    return () => worker.terminate();
  }, [text, kind, small]);

  if (sync) return { text: sync, table: sync.table, tableSettled: true };
  if (text === undefined || state.source !== text) return { tableSettled: false };
  return state;
}
