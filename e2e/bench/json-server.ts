/** A loopback HTTP server answering fixed JSON bodies by path: the "API" the request measurements call. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running server. */
export interface JsonServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** Serves `bodies[path]` as application/json on 127.0.0.1; 404 for anything else. */
export async function startJsonServer(bodies: Record<string, Buffer>): Promise<JsonServer> {
  const server = createServer((req, res) => {
    const body = bodies[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    req.resume();
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"not found"}');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length }).end(body);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
