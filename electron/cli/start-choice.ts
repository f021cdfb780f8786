/** What `npm start` opens — the desktop app, or the web host — and the one sentence that says why. */

/** The oldest Node.js that Electron's installer (and so the desktop app) supports. */
export const desktopNode = { major: 22, minor: 12 };

/** True when `version` (e.g. "20.20.2") is older than {@link desktopNode}. */
export function nodeTooOldForDesktop(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major < desktopNode.major || (major === desktopNode.major && minor < desktopNode.minor);
}

/** The choice `npm start` makes. */
export type StartChoice = { kind: 'desktop'; electronPath: string } | { kind: 'web'; message: string };

/** Picks the desktop app when it can run here, else the web host with a sentence saying why. */
export function chooseStart(facts: {
  nodeVersion: string;
  electron: { path: string } | { missing: string };
  /** Why no browser can be opened here, if none can. */
  browserUnavailable: string | undefined;
}): StartChoice {
  const instead = facts.browserUnavailable ? 'runs as a web app instead' : 'opens in your browser instead';
  if (nodeTooOldForDesktop(facts.nodeVersion)) {
    return { kind: 'web', message: `Shoreline's desktop app needs Node.js ${desktopNode.major}.${desktopNode.minor} or newer (this is Node ${facts.nodeVersion}), so it ${instead}.` };
  }
  if ('missing' in facts.electron) {
    return { kind: 'web', message: `Shoreline cannot open as a desktop app here because ${facts.electron.missing}, so it ${instead}.` };
  }
  return { kind: 'desktop', electronPath: facts.electron.path };
}
