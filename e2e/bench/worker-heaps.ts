/**
 * The JavaScript heaps of a page's dedicated workers, read through the DevTools protocol: Playwright
 * does not expose a worker's CDP session, so the page's session auto-attaches to them (not flattened)
 * and asks each `Runtime.getHeapUsage` through `Target.sendMessageToTarget`.
 */
import type { CDPSession } from 'playwright-core';

/** Reads the summed heap of the page's workers alive at the moment of each call. */
export interface WorkerHeaps {
  /** Bytes used by all the page's workers now (0 when there are none). */
  read(): Promise<number>;
}

interface Reply {
  id?: number;
  result?: { usedSize: number };
}

/** Starts following the workers of the page `cdp` belongs to. */
export async function followWorkerHeaps(cdp: CDPSession): Promise<WorkerHeaps> {
  const sessions = new Set<string>();
  const waiting = new Map<number, (used: number) => void>();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (event: { sessionId: string; targetInfo: { type: string } }) => {
    if (event.targetInfo.type === 'worker') sessions.add(event.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (event: { sessionId: string }) => sessions.delete(event.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result?.usedSize ?? 0);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const heapOf = (sessionId: string) =>
    new Promise<number>((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => done(0), 2000);
      function done(used: number) {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(used);
      }
      waiting.set(id, done);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(() => done(0));
    });
  return { read: async () => (await Promise.all([...sessions].map(heapOf))).reduce((sum, used) => sum + used, 0) };
}
