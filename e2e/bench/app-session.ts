/** A fresh Shoreline for one measurement: the built web host on its own user-data folder, and a page on it. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchWebHost, type WebHostProcess } from '../fixtures/launch-web-host';
import { installPageProbes } from './long-tasks';
import { makeTempDir, removeTempDir } from './temp-dirs';
import { webRpc } from './web-rpc';

/** A running app with a page on it. */
export interface AppSession {
  page: Page;
  web: WebHostProcess;
  userDataDir: string;
  /** Runs a host command from Node. */
  rpc<T>(name: string, input: unknown): Promise<T>;
  close(): Promise<void>;
}

/** How to open the session. */
export interface SessionOptions {
  /** An existing user-data folder (kept at close); a new temp one otherwise (removed at close). */
  userDataDir?: string;
  env?: NodeJS.ProcessEnv;
  /** Runs after the host is up and before the page opens (import specs, set environments …). */
  prepare?: (rpc: AppSession['rpc']) => Promise<void>;
}

/** Starts the web host, prepares it, and opens the app in a new browser context. */
export async function openAppSession(browser: Browser, options: SessionOptions = {}): Promise<AppSession> {
  const owned = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? makeTempDir('user-data');
  const web = await launchWebHost(userDataDir, options.env);
  const rpc = <T>(name: string, input: unknown) => webRpc<T>(web, name, input);
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close().catch(() => undefined);
    await web.stop();
    if (owned) removeTempDir(userDataDir);
  };
  try {
    await options.prepare?.(rpc);
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await installPageProbes(context);
    const page = await context.newPage();
    await page.goto(web.url);
    await page.getByTestId('app-shell').waitFor({ state: 'visible', timeout: 30_000 });
    await page.getByTestId('status-bar').getByText('Shoreline').first().waitFor({ timeout: 30_000 });
    // The window as a user meets it: the work area and the header's buttons load just after the first
    // frame. An import started before they are in would time their loading too, which no one choosing
    // a file (a dialog away) ever waits for.
    await page.getByRole('button', { name: 'New request' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).waitFor({ timeout: 30_000 });
    return { page, web, userDataDir, rpc, close };
  } catch (error) {
    await close();
    throw error;
  }
}
