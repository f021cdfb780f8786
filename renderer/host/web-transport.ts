/**
 * The browser transport: `POST /rpc/<command>` with the per-launch token, and events over a
 * streamed `GET /events`. The token arrives in the address's fragment once; it is kept for this tab
 * only (sessionStorage, so a reload works) and removed from the address bar.
 */
import { rpcBatchPath } from '../../shared/contract/web-api';
import type { AppError, Result } from '../../shared/errors';
import { isAppError } from '../../shared/errors';
import type { SpecUploadInput, Transport } from './host';
import { createSseParser } from './sse-reader';

const tokenKey = 'shoreline.token';

/** Reads the token from `#token=…` (then hides it) or from this tab's storage. */
export function takeToken(): string | undefined {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = match[1];
    // The first use of sessionStorage in a new tab opens its store (about 10 ms on a slow machine):
    // keeping the token and tidying the address wait until the first screen's questions have left.
    setTimeout(() => {
      sessionStorage.setItem(tokenKey, token);
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    });
    return token;
  }
  return sessionStorage.getItem(tokenKey) ?? undefined;
}

const lostToken: AppError = {
  code: 'unauthorized',
  message: 'This tab is not connected to Shoreline. Open the address Shoreline printed when it started.',
};

/** A transport over the web host's HTTP API. */
export function createWebTransport(token: string | undefined): Transport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let streaming = false;

  async function stream(): Promise<void> {
    const parse = createSseParser((name, data) => {
      for (const listener of listeners.get(name) ?? []) listener(JSON.parse(data));
    });
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch('/events', { headers: { Authorization: `Bearer ${token}` } });
        if (!response.ok || !response.body) return;
        attempt = 0;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parse(value);
        }
      } catch {
        // the host restarted or the network blinked: reconnect below
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** attempt)));
    }
  }

  /** POSTs `body` to `path` with the token and reads the `Result` the host answers. */
  async function post(path: string, body: BodyInit, contentType: string): Promise<Result<unknown>> {
    if (!token) return { ok: false, error: lostToken };
    let response: Response;
    try {
      response = await fetch(path, { method: 'POST', headers: { 'Content-Type': contentType, Authorization: `Bearer ${token}` }, body });
    } catch {
      return { ok: false, error: { code: 'unreachable', message: 'Shoreline is not running any more. Start it again and reopen this page.' } };
    }
    if (response.status === 401) return { ok: false, error: lostToken };
    const answer: unknown = await response.json().catch(() => undefined);
    if (typeof answer === 'object' && answer !== null && 'ok' in answer) {
      const result = answer as Result<unknown>;
      if (result.ok || isAppError(result.error)) return result;
    }
    return { ok: false, error: { code: 'internal', message: `Shoreline answered with HTTP ${response.status}.` } };
  }

  return {
    kind: 'web',
    invoke: (name, input) => post(`/rpc/${encodeURIComponent(name)}`, JSON.stringify(input ?? {}), 'application/json'),
    async invokeAll(calls) {
      const answer = await post(rpcBatchPath, JSON.stringify(calls), 'application/json');
      if (!answer.ok) return calls.map(() => answer);
      return Array.isArray(answer.value) && answer.value.length === calls.length
        ? (answer.value as Result<unknown>[])
        : calls.map(() => ({ ok: false, error: { code: 'internal', message: 'Shoreline answered the commands in a form this window does not read.' } }));
    },
    uploadSpec(file: Blob, input: SpecUploadInput) {
      // The file's own bytes, streamed by the browser: no reading into a string, no JSON escaping.
      const query = new URLSearchParams({ fileName: input.fileName });
      if (input.replaceId) query.set('replaceId', input.replaceId);
      if (input.asNew) query.set('asNew', 'true');
      return post(`/upload/spec?${query}`, file, 'application/octet-stream');
    },
    on(name, listener) {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(listener);
      if (!streaming && token) {
        streaming = true;
        void stream();
      }
      return () => set.delete(listener);
    },
  };
}
