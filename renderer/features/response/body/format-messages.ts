/** The messages between the body view hook and the format worker. */
import type { Row, TableColumns } from '../../../../shared/http/table';
import type { TextView } from './body-view';

/** Asks the worker to analyse one body. */
export interface WorkerRequest {
  text: string;
  kind: 'json' | 'text';
}

/** A part of the worker's answer. */
export type WorkerReply =
  | { type: 'piece'; text: string }
  | { type: 'text'; view: Omit<TextView, 'pretty'> }
  | { type: 'rows'; rows: Row[] }
  | { type: 'done'; columns?: TableColumns; itemsPath?: string }
  | { type: 'error'; message: string };
