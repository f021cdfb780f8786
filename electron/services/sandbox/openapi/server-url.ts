/**
 * The server URL the document names. The Host header is the client's to write, so it is trusted
 * only when it names this Sandbox's own port on a loopback name; anything else gets the baseUrl.
 */

/** `http://localhost:<port>` when the request came that way, else `baseUrl` (`http://127.0.0.1:<port>`). */
export function serverUrlFor(host: string | undefined, baseUrl: string): string {
  const { port } = new URL(baseUrl);
  if (host?.toLowerCase() === `localhost:${port}`) return `http://localhost:${port}`;
  return baseUrl;
}
