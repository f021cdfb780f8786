/** Debian's Chromium, driven by playwright-core, with everything that would add noise turned off. */
import { chromium, type Browser } from 'playwright-core';
import { quietChromiumArgs } from '../fixtures/chromium-args';

/** Starts headless Chromium for the browser measurements. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.SHORELINE_BENCH_CHROMIUM ?? '/usr/bin/chromium',
    args: [...quietChromiumArgs],
  });
}
