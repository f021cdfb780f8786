import { describe, expect, it } from 'vitest';
import { summarize } from './test-summary.mjs';

/** A Playwright JSON report with `tests` as [project, status, skip reason?]. */
function playwright(tests: [string, string, string?][]) {
  const count = (status: string) => tests.filter(([, s]) => s === status).length;
  return {
    stats: { expected: count('expected'), unexpected: count('unexpected'), flaky: 0, skipped: count('skipped') },
    errors: [],
    suites: [
      {
        title: 'shell.spec.ts',
        specs: [],
        suites: [
          {
            title: 'the shell',
            specs: tests.map(([projectName, status, reason]) => ({
              tests: [{ projectName, status, annotations: [], results: [{ status: status === 'skipped' ? 'skipped' : 'passed', annotations: reason ? [{ type: 'skip', description: reason }] : [] }] }],
            })),
          },
        ],
      },
    ],
  };
}

const vitest = (passed: number, skippedIn: string[] = []) => ({
  numPassedTests: passed,
  numFailedTests: 0,
  numPendingTests: skippedIn.length,
  testResults: [
    { name: '/repo/shared/a.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
    ...skippedIn.map((name) => ({ name: `/work/repo/${name}`, status: 'passed', assertionResults: [{ status: 'skipped' }] })),
  ],
});

const noElectron = 'no Electron binary on this machine: the Electron binary is not installed (its download was skipped or failed); the same specs run on the web project';

describe('the closing summary line', () => {
  it('counts skipped tests and says why, grouped by project and reason', () => {
    const lines: string[] = [];
    const { line, failed } = summarize({
      stepPassed: 3,
      stepFailed: 0,
      vitest: vitest(700),
      playwright: playwright([['web', 'expected'], ['electron', 'skipped', noElectron], ['electron', 'skipped', noElectron]]),
      requireElectron: false,
      log: (l) => lines.push(l),
    });
    expect(line).toBe('704 passed, 0 failed, 2 skipped (electron: no Electron binary on this machine)');
    expect(failed).toBe(0);
  });

  it('names each reason with its count when there are several', () => {
    const { line } = summarize({
      stepPassed: 0,
      stepFailed: 1,
      vitest: vitest(10, ['electron/cli/start-cli.test.ts']),
      playwright: playwright([['electron', 'skipped', noElectron], ['web', 'skipped'], ['web', 'unexpected']]),
      requireElectron: false,
      log: () => undefined,
    });
    expect(line).toBe('10 passed, 2 failed, 3 skipped (1 unit: skipped in electron/cli/start-cli.test.ts; 1 electron: no Electron binary on this machine; 1 web: marked skip in the spec)');
  });

  it('turns skipped electron tests into failures where Electron is required (CI)', () => {
    const lines: string[] = [];
    const { line, failed } = summarize({
      stepPassed: 0,
      stepFailed: 0,
      vitest: vitest(5),
      playwright: playwright([['electron', 'skipped', noElectron], ['web', 'expected']]),
      requireElectron: true,
      log: (l) => lines.push(l),
    });
    expect(line).toBe('6 passed, 1 failed');
    expect(failed).toBe(1);
    expect(lines).toEqual(['SHORELINE_REQUIRE_ELECTRON is set, but 1 test(s) of the electron project were skipped: each counts as a failure.']);
  });

  it('counts a runner that did not report as a failure', () => {
    const lines: string[] = [];
    expect(summarize({ stepPassed: 1, stepFailed: 0, vitest: undefined, playwright: undefined, requireElectron: false, log: (l) => lines.push(l) }).line).toBe('1 passed, 2 failed');
    expect(lines).toHaveLength(2);
  });

  it('counts a test file whose setup failed as a failure, not as skipped tests', () => {
    const lines: string[] = [];
    const report = vitest(4);
    report.testResults.push({ name: '/work/repo/build/dist-files.test.ts', status: 'failed', message: 'dist/ is out of date: run npm run build first.', assertionResults: [{ status: 'skipped' }, { status: 'skipped' }] } as never);
    report.numPendingTests = 2;
    const { line, failed } = summarize({ stepPassed: 0, stepFailed: 0, vitest: report, playwright: playwright([]), requireElectron: false, log: (l) => lines.push(l) });
    expect(line).toBe('4 passed, 1 failed');
    expect(failed).toBe(1);
    expect(lines).toEqual(['/work/repo/build/dist-files.test.ts failed before its tests ran: dist/ is out of date: run npm run build first.']);
  });
});
