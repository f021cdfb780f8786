/**
 * Formats big bodies off the main thread and keeps them: parsing and pretty-printing 100 MB of
 * JSON takes seconds, and holding it (the text, its formatted form, their row indexes) would fill
 * the window's heap. The window relays the body's chunks here, gets the sizes, then asks for the
 * rows it draws. The table's rows go out in batches so no single message takes long to receive.
 * Terminating the worker (the answer left the screen) frees everything.
 */
import { createBodyDocument, type BodyDocument } from './body-document';
import type { WorkerReply, WorkerRequest } from './format-messages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

/** Rows per message: each message is received in one main-thread task, so keep them small. */
const rowsPerMessage = 500;
/** Messages per turn: between turns the worker answers the window's asks for text rows. */
const messagesPerTurn = 8;

let chunks: string[] = [];
let document: BodyDocument | undefined;

function analyse(text: string, kind: 'json' | 'text'): void {
  const doc = createBodyDocument(text, kind);
  document = doc;
  const transfer = [doc.meta.pretty.rows?.buffer, doc.meta.raw.rows?.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
  scope.postMessage({ type: 'text', view: doc.meta }, [...new Set(transfer)]);
  const table = doc.takeTable();
  if (!table) {
    scope.postMessage({ type: 'done' });
    return;
  }
  const turn = () => {
    if (document !== doc) return;
    for (let message = 0; message < messagesPerTurn; message += 1) {
      const rows = table.next(rowsPerMessage);
      if (rows.length === 0) {
        scope.postMessage({ type: 'done', columns: table.columns(), itemsPath: table.itemsPath });
        return;
      }
      scope.postMessage({ type: 'rows', rows });
    }
    setTimeout(turn);
  };
  setTimeout(turn);
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if (request.type === 'chunk') chunks.push(request.text);
    else if (request.type === 'analyse') {
      const text = request.text ?? chunks.join('');
      chunks = [];
      analyse(text, request.kind);
    } else if (request.type === 'lines') scope.postMessage({ type: 'lines', seq: request.seq, lines: document?.lines(request.which, request.from, request.to) ?? [] });
    else if (request.type === 'find') scope.postMessage({ type: 'found', seq: request.seq, row: document?.find(request.which, request.query, request.fromRow) ?? -1 });
    else scope.postMessage({ type: 'blob', seq: request.seq, blob: document?.blob(request.which) ?? new Blob([]) });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : 'The answer could not be prepared for display.' });
  }
};
