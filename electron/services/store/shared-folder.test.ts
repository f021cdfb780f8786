/**
 * The app and the command line on one user-data folder: what one process saves, the other's
 * services pick up on their next refresh (every two seconds in the app) and announce to the window.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankRequest } from '../../../shared/model/request';
import { createConnectionsService } from '../connections/connections-service';
import { createServices } from '../create-services';
import { createHistoryService } from '../history/history-service';
import { createMemoryVaultForTests } from '../keychain/memory-vault-for-tests';
import { createEventBus } from '../events/event-bus';
import { createSettingsService } from '../settings/settings-service';
import { createDocumentStore } from './document-store';
import { testServiceDependencies } from '../test-support/temp-services';

describe('another process saving to the same folder', () => {
  it('is picked up on refresh and announced', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'shoreline-shared-'));
    const appStore = createDocumentStore({ folder, by: 'the app' });
    const app = createServices(testServiceDependencies(folder, { stores: appStore }));
    const seen: string[] = [];
    app.bus.subscribe((name) => seen.push(name));
    const cli = createDocumentStore({ folder, by: 'the command line' });
    await createConnectionsService({ stores: cli, vault: createMemoryVaultForTests(), tokens: { forget: () => undefined } }).add({
      kind: 'client-credentials',
      name: 'From the command line',
      tokenUrl: 'https://sso.example.com/token',
      clientId: 'c',
      clientAuth: 'body',
      secret: 's',
    });
    createSettingsService(cli, createEventBus()).update({ theme: 'dark' });
    const history = createHistoryService({ store: cli });
    history.record({ kind: 'send', method: 'GET', url: 'https://h/from-cli', requestHeaders: [], request: { ...blankRequest(), url: 'https://h/from-cli' } }, []);
    await history.flush();

    expect(app.connections.list()).toEqual([]);
    expect(appStore.refresh().sort()).toEqual(['connections.json', 'history.jsonl', 'settings.json']);
    expect(app.connections.list().map((c) => c.name)).toEqual(['From the command line']);
    expect(app.settings.get().theme).toBe('dark');
    expect(app.history.list().entries.map((e) => e.url)).toEqual(['https://h/from-cli']);
    expect(seen.sort()).toEqual(['connections.changed', 'history.changed', 'settings.changed']);
    await app.close();
  });
});
