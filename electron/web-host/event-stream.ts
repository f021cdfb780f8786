/** Pushes contract events to a browser over Server-Sent Events. */
import type { ServerResponse } from 'node:http';
import type { EventBus } from '../services/events/event-bus';

const keepAliveMs = 20_000;

/** Streams every event on `bus` to `res` until the client goes away. */
export function streamEvents(bus: EventBus, res: ServerResponse): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = bus.subscribe((name, payload) => {
    res.write(`event: ${name}\ndata: ${JSON.stringify(payload ?? null)}\n\n`);
  });
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), keepAliveMs);
  res.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}
