import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { quietChromiumArgs } from './e2e/fixtures/chromium-args';

/**
 * Debian's Chromium where it is installed (Playwright's own browser download is impossible on the
 * development machine); elsewhere (the CI runners) the Chromium `npx playwright install` fetched.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e/specs',
  outputDir: '.reports/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(chromiumPath && { executablePath: chromiumPath }),
      args: [...quietChromiumArgs],
    },
  },
  projects: [
    // The same specs run on both hosts; the fixture decides how the app is started.
    { name: 'web', use: { viewport: { width: 1440, height: 900 } }, metadata: { host: 'web' } },
    { name: 'electron', metadata: { host: 'electron' } },
  ],
});
