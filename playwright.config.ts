import { defineConfig } from '@playwright/test';

/** Debian's Chromium; Playwright's own browser download is impossible here. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    // The same specs run on both hosts; the fixture decides how the app is started.
    { name: 'web', use: { viewport: { width: 1440, height: 900 } }, metadata: { host: 'web' } },
    { name: 'electron', metadata: { host: 'electron' } },
  ],
});
