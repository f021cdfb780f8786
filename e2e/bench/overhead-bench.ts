/**
 * What Shoreline adds to a request on loopback: the same small JSON fetched with a bare `fetch`
 * and through `http.send` (validation, variables, token, exchange, answer shaping, history),
 * interleaved so both see the same machine state.
 */
import { performance } from 'node:perf_hooks';
import type { BenchApp } from './node-app';

/** Per-request times, one per round of each way. */
export interface OverheadSamples {
  bare: number[];
  send: number[];
  /** Through the Sandbox environment, so its (cached) token is added. */
  sendWithToken: number[];
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Runs `rounds` rounds (after `warmup` unrecorded ones), rotating which way goes first. */
export async function measureOverhead(bench: BenchApp, url: string, rounds: number, warmup: number): Promise<OverheadSamples> {
  const samples: OverheadSamples = { bare: [], send: [], sendWithToken: [] };
  let id = 0;
  const ways: Record<keyof OverheadSamples, () => Promise<unknown>> = {
    bare: async () => {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      JSON.parse(await response.text());
    },
    send: () => bench.send({ requestId: `overhead-${id++}`, method: 'GET', url }),
    sendWithToken: () => bench.send({ requestId: `overhead-${id++}`, environmentId: 'sandbox', method: 'GET', url }),
  };
  const order = Object.keys(ways) as (keyof OverheadSamples)[];
  for (let round = 0; round < warmup + rounds; round++) {
    for (let k = 0; k < order.length; k++) {
      const way = order[(round + k) % order.length]!;
      const ms = await timed(ways[way]);
      if (round >= warmup) samples[way].push(ms);
    }
  }
  return samples;
}

/** Paired differences `a[i] - b[i]` (same round, so machine noise mostly cancels). */
export function pairedDifferences(a: readonly number[], b: readonly number[]): number[] {
  return a.map((value, i) => value - (b[i] ?? Number.NaN));
}
