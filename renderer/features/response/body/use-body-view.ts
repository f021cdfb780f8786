/**
 * Prepares a body for the tabs: small bodies on the spot; big ones in the format worker, which also
 * keeps their text so the window holds only the rows on screen. A body kept by the host is relayed
 * to the worker chunk by chunk (never assembled in the window). The text views arrive first, the
 * table when all its rows are in. The worker ends with the view, which frees the body's memory.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Row, Table } from '../../../../shared/http/table';
import { useHost } from '../../../host/host-context';
import { streamBody, readBodyText, ReadCancelled, type ReadChunk } from './body-chunks';
import { analyseBody, type JsonState } from './body-view';
import type { TextMeta, TextMetaView, WorkerReply, WorkerRequest } from './format-messages';
import { pagedLines, type LinesPort } from './paged-lines';
import { linesInPage, type TextLines } from './text-lines';

/** Bodies up to this many characters are analysed on the main thread (well under 50 ms). */
const syncLimit = 256 * 1024;

/** Where a body's text comes from: inline in the response, or kept by the host under an id. */
export type BodySource = { kind: 'inline'; text: string } | { kind: 'kept'; id: string; size: number };

/** The text side of a prepared body: what the Pretty and Raw tabs draw. */
export interface ShownText {
  json: JsonState;
  /** Why JSON that was announced could not be read. */
  jsonError?: string;
  /** Formatted JSON, or the text as it came for anything else. */
  pretty: TextLines;
  /** The text as received. */
  raw: TextLines;
}

/** What is ready so far. */
export interface BodyViewState {
  /** Bytes of a kept body relayed so far, while it is being read. */
  reading?: { read: number; size: number };
  /** The Pretty and Raw views, once ready. */
  text?: ShownText;
  /** The table, once every row has arrived (undefined too when the body holds no list). */
  table?: Table;
  /** True once the table is settled: either present or known to be absent. */
  tableSettled: boolean;
  /** Why the body could not be read or prepared, as a sentence for the user. */
  error?: string;
}

interface Tagged extends BodyViewState {
  source?: BodySource;
}

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('./format-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

function viewInPage(text: string, kind: 'json' | 'text'): { text: ShownText; table?: Table } {
  const view = analyseBody(text, kind);
  const shown: ShownText = { json: view.json, pretty: linesInPage(view.pretty, view.prettyRows), raw: linesInPage(text, view.rawRows) };
  if (view.jsonError !== undefined) shown.jsonError = view.jsonError;
  return view.table ? { text: shown, table: view.table } : { text: shown };
}

function linesOf(meta: TextMeta, port: LinesPort, which: 'pretty' | 'raw'): TextLines {
  return meta.text !== undefined && meta.rows ? linesInPage(meta.text, meta.rows) : pagedLines(port, which, meta);
}

function shownFromWorker(view: TextMetaView, port: LinesPort): ShownText {
  const shown: ShownText = { json: view.json, pretty: linesOf(view.pretty, port, 'pretty'), raw: linesOf(view.raw, port, 'raw') };
  if (view.jsonError !== undefined) shown.jsonError = view.jsonError;
  return shown;
}

function readFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : 'The answer could not be read.';
  return `Shoreline could not read the answer: ${message} Send the request again to get a fresh copy.`;
}

const prepareFailure = (message: string) => `The answer could not be prepared for display: ${message}`;

/** Asks the worker and matches its answers to the questions by sequence number. */
function workerPort(worker: Worker): { port: LinesPort; settle: (reply: WorkerReply) => boolean } {
  let seq = 0;
  const waiting = new Map<number, (reply: WorkerReply) => void>();
  const ask = <T>(request: (seq: number) => WorkerRequest, take: (reply: WorkerReply) => T): Promise<T> =>
    new Promise((resolve) => {
      seq += 1;
      waiting.set(seq, (reply) => resolve(take(reply)));
      worker.postMessage(request(seq));
    });
  return {
    port: {
      lines: (which, from, to) => ask((s) => ({ type: 'lines', seq: s, which, from, to }), (r) => (r.type === 'lines' ? r.lines : [])),
      blob: (which) => ask((s) => ({ type: 'blob', seq: s, which }), (r) => (r.type === 'blob' ? r.blob : new Blob([]))),
      find: (which, query, fromRow) => ask((s) => ({ type: 'find', seq: s, which, query, fromRow }), (r) => (r.type === 'found' ? r.row : -1)),
    },
    settle(reply) {
      if (reply.type !== 'lines' && reply.type !== 'blob' && reply.type !== 'found') return false;
      waiting.get(reply.seq)?.(reply);
      waiting.delete(reply.seq);
      return true;
    },
  };
}

/** The prepared views of the body from `source` (undefined while the user has not asked to see it). */
export function useBodyView(source: BodySource | undefined, kind: 'json' | 'text'): BodyViewState {
  const host = useHost();
  const small = source?.kind === 'inline' && source.text.length <= syncLimit;
  const sync = useMemo(() => (small && source.kind === 'inline' ? viewInPage(source.text, kind) : undefined), [small, source, kind]);
  const [state, setState] = useState<Tagged>({ tableSettled: false });

  useEffect(() => {
    if (source === undefined || small) return;
    const controller = new AbortController();
    const set = (next: BodyViewState) => !controller.signal.aborted && setState({ ...next, source });
    const read: ReadChunk = (input) => host.invoke('http.bodyChunk', input);
    const onProgress = (done: number, size: number) => set({ reading: { read: done, size }, tableSettled: false });
    const onReadError = (error: unknown) => !(error instanceof ReadCancelled) && set({ tableSettled: true, error: readFailure(error) });

    const settleOnMainThread = () => {
      const text = source.kind === 'inline' ? Promise.resolve(source.text) : readBodyText(read, source.id, { signal: controller.signal, onProgress });
      text.then((body) => {
        const view = viewInPage(body, kind);
        set({ text: view.text, table: view.table, tableSettled: true });
      }, onReadError);
    };
    const worker = startWorker();
    if (!worker) {
      const timer = setTimeout(settleOnMainThread);
      return () => {
        controller.abort();
        clearTimeout(timer);
      };
    }
    const { port, settle } = workerPort(worker);
    const rows: Row[] = [];
    let shown: ShownText | undefined;
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (settle(reply)) return;
      if (reply.type === 'text') {
        shown = shownFromWorker(reply.view, port);
        set({ text: shown, tableSettled: false });
      } else if (reply.type === 'rows') for (const row of reply.rows) rows.push(row);
      else if (reply.type === 'error') set({ tableSettled: true, error: prepareFailure(reply.message) });
      else if (reply.type === 'done') {
        const table = reply.columns ? { rows, columns: reply.columns, itemsPath: reply.itemsPath ?? '' } : undefined;
        set({ text: shown, table, tableSettled: true });
      }
    };
    // A worker that cannot start (an old runtime, a policy) still leaves a working, if slower, view.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (!controller.signal.aborted) settleOnMainThread();
    };
    if (source.kind === 'inline') worker.postMessage({ type: 'analyse', kind, text: source.text } satisfies WorkerRequest);
    else {
      set({ reading: { read: 0, size: source.size }, tableSettled: false });
      // Each chunk goes straight on to the worker: the window never holds more than one.
      streamBody(read, source.id, { signal: controller.signal, onProgress }, (text) => worker.postMessage({ type: 'chunk', text } satisfies WorkerRequest)).then(
        () => {
          if (controller.signal.aborted) return;
          set({ tableSettled: false });
          worker.postMessage({ type: 'analyse', kind } satisfies WorkerRequest);
        },
        onReadError,
      );
    }
    return () => {
      controller.abort();
      worker.terminate();
    };
  }, [host, source, kind, small]);

  if (sync) return { text: sync.text, table: sync.table, tableSettled: true };
  if (source === undefined || state.source !== source) return source?.kind === 'kept' ? { reading: { read: 0, size: source.size }, tableSettled: false } : { tableSettled: false };
  return state;
}
