/**
 * `npm run bench`: measures PRODUCT.md's performance bars on this machine and prints a Markdown
 * table for the README. A missed target is marked, never fatal: this is a benchmark, not a test.
 */
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { ensureBuild } from './ensure-build';
import { describeMachine, readMachineFacts } from './machine-facts';
import { markdownTable, summary, type BenchRow } from './report';
import { bigImportStep, bigResponseStep, coldStartStep, comImportStep, dsccImportStep, hugeResponseStep, preloadSizeStep, requestStep, restartMemoryStep, searchStep, startStep } from './steps';
import { removeAllTempDirs } from './temp-dirs';
import { watchMemoryStep } from './watch-memory-bench';

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** `npm run bench -- import search`: only the steps whose name holds one of these words (to rerun a noisy row). */
const only = process.argv.slice(2).map((word) => word.toLowerCase());

async function step(rows: BenchRow[], name: string, run: () => Promise<BenchRow[]>): Promise<void> {
  if (only.length > 0 && !only.some((word) => name.toLowerCase().includes(word))) return;
  const started = Date.now();
  log(`${name} … (load ${loadavg().map((l) => l.toFixed(2)).join(' / ')})`);
  try {
    rows.push(...(await run()));
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    log(`${name} failed: ${message}`);
    rows.push({ what: name, measured: '—', target: '—', pass: message });
  }
  log(`${name} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const facts = readMachineFacts();
  const buildNote = await ensureBuild(log);
  const rows: BenchRow[] = [];
  const browser = await launchChromium().catch((error: unknown) => {
    log(`Chromium did not start: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  const chromiumVersion = browser?.version() ?? 'did not start';
  const inBrowser = (run: (b: Browser) => Promise<BenchRow[]>) => () => (browser ? run(browser) : Promise.reject(new Error('Chromium did not start')));
  try {
    await step(rows, 'Preload bundle size', async () => preloadSizeStep());
    await step(rows, 'npm start to address', () => startStep(5));
    await step(rows, 'Cold start of the window', inBrowser((b) => coldStartStep(b, 5)));
    await step(rows, 'Import of dscc-storage-api-v1.4.0.yaml', inBrowser((b) => dsccImportStep(b, 5)));
    await step(rows, 'Import of com-compute-ops-mgmt-latest.json', inBrowser((b) => comImportStep(b, 7)));
    await step(rows, 'Import of the generated GitHub-sized spec', inBrowser((b) => bigImportStep(b, 5)));
    await step(rows, 'Search per keystroke', inBrowser((b) => searchStep(b)));
    await step(rows, 'Host memory after a restart with 31 specs', inBrowser((b) => restartMemoryStep(b)));
    await step(rows, 'Request overhead and token burst', () => requestStep(300));
    await step(rows, '20 MB JSON answer', inBrowser((b) => bigResponseStep(b, 3)));
    await step(rows, '100 MB JSON answer', inBrowser((b) => hugeResponseStep(b)));
    await step(rows, 'Watch memory', () => watchMemoryStep());
  } finally {
    await browser?.close();
    removeAllTempDirs();
  }
  const lines = [
    '## Shoreline benchmark',
    '',
    markdownTable(rows),
    '',
    `**${summary(rows)}**`,
    '',
    describeMachine(facts, chromiumVersion),
    `- Build: ${buildNote}; web host \`dist/node/web.js\` with Chromium for UI rows, services in-process for request rows`,
    `- Load average at the end (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`,
    `- Whole run: ${((Date.now() - started) / 1000).toFixed(0)} s`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    removeAllTempDirs();
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
