/**
 * A spec's own `servers`, turned into environments worth keeping: a DSCC or COM address becomes the
 * matching GreenLake preset ("Data Services (EU Central)"), a shared GreenLake host is named by its
 * region ("HPE GreenLake (US West)"), anything else by the API and the server's description or region
 * ("Acme Inventory (EU)") — and each is linked to the connection that fits it, where one does.
 */
import { environmentPresets } from '../../../shared/auth/greenlake-endpoints';
import type { InputOf } from '../../../shared/contract';
import type { Connection } from '../../../shared/contract/connections';
import type { Environment } from '../../../shared/contract/environments';
import type { SpecServer } from '../../../shared/openapi/types';

/** One environment to create, and the name it will have (for the notice). */
export interface ServerEnvironment {
  name: string;
  input: InputOf<'environments.create'>;
}

const trim = (url: string) => url.replace(/\/+$/, '');
const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
};
const isLocal = (host: string) => host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '[::1]';
const isHpe = (host: string) => host.endsWith('.hpe.com');

/** A region read from a host name: `eu1.…` → "EU", `us-west.api…` → "US West", `ap-northeast1-api…` → "AP Northeast". */
export function regionOfHost(host: string): string | undefined {
  const first = host.split('.')[0] ?? '';
  const match = /^(us|eu|ap|jp|ca|sa|au|in|uk)(?:-(west|east|central|north|south|northeast|southeast|northwest|southwest))?\d*(?:-api)?$/.exec(first);
  if (!match) return undefined;
  const area = match[1] === 'jp' ? 'AP Northeast' : match[1]!.toUpperCase();
  return match[2] && match[1] !== 'jp' ? `${area} ${match[2][0]!.toUpperCase()}${match[2].slice(1)}` : area;
}

/** The API's title without a trailing "API" and without parentheses, for short names. */
function shortTitle(title: string): string {
  return title.replace(/\s*\(.*?\)\s*/g, ' ').replace(/\bAPIs?\b\s*$/i, '').replace(/\s+/g, ' ').trim() || title.trim();
}

/** The connection that fits `host`: one already used for that host, the Sandbox's for a local one, the user's GreenLake one for HPE hosts. */
function fittingConnection(host: string, environments: readonly Environment[], connections: readonly Connection[]): string | undefined {
  const exists = (id: string | undefined) => id !== undefined && connections.some((c) => c.id === id);
  const sameHost = environments.find((e) => hostOf(e.variables.baseUrl ?? '') === host && exists(e.connectionId));
  if (sameHost) return sameHost.connectionId;
  if (isLocal(host)) return environments.find((e) => e.isSandbox && exists(e.connectionId))?.connectionId;
  if (!isHpe(host)) return undefined;
  // Among the user's own GreenLake connections: the one most HPE environments use, else the newest.
  const own = connections.filter((c) => !c.builtIn && (c.kind === 'pasted-token' || isHpe(hostOf(c.tokenUrl))));
  if (own.length === 0) return undefined;
  const uses = (id: string) => environments.filter((e) => e.connectionId === id && isHpe(hostOf(e.variables.baseUrl ?? ''))).length;
  return [...own].sort((a, b) => uses(b.id) - uses(a.id) || b.createdAt.localeCompare(a.createdAt))[0]!.id;
}

/** The environments to offer for `servers` of the API titled `title`: absolute URLs no environment has yet. */
export function serverEnvironments(title: string, servers: readonly SpecServer[], environments: readonly Environment[], connections: readonly Connection[]): ServerEnvironment[] {
  const known = new Set(environments.map((e) => trim(e.variables.baseUrl ?? '')));
  const out: ServerEnvironment[] = [];
  for (const server of servers) {
    const url = trim(server.url);
    if (!/^https?:\/\//i.test(url) || known.has(url)) continue;
    known.add(url);
    const host = hostOf(url);
    const connectionId = fittingConnection(host, environments, connections);
    const link = connectionId ? { connectionId } : {};
    const preset = environmentPresets.find((p) => trim(p.baseUrl) === url);
    if (preset && (!host.endsWith('.api.greenlake.hpe.com') || preset.product === 'greenlake')) {
      out.push({ name: preset.name, input: { presetId: preset.id, ...link } });
      continue;
    }
    const where = server.description?.trim() || (preset && preset.region !== 'global' ? preset.region : undefined) || regionOfHost(host) || host;
    const name = (host.endsWith('.api.greenlake.hpe.com') ? `HPE GreenLake (${where})` : `${shortTitle(title)} (${where})`).slice(0, 100);
    out.push({ name, input: { kind: 'spec', name, variables: { baseUrl: url }, ...link } });
  }
  return out;
}
