/** Facts about the computer the window runs on that change how the UI reads (shortcut keys). */

/** True on macOS, where shortcuts use ⌘. */
export const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
