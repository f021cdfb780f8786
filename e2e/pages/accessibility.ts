/**
 * axe-core, run inside the window by the end-to-end specs (the npm package's own source, injected the
 * way @axe-core/playwright's AxeBuilder does it — with `page.evaluate`, which the app's CSP allows,
 * unlike a script tag). An audit collects the serious and critical violations of every screen it is
 * shown, in the light and the dark theme, and a spec expects none.
 *
 * To audit a new screen (collections, a watch …), bring it up with its page object and call
 * `audit.screen('Collections')`; the light and dark passes and the report come with it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AppWindow } from './app-window';

/** One rule broken on one screen. */
export interface AxeFinding {
  screen: string;
  theme: 'light' | 'dark';
  rule: string;
  impact: string;
  help: string;
  /** Where (CSS selectors) and why, for the first few elements. */
  nodes: string[];
}

/** The impacts that fail the audit. */
const failing = new Set(['serious', 'critical']);

/** The serious and critical axe violations on the page as it is now. */
export async function axeFindings(page: Page, screen: string, theme: 'light' | 'dark'): Promise<AxeFinding[]> {
  // Every rule axe runs by default (WCAG 2.0–2.2 A and AA plus best practices); only the impact filters.
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => failing.has(v.impact ?? ''))
    .map((v) => ({
      screen,
      theme,
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`),
    }));
}

/** Audits screens in both themes and keeps what it found. */
export class AccessibilityAudit {
  readonly findings: AxeFinding[] = [];
  readonly screens: string[] = [];
  private readonly app: AppWindow;

  constructor(readonly page: Page) {
    this.app = new AppWindow(page);
  }

  /**
   * Audits the screen as it is now in the current theme, switches theme with Ctrl+Shift+L (which leaves
   * popovers and dialogs open), audits again, and switches back.
   */
  async screen(name: string): Promise<void> {
    this.screens.push(name);
    for (let pass = 0; pass < 2; pass += 1) {
      const theme = ((await this.app.themeMode()) ?? 'light') as 'light' | 'dark';
      // Let transitions (menus fading in, the theme's colours) finish before colours are measured.
      await this.page.waitForTimeout(350);
      this.findings.push(...(await axeFindings(this.page, name, theme)));
      await this.app.screenshot(`a11y-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${theme}`);
      await this.app.toggleTheme();
    }
  }

  /** The findings as readable lines, for a failure message. */
  report(): string {
    return this.findings.map((f) => `${f.screen} (${f.theme}): ${f.rule} [${f.impact}] ${f.help}\n    ${f.nodes.join('\n    ')}`).join('\n');
  }
}
