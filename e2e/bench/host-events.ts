/** Listens to the web host's event stream from Node and notes when an event first arrives (wall clock). */
import type { WebHostProcess } from '../fixtures/launch-web-host';

/** A listener: `when(name)` resolves with `Date.now()` at the event's first arrival after `listen`. */
export interface HostEventClock {
  when(name: string, timeoutMs: number): Promise<number | undefined>;
  close(): void;
}

/** Subscribes to `/events` with the launch token; resolves once the stream is open. */
export async function listenToHost(web: Pick<WebHostProcess, 'origin' | 'token'>): Promise<HostEventClock> {
  const controller = new AbortController();
  const seen = new Map<string, number>();
  const waiters: { name: string; resolve: (at: number) => void }[] = [];
  const response = await fetch(`${web.origin}/events`, { headers: { Authorization: `Bearer ${web.token}` }, signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`the event stream answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = Date.now();
        buffer += value;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const name = /^event: (.+)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          if (name === undefined || seen.has(name)) continue;
          seen.set(name, at);
          for (const waiter of waiters.filter((w) => w.name === name)) waiter.resolve(at);
        }
      }
    } catch {
      // closed
    }
  })();
  return {
    when(name, timeoutMs) {
      const known = seen.get(name);
      if (known !== undefined) return Promise.resolve(known);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(undefined), timeoutMs);
        waiters.push({ name, resolve: (at) => (clearTimeout(timer), resolve(at)) });
      });
    },
    close: () => controller.abort(),
  };
}
