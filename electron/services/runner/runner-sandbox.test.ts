// The runner at service level against the Sandbox: a Postman collection this test writes (the
// GreenLake token pattern, and a capture feeding the next request) is imported, its connection offer
// accepted, and run — the token request is left to the connection, the captured id reaches the next
// request, stop-on-failure and safe mode behave, and no secret lands in any file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PayloadOf } from '../../../shared/contract/index';
import { blankRequest } from '../../../shared/model/request';
import { runResultJunit } from '../../../shared/runner/run-report';
import { createServices, type Services } from '../create-services';
import { startSandbox, type Sandbox } from '../sandbox/sandbox';
import { testServiceDependencies } from '../test-support/temp-services';

let dir: string;
let sandbox: Sandbox;
let services: Services;
const progress: PayloadOf<'runner.progress'>[] = [];

/** A GreenLake-style collection: bearer {{BearerToken}} filled by a token request's script. */
function greenLakeCollection(baseUrl: string, secret: string) {
  const script = (line: string) => [{ listen: 'test', script: { type: 'text/javascript', exec: [line] } }];
  return {
    info: { name: 'Storage tour', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{BearerToken}}', type: 'string' }] },
    variable: [
      { key: 'baseUrl', value: baseUrl },
      { key: 'sso_URI', value: baseUrl.replace(/^http:\/\//, '') },
      { key: 'ClientId', value: 'sandbox-client' },
      { key: 'ClientSecret', value: secret },
      { key: 'BearerToken', value: '' },
    ],
    item: [
      {
        name: 'Step1',
        item: [
          {
            name: 'Generate AccessToken',
            event: script('pm.collectionVariables.set("BearerToken", JSON.parse(responseBody).access_token);'),
            request: {
              method: 'POST',
              url: { raw: 'http://{{sso_URI}}/as/token.oauth2', protocol: 'http', host: ['{{sso_URI}}'], path: ['as', 'token.oauth2'] },
              body: {
                mode: 'urlencoded',
                urlencoded: [
                  { key: 'grant_type', value: 'client_credentials' },
                  { key: 'client_id', value: '{{ClientId}}' },
                  { key: 'client_secret', value: '{{ClientSecret}}' },
                ],
              },
            },
          },
        ],
      },
      {
        name: 'Storage',
        item: [
          {
            name: 'List systems',
            event: script('pm.collectionVariables.set("SystemId", pm.response.json().items[0].id);'),
            request: { method: 'GET', url: '{{baseUrl}}/api/v1/storage-systems' },
          },
          { name: 'One system', request: { method: 'GET', url: '{{baseUrl}}/api/v1/storage-systems/{{SystemId}}' } },
          { name: 'Missing system', request: { method: 'GET', url: '{{baseUrl}}/api/v1/storage-systems/no-such-system' } },
          { name: 'After the failure', request: { method: 'GET', url: '{{baseUrl}}/api/v1/volumes' } },
        ],
      },
    ],
  };
}

/** Every file under `folder`, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shoreline-runner-'));
  sandbox = await startSandbox({});
  services = createServices(testServiceDependencies(dir));
  services.bus.subscribe((name, payload) => {
    if (name === 'runner.progress') progress.push(payload as PayloadOf<'runner.progress'>);
  });
});

afterAll(async () => {
  await services.close();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the runner against the Sandbox', () => {
  let collectionId = '';

  it('imports the GreenLake pattern, offers the connection and accepts it with the secret from the file', async () => {
    const text = JSON.stringify(greenLakeCollection(sandbox.baseUrl, sandbox.credentials.clientSecret));
    const outcome = await services.postman.importFile({ text, fileName: 'tour.postman_collection.json' });
    collectionId = outcome.collectionId;
    expect(outcome.report).toMatchObject({ kind: 'collection', requests: 5, folders: 2, captures: 1, secretsWithheld: ['ClientSecret'] });
    expect(outcome.report.connectionOffer).toEqual({ tokenUrl: sandbox.tokenUrl, clientId: 'sandbox-client', clientAuth: 'body' });
    expect(outcome.offerHasFileSecret).toBe(true);
    const offer = outcome.offer!;
    expect(offer.applyTo).toContain(collectionId);
    const accepted = await services.postman.acceptOffer({ collectionId, tokenUrl: offer.tokenUrl, clientId: offer.clientId, clientAuth: offer.clientAuth, applyTo: offer.applyTo, tokenRequests: offer.tokenRequests });
    expect(accepted).toMatchObject({ connectionName: 'Storage tour', tokenRequests: 1 });
    expect(services.collections.get(collectionId).auth).toEqual({ kind: 'connection', connectionId: accepted.connectionId });
  });

  it('runs the collection in order: the token request is the connection’s, the captured id feeds the next request', async () => {
    const { runId, plan } = services.runner.start({ collectionId, variables: [], delayMs: 0, stopOnFailure: false, confirmedUnsafe: [] });
    expect(plan.steps.map((s) => s.name)).toEqual(['Generate AccessToken', 'List systems', 'One system', 'Missing system', 'After the failure']);
    expect(plan.unsafe).toEqual([]);
    const result = await services.runner.done(runId);
    const [token, list, one, missing, after] = result.steps;
    expect(token).toMatchObject({ state: 'skipped', reason: expect.stringContaining('Handled by the connection') });
    expect(list).toMatchObject({ state: 'passed', status: 200, path: ['Storage'] });
    const systemId = list!.captured[0]!.value!;
    expect(list!.captured).toEqual([{ variable: 'SystemId', value: systemId }]);
    expect(systemId.length).toBeGreaterThan(3);
    expect(one).toMatchObject({ state: 'passed', status: 200 });
    expect(one!.url).toBe(`${sandbox.baseUrl}/api/v1/storage-systems/${systemId}`);
    expect(missing).toMatchObject({ state: 'failed', status: 404 });
    expect(after).toMatchObject({ state: 'passed' });
    expect(result).toMatchObject({ outcome: 'failed', bailed: false, totals: { requests: 5, passed: 3, failed: 1, errors: 0, skipped: 1, notRun: 0 } });
    expect(progress.filter((p) => p.runId === runId).map((p) => p.index)).toEqual([0, 1, 2, 3, 4]);
    // The capture is saved in the collection, as a send from a tab would.
    expect(services.collections.get(collectionId).variables.find((v) => v.key === 'SystemId')?.value).toBe(systemId);
    const junit = runResultJunit(result);
    expect(junit).toContain('tests="5" failures="1" errors="0" skipped="1"');
  });

  it('stops at the first failure when asked, and leaves the rest not run', async () => {
    const collection = services.collections.get(collectionId);
    const storage = collection.items.find((i) => i.name === 'Storage')!;
    const { runId, plan } = services.runner.start({ collectionId, itemId: storage.id, variables: [], delayMs: 10, stopOnFailure: true, confirmedUnsafe: [] });
    expect(plan.title).toBe('Storage tour › Storage');
    const result = await services.runner.done(runId);
    expect(result.steps.map((s) => s.state)).toEqual(['passed', 'passed', 'failed', 'pending']);
    expect(result.steps[3]!.reason).toBe('Not run: the run stopped at the first failure.');
    expect(result).toMatchObject({ outcome: 'failed', bailed: true });
  });

  it('stops when asked: the request in flight is cancelled, the rest are not run', async () => {
    const { runId } = services.runner.start({ collectionId, variables: [], delayMs: 1_500, stopOnFailure: false, confirmedUnsafe: [] });
    await new Promise<void>((resolve) => {
      const off = services.bus.subscribe((name, payload) => {
        if (name === 'runner.progress' && (payload as PayloadOf<'runner.progress'>).runId === runId && (payload as PayloadOf<'runner.progress'>).step.state === 'passed') {
          off();
          resolve();
        }
      });
    });
    services.runner.stop(runId);
    const result = await services.runner.done(runId);
    expect(result.outcome).toBe('stopped');
    expect(result.steps.map((s) => s.state)).toEqual(['skipped', 'passed', 'pending', 'pending', 'pending']);
    expect(result.steps[2]!.reason).toBe('Not run: the run was stopped.');
    expect(services.runner.result(runId)).toBe(result);
    expect(() => services.runner.result('run-unknown')).toThrow('That run is no longer known');
  });

  it('lets --var values override the collection, and a connection override replace every auth', async () => {
    const none = await services.connections.add({ kind: 'client-credentials', name: 'Wrong client', tokenUrl: sandbox.tokenUrl, clientId: 'nobody', clientAuth: 'body', secret: 'wrong' });
    const { runId } = services.runner.start({ collectionId, connectionId: none.id, variables: [{ key: 'baseUrl', value: sandbox.baseUrl, enabled: true }], delayMs: 0, stopOnFailure: true, confirmedUnsafe: [] });
    const result = await services.runner.done(runId);
    expect(result.steps[1]).toMatchObject({ state: 'error' });
    expect(result.steps[1]!.reason).toMatch(/client/i);
    expect(result.bailed).toBe(true);
  });

  it('asks before unsafe requests outside the Sandbox: unconfirmed ones are skipped, confirmed ones sent', async () => {
    const staging = services.environments.create({ name: 'Staging', variables: { baseUrl: sandbox.baseUrl } });
    const changer = services.collections.create('Changes');
    const saved = services.collections.saveRequest({ collectionId: changer.id, parentId: null, name: 'Delete a volume', request: { ...blankRequest(), method: 'DELETE', url: '{{baseUrl}}/api/v1/volumes/v1' } });
    const plan = services.runner.plan({ collectionId: changer.id, environmentId: staging.id, variables: [] });
    expect(plan.unsafe).toEqual([{ itemId: saved.itemId, name: 'Delete a volume', method: 'DELETE', url: '{{baseUrl}}/api/v1/volumes/v1', environmentName: 'Staging' }]);
    const skipped = await services.runner.done(services.runner.start({ collectionId: changer.id, environmentId: staging.id, variables: [], delayMs: 0, stopOnFailure: false, confirmedUnsafe: [] }).runId);
    expect(skipped.steps[0]).toMatchObject({ state: 'skipped', reason: expect.stringContaining('not confirmed') });
    expect(skipped.outcome).toBe('passed');
    const sent = await services.runner.done(services.runner.start({ collectionId: changer.id, environmentId: staging.id, variables: [], delayMs: 0, stopOnFailure: false, confirmedUnsafe: [saved.itemId] }).runId);
    expect(sent.steps[0]!.status).toBeGreaterThanOrEqual(400);
  });

  it('never writes the client secret into a file, and exports no secret or token', () => {
    const secretValue = sandbox.credentials.clientSecret;
    for (const file of filesUnder(dir)) expect(readFileSync(file, 'utf8'), file).not.toContain(secretValue);
    const exported = services.postman.exportFile(collectionId);
    expect(exported.fileName).toBe('Storage tour.postman_collection.json');
    expect(exported.text).not.toContain(secretValue);
    expect(exported.text).toContain('{{BearerToken}}');
    expect(exported.text).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
  });
});
