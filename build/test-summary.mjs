// @ts-check
// Adds up the Vitest and Playwright JSON reports and the plain steps into the one closing line CI
// reads: "N passed, N failed", then how many were skipped and why, e.g.
// "740 passed, 0 failed, 19 skipped (electron: no Electron binary on this machine)".
// With SHORELINE_REQUIRE_ELECTRON=1 (CI with an Electron binary) a skipped electron test is a failure.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** @param {string} file */
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

/** The first clause of a skip reason: "no Electron binary on this machine: …; …" → "no Electron binary on this machine". @param {string} text */
const headline = (text) => text.split(/ \(|: |; /)[0]?.trim() || 'skipped';

/**
 * Every Playwright test that was skipped, with its project and reason.
 * @param {any} report Playwright's JSON report
 * @returns {{ project: string, reason: string }[]}
 */
export function playwrightSkips(report) {
  /** @type {{ project: string, reason: string }[]} */
  const skips = [];
  /** @param {any} suite */
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue;
        const annotations = [...(test.annotations ?? []), ...(test.results ?? []).flatMap((/** @type {any} */ r) => r.annotations ?? [])];
        const skip = annotations.filter((a) => a.type === 'skip' || a.type === 'fixme').at(-1);
        skips.push({ project: test.projectName || 'e2e', reason: headline(skip?.description ?? 'marked skip in the spec') });
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report?.suites ?? []) walk(suite);
  return skips;
}

/**
 * A test file that failed without a failed test: it did not load, or a `beforeAll` threw (its tests
 * are then reported as skipped, which must not read as a pass).
 * @param {any} file one entry of Vitest's `testResults`
 */
const brokenFile = (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((/** @type {any} */ a) => a.status === 'failed');

/**
 * Every Vitest test that did not run, by file (Vitest's report carries no reason).
 * @param {any} report Vitest's JSON report
 * @returns {{ project: string, reason: string }[]}
 */
export function vitestSkips(report) {
  return (report?.testResults ?? []).filter((/** @type {any} */ file) => !brokenFile(file)).flatMap((/** @type {any} */ file) =>
    (file.assertionResults ?? [])
      .filter((/** @type {any} */ a) => ['skipped', 'pending', 'todo'].includes(a.status))
      .map(() => ({ project: 'unit', reason: `skipped in ${String(file.name).replace(/^.*?\/(?=(?:electron|shared|renderer|build|e2e)\/)/, '')}` })),
  );
}

/**
 * "19 skipped (electron: no Electron binary on this machine)", or "" when nothing was skipped.
 * @param {{ project: string, reason: string }[]} skips
 */
export function describeSkips(skips) {
  if (skips.length === 0) return '';
  /** @type {Map<string, number>} */
  const groups = new Map();
  for (const s of skips) groups.set(`${s.project}: ${s.reason}`, (groups.get(`${s.project}: ${s.reason}`) ?? 0) + 1);
  const parts = [...groups].map(([label, count]) => (groups.size === 1 ? label : `${count} ${label}`));
  return `, ${skips.length} skipped (${parts.join('; ')})`;
}

/**
 * The closing line and the exit code.
 * @param {{ stepPassed: number, stepFailed: number, vitest: any, playwright: any, requireElectron: boolean, log: (line: string) => void }} input
 */
export function summarize({ stepPassed, stepFailed, vitest, playwright, requireElectron, log }) {
  let passed = stepPassed;
  let failed = stepFailed;
  const skips = [];
  if (vitest) {
    passed += vitest.numPassedTests;
    const broken = vitest.testResults.filter(brokenFile);
    for (const file of broken) log(`${file.name} failed before its tests ran: ${String(file.message ?? '').split('\n')[0]}`);
    failed += vitest.numFailedTests + broken.length;
    skips.push(...vitestSkips(vitest));
  } else {
    log('The unit tests did not report (see above).');
    failed += 1;
  }
  if (playwright) {
    const s = playwright.stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected + (playwright.errors?.length ?? 0);
    skips.push(...playwrightSkips(playwright));
  } else {
    log('The end-to-end tests did not report (see above).');
    failed += 1;
  }
  const electronSkips = skips.filter((s) => s.project === 'electron').length;
  if (requireElectron && electronSkips > 0) {
    log(`SHORELINE_REQUIRE_ELECTRON is set, but ${electronSkips} test(s) of the electron project were skipped: each counts as a failure.`);
    failed += electronSkips;
  }
  const shown = requireElectron ? skips.filter((s) => s.project !== 'electron') : skips;
  return { line: `${passed} passed, ${failed} failed${describeSkips(shown)}`, failed };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [stepPassed = '0', stepFailed = '0'] = process.argv.slice(2);
  const log = (/** @type {string} */ line) => console.log(line);
  const { line, failed } = summarize({
    stepPassed: Number(stepPassed),
    stepFailed: Number(stepFailed),
    vitest: read('.reports/vitest.json'),
    playwright: read('.reports/playwright.json'),
    requireElectron: process.env.SHORELINE_REQUIRE_ELECTRON === '1',
    log,
  });
  console.log(line);
  process.exit(failed ? 1 : 0);
}
