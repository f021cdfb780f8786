import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../shared/contract/connections';
import type { Environment } from '../../../shared/contract/environments';
import { regionOfHost, serverEnvironments } from './spec-server-environments';

const connection = (id: string, tokenUrl: string, extra: Partial<Connection> = {}): Connection => ({
  id, name: id, kind: 'client-credentials', tokenUrl, clientId: 'c', clientAuth: 'body', builtIn: false, hasSecret: true, createdAt: '2026-01-01T00:00:00Z', ...extra,
});
const environment = (id: string, baseUrl: string, extra: Partial<Environment> = {}): Environment => ({
  id, name: id, kind: 'custom', variables: { baseUrl }, readOnly: false, isSandbox: false, builtIn: false, createdAt: '2026-01-01T00:00:00Z', ...extra,
} as Environment);

const sandboxConnection = connection('sandbox', 'http://127.0.0.1:4010/as/token.oauth2', { builtIn: true });
const sandbox = environment('sandbox-env', 'http://127.0.0.1:4010', { isSandbox: true, builtIn: true, connectionId: 'sandbox' });
const mine = connection('prod', 'https://sso.common.cloud.hpe.com/as/token.oauth2', { createdAt: '2026-03-01T00:00:00Z' });

describe('spec servers as environments', () => {
  it('turns DSCC addresses into the GreenLake presets, linked to the user’s GreenLake connection', () => {
    const found = serverEnvironments('Data Services Cloud Console API', [{ url: 'https://eu1.data.cloud.hpe.com' }, { url: 'https://us1.data.cloud.hpe.com/' }], [sandbox], [sandboxConnection, mine]);
    expect(found).toEqual([
      { name: 'Data Services (EU Central)', input: { presetId: 'dscc-eu1', connectionId: 'prod' } },
      { name: 'Data Services (US West)', input: { presetId: 'dscc-us1', connectionId: 'prod' } },
    ]);
  });

  it('names shared GreenLake hosts by region and other servers by the API and their description or region', () => {
    const found = serverEnvironments(
      'Acme Inventory API (beta)',
      [{ url: 'https://us-west.api.greenlake.hpe.com' }, { url: 'https://global.api.greenlake.hpe.com' }, { url: 'https://eu1.inventory.example.com/v2', description: 'Europe' }, { url: 'https://ap-northeast1.inventory.example.com' }, { url: '/relative' }],
      [sandbox],
      [sandboxConnection],
    );
    expect(found.map((f) => f.name)).toEqual(['HPE GreenLake (US West)', 'HPE GreenLake platform (global)', 'Acme Inventory (Europe)', 'Acme Inventory (AP Northeast)']);
    // No GreenLake connection of the user's own yet, and none fits example.com: nothing is linked.
    expect(found.every((f) => f.input.connectionId === undefined)).toBe(true);
    expect(found[2]!.input).toEqual({ kind: 'spec', name: 'Acme Inventory (Europe)', variables: { baseUrl: 'https://eu1.inventory.example.com/v2' } });
  });

  it('leaves out addresses an environment already has, links a local server to the Sandbox, and one on a known host to that host’s connection', () => {
    const other = connection('other', 'https://auth.example.com/token');
    const environments = [sandbox, environment('inv', 'https://inventory.example.com/v1', { connectionId: 'other' }), environment('eu', 'https://eu1.data.cloud.hpe.com')];
    const found = serverEnvironments('Acme', [{ url: 'https://eu1.data.cloud.hpe.com/' }, { url: 'http://127.0.0.1:9999' }, { url: 'https://inventory.example.com/v2' }], environments, [sandboxConnection, other]);
    expect(found.map((f) => [f.name, f.input.connectionId])).toEqual([
      ['Acme (127.0.0.1)', 'sandbox'],
      ['Acme (inventory.example.com)', 'other'],
    ]);
  });

  it('reads regions from GreenLake-style host names', () => {
    expect(['eu1', 'us-west', 'ap-northeast1-api', 'jp1', 'eu-central1-api', 'global', 'api'].map((h) => regionOfHost(`${h}.example.com`))).toEqual(['EU', 'US West', 'AP Northeast', 'AP Northeast', 'EU Central', undefined, undefined]);
  });
});
