/**
 * The fetch used under plain Node (web host, tests, CLI): undici's fetch, through an
 * EnvHttpProxyAgent when a proxy variable is set (it honours NO_PROXY per request). The Electron
 * host replaces it with `net.fetch`, which also follows the system proxy and trusted CAs.
 */
import { Agent, EnvHttpProxyAgent, fetch, type Dispatcher } from 'undici';
import type { FetchLike } from './fetch-types';
import { hasProxy, proxySettingsFrom, type ProxySettings } from './proxy';

/** The dispatcher for `settings`: a proxy agent when a proxy is set, else a plain agent. */
export function createDispatcher(settings: ProxySettings): Dispatcher {
  if (!hasProxy(settings)) return new Agent();
  const options: EnvHttpProxyAgent.Options = { noProxy: settings.noProxy ?? '' };
  if (settings.httpProxy) options.httpProxy = settings.httpProxy;
  if (settings.httpsProxy) options.httpsProxy = settings.httpsProxy;
  return new EnvHttpProxyAgent(options);
}

/** A {@link FetchLike} over undici with proxy settings read from `env` (default: the process environment). */
export function createDefaultFetch(env: Readonly<Record<string, string | undefined>> = process.env): FetchLike {
  const dispatcher = createDispatcher(proxySettingsFrom(env));
  return (url, init) => fetch(url, { ...init, dispatcher });
}
