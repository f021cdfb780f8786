import { describe, expect, it } from 'vitest';
import type { RequestAuth, RequestRow } from './request';
import { foldersAbove, originWords, resolveScope, variableUses, variableValues, type ScopeEnvironment, type ScopeInput, type ScopeTree, type ScopeTreeItem } from './resolve-scope';

const rows = (values: Record<string, string>, enabled = true): RequestRow[] => Object.entries(values).map(([key, value]) => ({ key, value, enabled }));
const inherit: RequestAuth = { kind: 'inherit' };
const folder = (id: string, name: string, items: ScopeTreeItem[], settings: Partial<Pick<ScopeTree, 'auth' | 'environmentId' | 'variables'>> = {}): ScopeTreeItem => ({
  kind: 'folder',
  id,
  name,
  auth: inherit,
  variables: [],
  items,
  ...settings,
});
const request = (id: string): ScopeTreeItem => ({ kind: 'request', id, name: id });

const environments: ScopeEnvironment[] = [
  { id: 'sandbox', name: 'Sandbox', variables: { baseUrl: 'http://sandbox', region: 'env-region', envOnly: 'e' }, connectionId: 'sandbox' },
  { id: 'eu', name: 'DSCC EU', variables: { baseUrl: 'https://eu1.data.cloud.hpe.com' }, connectionId: 'eu-client' },
  { id: 'bare', name: 'No connection', variables: { baseUrl: 'http://bare' } },
];

/** DSCC (vars collectionVar, region) › Storage (limited connection, region) › Deep › r-deep; Storage › r-storage; Hosts (env eu) › r-hosts; r-top. */
function tree(overrides: Partial<ScopeTree> = {}): ScopeTree {
  return {
    id: 'c-dscc',
    name: 'DSCC',
    auth: inherit,
    variables: rows({ region: 'collection-region', collectionVar: 'c', shared: 'from-collection' }),
    items: [
      folder('f-storage', 'Storage', [request('r-storage'), folder('f-deep', 'Deep', [request('r-deep')], { variables: rows({ region: 'deep-region' }) })], {
        auth: { kind: 'connection', connectionId: 'sandbox-limited' },
        variables: rows({ region: 'storage-region', storageOnly: 's' }),
      }),
      folder('f-hosts', 'Hosts', [request('r-hosts')], { environmentId: 'eu' }),
      request('r-top'),
    ],
    ...overrides,
  };
}

const base = (over: Partial<ScopeInput> = {}): ScopeInput => ({
  collection: tree(),
  environmentId: 'sandbox',
  environments,
  globals: rows({ region: 'global-region', globalOnly: 'g', shared: 'from-globals' }),
  ...over,
});

describe('auth', () => {
  it('comes from the nearest folder that sets a connection, and says so', () => {
    const resolved = resolveScope(base({ itemId: 'r-deep' }));
    expect(resolved.auth).toEqual({ kind: 'connection', connectionId: 'sandbox-limited', origin: { kind: 'folder', id: 'f-storage', name: 'Storage' } });
    expect(originWords(resolved.auth.origin!)).toBe('from folder Storage');
  });

  it('falls back to the environment’s connection when nothing above the request sets one', () => {
    expect(resolveScope(base({ itemId: 'r-top' })).auth).toEqual({ kind: 'connection', connectionId: 'sandbox', origin: { kind: 'environment', id: 'sandbox', name: 'Sandbox' } });
    expect(resolveScope(base({ collection: undefined })).auth).toMatchObject({ kind: 'connection', connectionId: 'sandbox' });
  });

  it('takes the collection’s connection before the environment’s, and a folder’s before the collection’s', () => {
    const withCollectionAuth = tree({ auth: { kind: 'connection', connectionId: 'collection-client' } });
    expect(resolveScope(base({ collection: withCollectionAuth, itemId: 'r-top' })).auth).toMatchObject({ connectionId: 'collection-client', origin: { kind: 'collection', name: 'DSCC' } });
    expect(resolveScope(base({ collection: withCollectionAuth, itemId: 'r-storage' })).auth).toMatchObject({ connectionId: 'sandbox-limited' });
  });

  it('lets the request choose for itself, and stops at "none" wherever it is set', () => {
    expect(resolveScope(base({ itemId: 'r-deep', request: { auth: { kind: 'connection', connectionId: 'mine' }, variables: [] } })).auth).toMatchObject({
      connectionId: 'mine',
      origin: { kind: 'request' },
    });
    expect(resolveScope(base({ itemId: 'r-deep', request: { auth: { kind: 'none' }, variables: [] } })).auth).toEqual({ kind: 'none', origin: { kind: 'request' } });
    const noneOnDeep = tree();
    const storage = noneOnDeep.items[0] as Extract<ScopeTreeItem, { kind: 'folder' }>;
    noneOnDeep.items = [{ ...storage, items: [storage.items[0]!, folder('f-deep', 'Deep', [request('r-deep')], { auth: { kind: 'none' } })] }, ...noneOnDeep.items.slice(1)];
    expect(resolveScope(base({ collection: noneOnDeep, itemId: 'r-deep' })).auth).toEqual({ kind: 'none', origin: { kind: 'folder', id: 'f-deep', name: 'Deep' } });
  });

  it('sends no token when no level and no environment names a connection', () => {
    expect(resolveScope(base({ collection: undefined, environmentId: 'bare' })).auth).toEqual({ kind: 'none', origin: undefined });
    expect(resolveScope(base({ collection: undefined, environmentId: null })).auth).toEqual({ kind: 'none', origin: undefined });
  });

  it('reports a connection that was deleted, in words', () => {
    const resolved = resolveScope(base({ itemId: 'r-storage', connectionExists: (id) => id !== 'sandbox-limited' }));
    expect(resolved.problem).toBe('The connection chosen from folder Storage no longer exists. Choose another one.');
  });
});

describe('environment', () => {
  it('is the active one unless a folder or the collection sets one', () => {
    expect(resolveScope(base({ itemId: 'r-storage' })).environment).toEqual({ id: 'sandbox', name: 'Sandbox', chosenBy: { kind: 'active' } });
    expect(resolveScope(base({ itemId: 'r-hosts' })).environment).toEqual({ id: 'eu', name: 'DSCC EU', chosenBy: { kind: 'folder', id: 'f-hosts', name: 'Hosts' } });
    expect(resolveScope(base({ collection: tree({ environmentId: 'bare' }), itemId: 'r-top' })).environment?.chosenBy).toEqual({ kind: 'collection', id: 'c-dscc', name: 'DSCC' });
    expect(resolveScope(base({ environmentFromTab: true })).environment?.chosenBy).toEqual({ kind: 'tab' });
  });

  it('gives the folder’s environment’s connection to requests under it', () => {
    expect(resolveScope(base({ itemId: 'r-hosts' })).auth).toMatchObject({ connectionId: 'eu-client', origin: { kind: 'environment', name: 'DSCC EU' } });
  });

  it('reports an environment that was deleted', () => {
    expect(resolveScope(base({ collection: tree({ environmentId: 'gone' }), itemId: 'r-top' })).problem).toBe('Collection DSCC uses an environment that no longer exists. Choose another one in its settings.');
    expect(resolveScope(base({ environmentId: 'gone' })).problem).toBe('This environment no longer exists. Choose another one.');
    expect(resolveScope(base({ environmentId: undefined })).environment).toBeUndefined();
  });
});

describe('variables', () => {
  it('resolve request → folders (nearest first) → environment → collection → globals', () => {
    const request = { auth: inherit, variables: rows({ requestOnly: 'r' }) };
    const resolved = resolveScope(base({ itemId: 'r-deep', request }));
    expect(variableValues(resolved)).toEqual({
      region: 'deep-region',
      storageOnly: 's',
      envOnly: 'e',
      baseUrl: 'http://sandbox',
      collectionVar: 'c',
      shared: 'from-collection',
      globalOnly: 'g',
      requestOnly: 'r',
    });
    expect(resolved.variables.region!.origin).toEqual({ kind: 'folder', id: 'f-deep', name: 'Deep' });
    expect(resolved.variables.storageOnly!.origin).toEqual({ kind: 'folder', id: 'f-storage', name: 'Storage' });
    expect(resolved.variables.requestOnly!.origin).toEqual({ kind: 'request' });
    expect(resolved.variables.shared!.origin).toEqual({ kind: 'collection', id: 'c-dscc', name: 'DSCC' });
    expect(resolved.variables.globalOnly!.origin).toEqual({ kind: 'globals' });
  });

  it('puts the environment above collection variables and below folders', () => {
    expect(resolveScope(base({ itemId: 'r-top' })).variables.region).toEqual({ value: 'env-region', origin: { kind: 'environment', id: 'sandbox', name: 'Sandbox' } });
    expect(resolveScope(base({ itemId: 'r-top', environmentId: 'bare' })).variables.region).toEqual({ value: 'collection-region', origin: { kind: 'collection', id: 'c-dscc', name: 'DSCC' } });
    expect(resolveScope(base({ itemId: 'r-storage' })).variables.region?.value).toBe('storage-region');
    const requestWins = { auth: inherit, variables: rows({ region: 'request-region' }) };
    expect(resolveScope(base({ itemId: 'r-deep', request: requestWins })).variables.region?.value).toBe('request-region');
  });

  it('takes globals alone outside a collection, and skips unticked rows and names that cannot be variables', () => {
    const resolved = resolveScope(base({ collection: undefined, environmentId: null, globals: [...rows({ a: '1' }), ...rows({ b: '2' }, false), { key: 'bad name', value: 'x', enabled: true }, { key: ' spaced ', value: 'y', enabled: true }] }));
    expect(variableValues(resolved)).toEqual({ a: '1', spaced: 'y' });
  });

  it('resolves for a folder itself, its own variables nearest', () => {
    expect(resolveScope(base({ itemId: 'f-deep' })).variables.region?.origin).toEqual({ kind: 'folder', id: 'f-deep', name: 'Deep' });
    expect(resolveScope(base({ itemId: 'f-hosts' })).environment?.id).toBe('eu');
    expect(resolveScope(base({ itemId: 'r-deep' })).path).toEqual([{ id: 'f-storage', name: 'Storage' }, { id: 'f-deep', name: 'Deep' }]);
  });

  it('lists each {{name}} a request uses once, with its value and origin, or as missing', () => {
    const resolved = resolveScope(base({ itemId: 'r-storage' }));
    expect(variableUses(['{{baseUrl}}/x/{{ region }}', '{{missing}} {{baseUrl}}'], resolved)).toEqual([
      { name: 'baseUrl', resolved: { value: 'http://sandbox', origin: { kind: 'environment', id: 'sandbox', name: 'Sandbox' } } },
      { name: 'region', resolved: { value: 'storage-region', origin: { kind: 'folder', id: 'f-storage', name: 'Storage' } } },
      { name: 'missing' },
    ]);
  });

  it('finds the folders above an item, and nothing for an item that is not there', () => {
    expect(foldersAbove(tree(), 'r-deep')?.map((f) => f.name)).toEqual(['Storage', 'Deep']);
    expect(foldersAbove(tree(), 'r-top')).toEqual([]);
    expect(foldersAbove(tree(), 'gone')).toBeUndefined();
    expect(resolveScope(base({ itemId: 'gone' })).path).toEqual([]);
  });

  it('words every origin', () => {
    expect(originWords({ kind: 'collection', id: 'c', name: 'DSCC' })).toBe('from collection DSCC');
    expect(originWords({ kind: 'environment', id: 'e', name: 'Sandbox' })).toBe('from environment Sandbox');
    expect(originWords({ kind: 'globals' })).toBe('from the global variables');
    expect(originWords({ kind: 'request' })).toBe('from this request');
    expect(originWords({ kind: 'active' })).toBe('the active environment');
    expect(originWords({ kind: 'tab' })).toBe('the environment this request was sent to');
  });
});
