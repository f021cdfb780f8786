/** The renderer's origin in the desktop app: a privileged custom scheme, so Monaco's workers load from the app itself (not file://). */

/** The custom scheme serving the renderer. */
export const appScheme = 'app';
/** The host part of the renderer's origin. */
const appHost = 'shoreline';
/** The renderer's origin. */
export const appOrigin = `${appScheme}://${appHost}`;

/** True when `url` belongs to the app's own origin. */
export function isAppUrl(url: string): boolean {
  try {
    // URL.origin is "null" for custom schemes, so compare the scheme and host instead.
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
