/** Each benchmark step: run one measurement and turn it into table rows with the product's targets. */
import { statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { openAppSession } from './app-session';
import { writeBigSpec } from './big-spec';
import { measureBigResponse } from './big-response-bench';
import { fixtureDir, importAllFixtures } from './fixture-specs';
import { measureImports, type ImportSample } from './import-bench';
import type { ImportPhases } from './import-probe';
import { startJsonServer } from './json-server';
import { startBenchApp } from './node-app';
import { measureOverhead, pairedDifferences } from './overhead-bench';
import type { BenchRow } from './report';
import { measureSearch } from './search-bench';
import { measureSearchInPage } from './search-ui-bench';
import { max, mb, median, ms, percentile } from './stats';
import { makeTempDir } from './temp-dirs';
import { timeStartToAddress, touch, type StartSample } from './start-bench';
import { measureStoredSends } from './stored-sends-bench';
import { measureTokenBurst } from './token-burst-bench';

const longTaskTarget = 200;
/** Longest wait for an import's background validation to end and its tree refresh to be drawn. */
const maxSettleMs = 15_000;

function importRows(label: string, samples: ImportSample[], targetMs: number): BenchRow[] {
  const times = samples.map((s) => s.ms);
  const tasks = samples.map((s) => s.longestTaskMs);
  const rows: BenchRow[] = [
    { what: `${label}: file chosen → tree on screen`, measured: `median ${ms(median(times))} (min ${ms(Math.min(...times))}, max ${ms(max(times))}; n=${samples.length})`, target: `< ${ms(targetMs)}`, pass: median(times) < targetMs },
    { what: `${label}: longest main-thread task (file chosen → tree redrawn after background validation)`, measured: `max ${ms(max(tasks))} (per run: ${tasks.map((t) => (t === 0 ? '<50' : Math.round(t))).join(', ')} ms)`, target: `< ${longTaskTarget} ms`, pass: max(tasks) < longTaskTarget },
  ];
  const phases = samples.flatMap((s) => (s.phases ? [s.phases] : []));
  if (phases.length > 0) {
    const part = (key: keyof ImportPhases) => ms(median(phases.map((p) => p[key])));
    rows.push({ what: `${label}: where the time goes (medians)`, measured: `in the page before the first import call (read file, JSON-encode) ${part('beforeRequest')} · import calls (upload; host parses, indexes, saves) ${part('request')} · tree fetched + drawn ${part('afterResponse')}`, target: '—', pass: undefined });
  }
  return rows;
}

/** 1. The real 3.3 MB DSCC spec. */
export async function dsccImportStep(browser: Browser, runs: number): Promise<BenchRow[]> {
  const samples = await measureImports(browser, `${fixtureDir}/dscc-storage-api-v1.4.0.yaml`, runs, maxSettleMs);
  return importRows('Import dscc-storage-api-v1.4.0.yaml (3.3 MB YAML, 596 ops)', samples, 900);
}

/** 2. A generated spec over 10 MB. */
export async function bigImportStep(browser: Browser, runs: number): Promise<BenchRow[]> {
  const spec = writeBigSpec(makeTempDir('big-spec'), 10.5 * 1024 * 1024);
  const samples = await measureImports(browser, spec.path, runs, maxSettleMs);
  const label = `Import generated spec (JSON, ${mb(spec.fileBytes)} = ${spec.fileBytes.toLocaleString('en')} bytes, ${spec.operations.toLocaleString('en')} ops)`;
  return importRows(label, samples, 1500);
}

/** 3. Search over every fixture spec, in Node and in the page. */
export async function searchStep(browser: Browser): Promise<BenchRow[]> {
  const dir = makeTempDir('search');
  const tree = await importAllFixtures(dir);
  const node = measureSearch(tree, 5);
  const where = `${tree.length} specs, ${node.operations.toLocaleString('en')} ops`;
  const rows: BenchRow[] = [
    { what: `Search per keystroke, Node: searchOperations + result rows (${where}; ${node.perKeystrokeMs.length / 5} keystrokes × 5 passes)`, measured: `median ${ms(median(node.perKeystrokeMs))}, p95 ${ms(percentile(node.perKeystrokeMs, 95))}, max ${ms(max(node.perKeystrokeMs))}`, target: '< 16 ms (p95)', pass: percentile(node.perKeystrokeMs, 95) < 16 },
    { what: `Search index build (${where})`, measured: ms(node.indexMs), target: '—', pass: undefined },
  ];
  const session = await openAppSession(browser, { userDataDir: dir });
  try {
    const ui = await measureSearchInPage(session.page, 100);
    rows.push(
      { what: `Search per keystroke in the browser: key → explorer re-rendered, main-thread work (${where}; ${ui.workMs.length} keystrokes)`, measured: `median ${ms(median(ui.workMs))}, p95 ${ms(percentile(ui.workMs, 95))}, max ${ms(max(ui.workMs))}`, target: '< 16 ms (p95)', pass: percentile(ui.workMs, 95) < 16 },
      { what: 'Search per keystroke in the browser: key → next frame painted (includes waiting for the frame)', measured: `median ${ms(median(ui.paintMs))}, p95 ${ms(percentile(ui.paintMs, 95))}`, target: '—', pass: undefined },
    );
  } finally {
    await session.close();
  }
  return rows;
}

/** 4 and 6. The request path in this process: a cold-token burst, then the added latency. */
export async function requestStep(rounds: number): Promise<BenchRow[]> {
  const server = await startJsonServer({ '/small': Buffer.from(JSON.stringify({ items: [{ id: 'vol-1', name: 'volume-1', state: 'ok' }], count: 1, offset: 0, total: 1 })) });
  const bench = await startBenchApp(makeTempDir('requests'));
  try {
    const burst = await measureTokenBurst(bench, 50);
    const stored = await measureStoredSends(makeTempDir('stored'), server.origin, 3, 10);
    const samples = await measureOverhead(bench, `${server.origin}/small`, rounds, 30);
    const plain = pairedDifferences(samples.send, samples.bare);
    const token = pairedDifferences(samples.sendWithToken, samples.bare);
    const base = `bare fetch median ${ms(median(samples.bare))}`;
    return [
      { what: `Added latency of http.send over a bare fetch, no token (loopback, small JSON, ${rounds} interleaved pairs)`, measured: `median +${ms(median(plain))}, p95 +${ms(percentile(plain, 95))} (${base}, send median ${ms(median(samples.send))})`, target: '< 3 ms median', pass: median(plain) < 3 },
      { what: `Added latency of http.send over a bare fetch, Sandbox token cached (${rounds} pairs)`, measured: `median +${ms(median(token))}, p95 +${ms(percentile(token, 95))} (send median ${ms(median(samples.sendWithToken))})`, target: '< 3 ms median', pass: median(token) < 3 },
      {
        what: `Sends per second through http.send with ${stored.connections} connections and ${stored.environments} environments stored (10 in flight, ${stored.seconds.toFixed(1)} s, Sandbox token cached)`,
        measured: `${Math.round(stored.perSecond).toLocaleString('en')} sends/s (${stored.sends.toLocaleString('en')} sends, each recorded in history: ${stored.historyEntries.toLocaleString('en')} entries); ${stored.diskReads} reads of stored files while sending`,
        target: 'no disk read per call',
        pass: stored.diskReads === 0,
      },
      { what: '50 concurrent sends with a cold token (Sandbox): token requests', measured: `${burst.tokenRequests} token request(s); ${burst.answeredOk}/${burst.sends} answered 200`, target: 'exactly 1', pass: burst.tokenRequests === 1 && burst.answeredOk === burst.sends },
    ];
  } finally {
    await bench.close();
    await server.close();
  }
}

/** 5. A 20 MB answer through the UI. */
export async function bigResponseStep(browser: Browser, runs: number): Promise<BenchRow[]> {
  // 20,000,000 bytes: just under the 20 MiB above which Shoreline asks before showing an answer.
  const bytes = 20_000_000;
  const samples = await measureBigResponse(browser, bytes, runs, 1000);
  const pretty = samples.map((s) => s.prettyMs);
  const tables = samples.flatMap((s) => (s.tableMs === undefined ? [] : [s.tableMs]));
  const tasks = samples.map((s) => s.longestTaskMs);
  const label = `20 MB JSON answer (${bytes.toLocaleString('en')} bytes, {"items":[…]}) via Send`;
  return [
    { what: `${label}: click → Pretty view on screen`, measured: `median ${ms(median(pretty))} (max ${ms(max(pretty))}; n=${samples.length})`, target: '< 2 s', pass: median(pretty) < 2000 },
    { what: `${label}: click → table on screen`, measured: tables.length ? `median ${ms(median(tables))} (n=${tables.length})` : 'did not appear within 30 s', target: '—', pass: undefined },
    { what: `${label}: longest main-thread task (click → 1 s after the table)`, measured: `max ${ms(max(tasks))} (per run: ${tasks.map((t) => (t === 0 ? '<50' : Math.round(t))).join(', ')} ms)`, target: `< ${longTaskTarget} ms`, pass: max(tasks) < longTaskTarget },
  ];
}

/** 6. `npm start` to its address: nothing changed, then one renderer file touched. */
export async function startStep(runs: number): Promise<BenchRow[]> {
  const unchanged: StartSample[] = [];
  for (let i = 0; i < runs; i++) unchanged.push(await timeStartToAddress());
  const touched: StartSample[] = [];
  for (let i = 0; i < Math.max(1, Math.ceil(runs / 2)); i++) {
    touch('renderer/main.tsx');
    touched.push(await timeStartToAddress());
  }
  const times = (samples: StartSample[]) => samples.map((s) => s.ms);
  const rebuilt = [...new Set(touched.map((s) => s.rebuilt))].join(' / ');
  return [
    { what: '`npm start` → address printed, nothing changed since the last build', measured: `median ${ms(median(times(unchanged)))} (max ${ms(max(times(unchanged)))}; n=${runs}; rebuilt: ${[...new Set(unchanged.map((s) => s.rebuilt))].join(' / ')})`, target: '< 2 s', pass: median(times(unchanged)) < 2000 },
    { what: '`npm start` → address printed, after touching renderer/main.tsx', measured: `median ${ms(median(times(touched)))} (n=${touched.length}; rebuilt: ${rebuilt})`, target: '—', pass: undefined },
  ];
}

/** 7. The sandboxed preload's bundle: names checked against zod-free lists keep it small. */
export function preloadSizeStep(): BenchRow[] {
  const bytes = statSync('dist/electron/preload.cjs').size;
  return [{ what: 'Preload bundle (dist/electron/preload.cjs)', measured: `${(bytes / 1024).toFixed(1)} KB (${bytes.toLocaleString('en')} bytes)`, target: '< 20 KB', pass: bytes < 20 * 1024 }];
}
