/**
 * The Watch memory row: one watch after 10,000 polls that found 100,000 distinct items must hold a
 * bounded amount of memory (seen keys capped, oldest dropped first; found items capped). Measured in
 * a child process started with `--expose-gc`, so the heap is read after full collections and no
 * other benchmark's garbage is counted.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './report';

/** The stated cap on a watch's heap growth. */
export const watchMemoryCapBytes = 8 * 1024 * 1024;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

interface ProbeResult {
  polls: number;
  distinct: number;
  shown: number;
  found: number;
  growthBytes: number;
  checkpoints: Record<string, number>;
  storeBytes: number;
  keptItems: number;
  msPerPoll: number;
}

/** Runs the probe and turns it into rows. */
export async function watchMemoryStep(polls = 10_000, perPoll = 10): Promise<BenchRow[]> {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'e2e/bench/watch-memory-probe.ts', String(polls), String(perPoll)], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`the watch memory probe failed: ${(run.stderr || run.error?.message || '').split('\n')[0]}`);
  const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as ProbeResult;
  if (result.shown !== result.distinct) throw new Error(`the watch showed ${result.shown} of ${result.distinct} items`);
  const marks = Object.entries(result.checkpoints)
    .map(([poll, bytes]) => `${Number(poll).toLocaleString('en')}: +${mib(bytes)}`)
    .join(', ');
  const label = `Watch memory: one watch after ${result.polls.toLocaleString('en')} polls with ${result.distinct.toLocaleString('en')} distinct items (time cursor, all ${result.shown.toLocaleString('en')} shown once)`;
  return [
    { what: `${label}: heap growth after full GC`, measured: `+${mib(result.growthBytes)} (after poll ${marks})`, target: `< ${mib(watchMemoryCapBytes)}`, pass: result.growthBytes < watchMemoryCapBytes },
    { what: 'Watch memory: what it keeps', measured: `${result.keptItems} found items to show; saved document ${(result.storeBytes / 1024).toFixed(0)} KB; ${result.msPerPoll.toFixed(2)} ms per poll`, target: '—', pass: undefined },
  ];
}
