/**
 * Turns what fetch throws into a ShorelineError in plain words. undici wraps the real cause
 * (`fetch failed` → ECONNREFUSED, an AggregateError of several addresses, a TLS error), so the
 * codes are collected from the whole chain; the raw text goes in `detail`, secrets masked.
 */
import { classifyNetworkFailure } from '../../../shared/http/network-failure';
import { hostOf } from '../../../shared/http/query';
import { redactText } from '../../../shared/http/redact';
import { ShorelineError } from '../../../shared/errors';

/** The error codes and messages on an error, its `cause` chain and any aggregated errors. */
export function errorFacts(thrown: unknown): { codes: string[]; messages: string[] } {
  const codes: string[] = [];
  const messages: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    const record = value as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof record.code === 'string' && !codes.includes(record.code)) codes.push(record.code);
    if (typeof record.message === 'string' && record.message !== '') messages.push(record.message);
    visit(record.cause, depth + 1);
    if (Array.isArray(record.errors)) for (const inner of record.errors) visit(inner, depth + 1);
  };
  visit(thrown, 0);
  return { codes, messages };
}

/** A ShorelineError ('unreachable', 'tls', 'network' or 'timeout') for a failed exchange with `url`. */
export function toNetworkError(thrown: unknown, url: string, secrets: readonly string[]): ShorelineError {
  if (thrown instanceof ShorelineError) return thrown;
  const { codes, messages } = errorFacts(thrown);
  const failure = classifyNetworkFailure(codes, hostOf(url), messages);
  const detail = redactText([...codes, ...messages].join(' — '), secrets);
  return new ShorelineError(failure.code, `${failure.title}. ${failure.advice}`, detail || undefined);
}
