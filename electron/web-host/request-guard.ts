/**
 * The checks every web-host request passes before anything else runs: it must be addressed to our
 * loopback address and port (DNS-rebinding defence), come from our own origin when it names one,
 * and carry the per-launch token for anything but the static renderer files.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Why a request was refused, with its HTTP status. */
export interface Refusal {
  status: 401 | 403;
  message: string;
}

/** True when both strings are equal, in constant time. */
function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Refuses requests for another host or from a foreign origin. */
export function checkAddressing(req: IncomingMessage, port: number): Refusal | undefined {
  const expectedHost = `127.0.0.1:${port}`;
  if (req.headers.host !== expectedHost) {
    return { status: 403, message: 'This Shoreline host only answers requests addressed to itself.' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${expectedHost}`) {
    return { status: 403, message: 'Requests from other web pages are not accepted.' };
  }
  return undefined;
}

/** Refuses requests without the per-launch token. */
export function checkToken(req: IncomingMessage, token: string): Refusal | undefined {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer (.+)$/.exec(header);
  if (!match?.[1] || !sameSecret(match[1], token)) {
    return { status: 401, message: 'This request lacks the token Shoreline printed when it started.' };
  }
  return undefined;
}
