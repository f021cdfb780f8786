/**
 * Formats big bodies off the main thread: parsing and pretty-printing 20 MB of JSON takes the
 * better part of a second, which on the UI thread would freeze the window. Replies come in parts —
 * the text views first, then the table's rows in batches — so no single message takes long to receive.
 */
import { tableFromBody } from '../../../../shared/http/table';
import { analyseText } from './body-view';
import type { WorkerReply, WorkerRequest } from './format-messages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

/** Rows per message: each message is received in one main-thread task, so keep them small. */
const rowsPerMessage = 500;
/** Characters per piece of the formatted text: one 40 MB string takes ~200 ms to receive, 1 MB pieces a few ms each. */
const pieceChars = 1024 * 1024;

scope.onmessage = (event) => {
  const { text, kind } = event.data;
  try {
    const { view, parsed } = analyseText(text, kind);
    const { pretty, ...rest } = view;
    for (let at = 0; at < pretty.length; at += pieceChars) scope.postMessage({ type: 'piece', text: pretty.slice(at, at + pieceChars) });
    const buffers = new Set<ArrayBuffer>([view.prettyRows.buffer as ArrayBuffer, view.rawRows.buffer as ArrayBuffer]);
    scope.postMessage({ type: 'text', view: rest }, [...buffers]);
    const table = view.json === 'valid' ? tableFromBody(parsed) : undefined;
    if (!table) {
      scope.postMessage({ type: 'done' });
      return;
    }
    for (let at = 0; at < table.rows.length; at += rowsPerMessage) {
      scope.postMessage({ type: 'rows', rows: table.rows.slice(at, at + rowsPerMessage) });
    }
    scope.postMessage({ type: 'done', columns: table.columns, itemsPath: table.itemsPath });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : 'The answer could not be prepared for display.' });
  }
};
