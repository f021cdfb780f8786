/**
 * Test helper: a real HTTP server on 127.0.0.1 (random port) that records what it receives, plus
 * a tiny CONNECT proxy — so the executor is tested over real sockets, not mocks.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/** A request as the server saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** Answers one request. */
export type TestHandler = (request: SeenRequest, response: ServerResponse) => unknown;

/** A running test server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  seen: SeenRequest[];
  /** Resolves when the server has received `count` requests in all. */
  received(count: number): Promise<void>;
  close(): Promise<void>;
}

function track(server: Server): () => Promise<void> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** Starts a server that records each request and lets `handler` answer it. */
export async function startTestServer(handler: TestHandler): Promise<TestServer> {
  const seen: SeenRequest[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(request);
      for (const waiter of waiters.filter((w) => seen.length >= w.count)) waiter.resolve();
      void Promise.resolve(handler(request, res)).catch(() => res.destroy());
    });
  });
  const close = track(server);
  const port = await listen(server);
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    seen,
    received: (count) => (seen.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve }))),
    close,
  };
}

/** A port where nothing listens (a server was started there and closed). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A running CONNECT proxy that records the targets it tunnels to. */
export interface TestProxy {
  url: string;
  targets: string[];
  close(): Promise<void>;
}

/** Starts an HTTP proxy that tunnels CONNECT requests (as undici's proxy agent sends them). */
export async function startTestProxy(): Promise<TestProxy> {
  const targets: string[] = [];
  const server = createServer((_req, res) => {
    res.statusCode = 405;
    res.end();
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    targets.push(target);
    const [host, port] = target.split(':');
    const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const close = track(server);
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, targets, close };
}
