/** 50 sends at once through the Sandbox environment with no token yet: how many token requests reach the server. */
import type { BenchApp } from './node-app';

/** What the burst did. */
export interface TokenBurst {
  sends: number;
  answeredOk: number;
  tokenRequests: number;
}

/** Fires `count` concurrent sends on a cold token and counts the Sandbox's token requests. */
export async function measureTokenBurst(bench: BenchApp, count: number): Promise<TokenBurst> {
  const sandbox = bench.app.services.sandbox.current();
  if (!sandbox) throw new Error('The Sandbox is not running.');
  const before = sandbox.stats.tokenRequests;
  const responses = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      bench.send({ requestId: `burst-${i}`, environmentId: 'sandbox', method: 'GET', url: '{{baseUrl}}/api/v1/volumes?limit=1' }),
    ),
  );
  return { sends: count, answeredOk: responses.filter((r) => r.status === 200).length, tokenRequests: sandbox.stats.tokenRequests - before };
}
