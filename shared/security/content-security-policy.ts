/**
 * The Content-Security-Policy of every Shoreline window, in both hosts. Scripts, workers (Monaco's)
 * and connections come only from the app's own origin; styles may be inline because Emotion (MUI)
 * and Monaco inject them at run time.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** The policy as an HTTP header (web host and the app:// protocol send it). */
export const contentSecurityPolicy = directives.join('; ');

/** The policy for index.html's meta tag: browsers ignore (and complain about) frame-ancestors there. */
export const metaContentSecurityPolicy = directives.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
