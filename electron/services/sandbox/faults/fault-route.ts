/**
 * The HTTP face of the fault controls, for tests that run the Sandbox in another process
 * (`npm run sandbox -- --test-controls`). It exists only when the Sandbox was started in test mode:
 *
 * - `GET /__sandbox/faults` — what is pending and what was done;
 * - `POST /__sandbox/faults` with `{"drop": N}` or `{"status": 503|429, "count": N, "retryAfter": S}`;
 * - `DELETE /__sandbox/faults` — cancel what is pending.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readLimitedBody } from '../http/read-limited-body';
import { sendJson } from '../http/send-json';
import type { SandboxFaults } from './fault-controls';

/** The path of the fault route. */
export const faultPath = '/__sandbox/faults';

function problem(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: 'bad_request', message });
}

async function applyOrder(req: IncomingMessage, res: ServerResponse, faults: SandboxFaults): Promise<void> {
  let order: Record<string, unknown>;
  try {
    const body = await readLimitedBody(req, 4096);
    if (body === 'too_large') throw new Error('too large');
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    order = parsed as Record<string, unknown>;
  } catch {
    return problem(res, 400, 'Send a JSON object: {"drop": N} or {"status": 503|429, "count": N, "retryAfter": S}.');
  }
  try {
    if (order.drop !== undefined) faults.dropConnections(order.drop as number);
    if (order.status !== undefined) faults.failRequests(order.status as 503 | 429, (order.count ?? 1) as number, order.retryAfter as number | undefined);
    if (order.drop === undefined && order.status === undefined) return problem(res, 400, 'Say what to do: "drop" or "status".');
  } catch (error) {
    return problem(res, 400, error instanceof Error ? error.message : 'Bad fault order.');
  }
  sendJson(res, 200, faults.state());
}

/** Serves the fault route. */
export function serveFaultRoute(req: IncomingMessage, res: ServerResponse, faults: SandboxFaults): void {
  if (req.method === 'GET') return sendJson(res, 200, faults.state());
  if (req.method === 'DELETE') {
    faults.clear();
    return sendJson(res, 200, faults.state());
  }
  if (req.method === 'POST') {
    applyOrder(req, res, faults).catch(() => {
      if (!res.headersSent) problem(res, 400, 'The fault order could not be read.');
    });
    return;
  }
  sendJson(res, 405, { error: 'method_not_allowed', message: `${req.method} is not supported here.` }, { Allow: 'GET, POST, DELETE' });
}
