/**
 * Proxy selection from HTTPS_PROXY / HTTP_PROXY / NO_PROXY, the way undici's EnvHttpProxyAgent reads
 * them. The executor lets undici do the routing; this pure mirror exists so the rule can be tested
 * and shown to the user ("sent through proxy …").
 */

/** The proxy variables, lower- or upper-case. */
export interface ProxySettings {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

/** Reads the proxy variables from an environment (lower-case names win, as in curl and undici). */
export function proxySettingsFrom(env: Readonly<Record<string, string | undefined>>): ProxySettings {
  const pick = (lower: string, upper: string) => {
    const value = env[lower] ?? env[upper];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const settings: ProxySettings = {};
  const httpProxy = pick('http_proxy', 'HTTP_PROXY');
  const httpsProxy = pick('https_proxy', 'HTTPS_PROXY');
  const noProxy = env.no_proxy ?? env.NO_PROXY;
  if (httpProxy) settings.httpProxy = httpProxy;
  if (httpsProxy) settings.httpsProxy = httpsProxy;
  if (noProxy !== undefined) settings.noProxy = noProxy;
  return settings;
}

/** True when a proxy is configured at all. */
export function hasProxy(settings: ProxySettings): boolean {
  return settings.httpProxy !== undefined || settings.httpsProxy !== undefined;
}

const defaultPorts: Record<string, number> = { 'http:': 80, 'https:': 443 };

/** True when NO_PROXY exempts `url` (exact host, a parent domain, `*`, with an optional port). */
export function isExempt(url: URL, noProxy: string | undefined): boolean {
  if (noProxy === undefined || noProxy.trim() === '') return false;
  if (noProxy.trim() === '*') return true;
  const host = url.host.replace(/:\d*$/, '').toLowerCase();
  const port = Number.parseInt(url.port, 10) || defaultPorts[url.protocol] || 0;
  for (const raw of noProxy.split(/[,\s]/)) {
    if (!raw) continue;
    const parsed = /^(.+):(\d+)$/.exec(raw);
    const entryHost = (parsed ? (parsed[1] ?? '') : raw).replace(/^\*?\./, '').toLowerCase();
    const entryPort = parsed ? Number.parseInt(parsed[2] ?? '0', 10) : 0;
    if (entryPort && entryPort !== port) continue;
    if (host === entryHost || host.endsWith(`.${entryHost}`)) return true;
  }
  return false;
}

/** The proxy `url` goes through, or undefined for a direct connection. */
export function proxyFor(url: string | URL, settings: ProxySettings): string | undefined {
  const target = typeof url === 'string' ? new URL(url) : url;
  if (isExempt(target, settings.noProxy)) return undefined;
  if (target.protocol === 'https:') return settings.httpsProxy ?? settings.httpProxy;
  if (target.protocol === 'http:') return settings.httpProxy;
  return undefined;
}
