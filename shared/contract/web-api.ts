/** The web host's HTTP paths that both sides name: the host serves them, the browser transport calls them. */

/**
 * `POST /rpc-batch`: several commands in one request. The body is a list of {@link BatchCall}; the
 * answer is `{ ok: true, value: [result, …] }`, one result per call in the same order, each exactly
 * what `POST /rpc/<name>` would have answered (so one failed call fails alone).
 */
export const rpcBatchPath = '/rpc-batch';

/** The most calls one batch may carry (the first screen asks about a dozen questions). */
export const maxBatchCalls = 32;

/** One call in a batch: a command's name and its input (`{}` when absent). */
export interface BatchCall {
  name: string;
  input?: unknown;
}
