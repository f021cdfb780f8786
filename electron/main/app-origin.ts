/** The renderer's origin in the desktop app: a privileged custom scheme, so Monaco's workers load from the app itself (not file://). */

/** The custom scheme serving the renderer. */
export const appScheme = 'app';
/** The renderer's origin. */
export const appOrigin = `${appScheme}://shoreline`;

/** True when `url` belongs to the app's own origin. */
export function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === appOrigin;
  } catch {
    return false;
  }
}
