/**
 * TESTS ONLY: starts Shoreline's services on a folder (as whatever user runs this), tries a change to
 * each part, and prints what happened as one JSON line. `unreadable-as-user.test.ts` runs it as a
 * user who may not read one of the files — the way `chmod 000` looks to a real user.
 */
import { dispatch } from '../../../shared/contract/dispatch';
import { createMemoryVaultForTests } from '../keychain/memory-vault-for-tests';
import { createNodeApp } from '../../web-host/create-node-app';

const folder = process.argv[2];
if (!folder) throw new Error('usage: <folder>');
const app = await createNodeApp(folder, { vault: createMemoryVaultForTests(), env: {}, by: 'the test user' });
const signal = new AbortController().signal;
const call = (name: string, input: unknown) => dispatch(app.handlers, name, input, { signal });
const info = await call('app.info', {});
const added = await call('connections.add', { kind: 'client-credentials', name: 'New', tokenUrl: 'https://sso.example.com/token', clientId: 'c', secret: 's' });
const settings = await call('settings.update', { theme: 'light' });
const environment = await call('environments.create', { name: 'Still works' });
const connections = await call('connections.list', {});
await app.services.close();
process.stdout.write(`${JSON.stringify({ uid: process.getuid?.(), info, added, settings, environment, connections })}\n`);
