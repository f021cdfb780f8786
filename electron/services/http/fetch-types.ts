/**
 * The slice of `fetch` the executor uses, so undici's fetch (with a proxy dispatcher) and Electron's
 * `net.fetch` (system proxy and trusted CAs) can both be plugged in.
 */

/** The options the executor passes. */
export interface FetchInit {
  method: string;
  headers: Array<[string, string]>;
  body?: string;
  signal: AbortSignal;
  redirect: 'follow';
}

/** A readable body stream, as web streams have it. */
export interface BodyStreamLike {
  getReader(): {
    read(): Promise<{ done: boolean; value?: Uint8Array }>;
    cancel(reason?: unknown): Promise<void>;
    releaseLock(): void;
  };
}

/** The response fields the executor reads. */
export interface FetchResponseLike {
  status: number;
  statusText: string;
  headers: { forEach(callback: (value: string, name: string) => void): void };
  body: BodyStreamLike | null;
}

/** A fetch function. */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponseLike>;
