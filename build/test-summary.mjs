// Adds up the Vitest and Playwright JSON reports and the plain steps into the one closing line CI reads.
import { existsSync, readFileSync } from 'node:fs';

const [stepPassed = '0', stepFailed = '0'] = process.argv.slice(2);
let passed = Number(stepPassed);
let failed = Number(stepFailed);
let skipped = 0;

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const vitest = read('.reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  // A test file that fails to load has no failed tests but must still count.
  const brokenFiles = vitest.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  failed += vitest.numFailedTests + brokenFiles;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
} else {
  console.log('The unit tests did not report (see above).');
  failed += 1;
}
const playwright = read('.reports/playwright.json');
if (playwright) {
  const s = playwright.stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected + (playwright.errors?.length ?? 0);
  skipped += s.skipped;
} else {
  console.log('The end-to-end tests did not report (see above).');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
