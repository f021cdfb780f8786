/**
 * The keyboard, counted: every `press` is one key press (a chord such as Ctrl+K is one), and `type`
 * counts one per character typed. Specs that promise "so many keys" drive the app only through this.
 */
import type { Page } from '@playwright/test';

/** A counting keyboard for `page`. */
export class CountedKeyboard {
  private count = 0;
  private readonly log: string[] = [];

  constructor(readonly page: Page) {}

  /** Presses one key or chord, `times` times. */
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      await this.page.keyboard.press(key);
      this.count += 1;
      this.log.push(key);
    }
  }

  /** Types `text`, one key press per character (with a small delay, as Monaco and MUI need). */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 30 });
    this.count += [...text].length;
    this.log.push(JSON.stringify(text));
  }

  /** Key presses so far. */
  get presses(): number {
    return this.count;
  }

  /** What was pressed, for a failure message. */
  get keys(): string {
    return this.log.join(' ');
  }
}

/** A short description of the focused element: its role (or tag) and accessible name, for assertions. */
export function focusedElement(page: Page): Promise<{ role: string; name: string; region: string | null; testId: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { role: '', name: '', region: null, testId: null };
    const labelled = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ??
      (labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : null) ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.textContent ??
      '';
    return {
      role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
      name: name.trim(),
      region: el.closest<HTMLElement>('[data-region]')?.dataset.region ?? null,
      testId: el.getAttribute('data-testid'),
    };
  });
}
