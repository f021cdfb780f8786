/**
 * The web host: the built renderer and the contract's handlers over HTTP on 127.0.0.1, guarded by a
 * per-launch token. It is how Shoreline runs in a browser and how it is tested end to end where no
 * Electron binary exists. `POST /rpc/<command>` takes the input as JSON and answers a `Result`;
 * `POST /rpc-batch` answers several commands at once (see shared/contract/web-api.ts); `POST
 * /upload/spec` takes a spec file as its raw bytes (see spec-upload.ts).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch, validateInput } from '../../shared/contract/dispatch';
import type { Handlers } from '../../shared/contract/index';
import { maxBatchCalls, rpcBatchPath, type BatchCall } from '../../shared/contract/web-api';
import type { EventBus } from '../services/events/event-bus';
import { streamEvents } from './event-stream';
import { readBody } from './read-body';
import { checkAddressing, checkToken } from './request-guard';
import { handleSpecUpload, specUploadPath, type ImportSpecBytes } from './spec-upload';
import { serveStatic } from './static-files';

/** What the web host needs to run. */
export interface WebHostOptions {
  handlers: Handlers;
  /** Imports an uploaded spec file's UTF-8 bytes (the specs service's `importBytes`). */
  importSpecBytes: ImportSpecBytes;
  bus: EventBus;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Fixed token for tests; a random one otherwise. */
  token?: string;
}

/** A running web host. */
export interface WebHost {
  port: number;
  token: string;
  /** The address to open, with the token in the fragment so it never reaches a server log. */
  url: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

const lingerMs = 2_000;

function lingerThenClose(req: IncomingMessage): void {
  const timer = setTimeout(() => req.destroy(), lingerMs);
  timer.unref();
  req.on('end', () => clearTimeout(timer));
  req.resume();
}

/**
 * The request's JSON body (`empty` when it has none), or undefined once the client has been answered
 * with what is wrong: too large (413) or not JSON (400).
 */
async function readJson(req: IncomingMessage, res: ServerResponse, empty: unknown): Promise<{ value: unknown } | undefined> {
  const body = await readBody(req);
  if (body === 'too_large') {
    // Answer at once and close the connection afterwards. Until then the rest of the body is
    // discarded unread for a moment (a "lingering close"), so the client sees the 413 rather than a reset.
    res.setHeader('Connection', 'close');
    sendError(res, 413, 'too_large', 'That request is larger than the 10 MB Shoreline accepts.');
    lingerThenClose(req);
    return undefined;
  }
  if (body.length === 0) return { value: empty };
  try {
    return { value: JSON.parse(body.toString('utf8')) };
  } catch {
    sendError(res, 400, 'invalid_input', 'The request body is not valid JSON.');
    return undefined;
  }
}

/** A signal that aborts when the client goes away before its answer is written. */
function abortedWhenGone(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

async function handleRpc(req: IncomingMessage, res: ServerResponse, handlers: Handlers, name: string): Promise<void> {
  const body = await readJson(req, res, {});
  if (!body) return;
  const checked = validateInput(name, body.value);
  if (!checked.ok) {
    sendJson(res, checked.error.error.code === 'unknown_command' ? 404 : 400, checked.error);
    return;
  }
  const result = await dispatch(handlers, name, body.value, { signal: abortedWhenGone(res) });
  if (!res.destroyed) sendJson(res, 200, result);
}

/**
 * Several commands in one request, each answered as its own `/rpc/<name>` would be (a failed one
 * fails alone). The window asks its first screen's dozen questions this way: a new tab has no open
 * connections, and a dozen requests beside the page's scripts wait in turn for the six a browser opens.
 */
async function handleRpcBatch(req: IncomingMessage, res: ServerResponse, handlers: Handlers): Promise<void> {
  const body = await readJson(req, res, []);
  if (!body) return;
  const calls = body.value;
  const isCall = (call: unknown): call is BatchCall => typeof call === 'object' && call !== null && typeof (call as { name?: unknown }).name === 'string';
  if (!Array.isArray(calls) || calls.length === 0 || calls.length > maxBatchCalls || !calls.every(isCall)) {
    sendError(res, 400, 'invalid_input', `A batch is a list of 1 to ${maxBatchCalls} commands, each with a name.`);
    return;
  }
  const signal = abortedWhenGone(res);
  // dispatch validates each input and never throws: an unknown or invalid command fails alone.
  const results = await Promise.all(calls.map(({ name, input }) => dispatch(handlers, name, input ?? {}, { signal })));
  if (!res.destroyed) sendJson(res, 200, { ok: true, value: results });
}

async function handleUpload(req: IncomingMessage, res: ServerResponse, options: WebHostOptions, url: URL): Promise<void> {
  const answer = await handleSpecUpload(req, url, options.handlers, options.importSpecBytes, abortedWhenGone(res));
  if (answer.status === 413) {
    res.setHeader('Connection', 'close');
    sendJson(res, 413, answer.result);
    lingerThenClose(req);
    return;
  }
  if (!res.destroyed) sendJson(res, answer.status, answer.result);
}

/** The path with its percent-escapes decoded, or undefined when one is broken (`/%E0%A4%A`): a bad request, not a failure. */
function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

async function route(req: IncomingMessage, res: ServerResponse, options: WebHostOptions, port: number, token: string) {
  const refusal = checkAddressing(req, port);
  if (refusal) return sendError(res, refusal.status, 'forbidden', refusal.message);
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  const rawPath = url.pathname;
  const path = decodePath(rawPath);
  if (path === undefined) return sendError(res, 400, 'invalid_input', 'That is not a valid address: its percent-encoding is broken.');

  if (path.startsWith('/rpc/') || path === rpcBatchPath || path === '/events' || path === specUploadPath) {
    const noToken = checkToken(req, token);
    if (noToken) return sendError(res, noToken.status, 'unauthorized', noToken.message);
    if (path === '/events' && req.method === 'GET') return streamEvents(options.bus, res);
    if (req.method !== 'POST') return sendError(res, 405, 'invalid_input', 'Commands are sent with POST.');
    if (path === specUploadPath) return handleUpload(req, res, options, url);
    if (path === rpcBatchPath) return handleRpcBatch(req, res, options.handlers);
    return handleRpc(req, res, options.handlers, path.slice('/rpc/'.length));
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'invalid_input', 'Only GET is served here.');
  return serveStatic(options.staticDir, rawPath, res); // it decodes once, as the app:// scheme does
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts the web host on 127.0.0.1. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = 0;
  const server = createServer((req, res) => {
    route(req, res, options, port, token).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'internal', 'Something went wrong inside Shoreline.');
      else res.destroy();
    });
  });
  // A slow or stalled client must not hold a socket for ever.
  server.requestTimeout = 120_000;
  server.headersTimeout = 20_000;
  port = await listen(server, options.port ?? 0);
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
