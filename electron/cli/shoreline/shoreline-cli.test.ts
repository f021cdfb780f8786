// The `shoreline` command end to end: the BUILT dist/node/shoreline.js, spawned as a user would run it,
// over its own user-data folder and the real keychain (npm test runs under build/with-keyring.sh),
// against a Sandbox this test runs. Import a Postman collection written here (the GreenLake token
// pattern, a capture feeding the next request) → run → export; every exit code; JUnit output;
// and `watch --json` of the audit log with 6 s tokens and injected faults: every event once, in order.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleTargets } from '../../../build/build-state.mjs';
import { shorelineTargets } from '../../../build/build.mjs';
import { startSandbox, type Sandbox } from '../../services/sandbox/sandbox';

const bin = resolve('dist/node/shoreline.js');
const importKeys = ['kind', 'id', 'name', 'requests', 'folders', 'variables', 'captures', 'scriptsNotRun', 'secretsWithheld', 'connectionOffer', 'findings'];

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;
let userData: string;
let sandbox: Sandbox;
/** The Sandbox's audit feed clock: held still until the watch has learned what exists, then real time. */
let heldAt: number | undefined = Date.now();
let offset = 0;
const feedClock = () => heldAt ?? Date.now() + offset;
const sandboxStart = feedClock();

/** Runs the built command line; `onStdout` sees output as it comes. */
function shoreline(args: string[], options: { env?: Record<string, string>; userData?: string; onStdout?: (text: string) => void; onStart?: (child: ReturnType<typeof spawn>) => void } = {}): Promise<Outcome> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, '--user-data', options.userData ?? userData, ...args], { env: { ...process.env, CLIENTID: '', CLIENTSECRET: '', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      options.onStdout?.(chunk.toString());
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    options.onStart?.(child);
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A GreenLake-style Postman collection: bearer {{BearerToken}} from a token request's script, with its secret in the file. */
function greenLakeFile(name: string, items: unknown[]) {
  const script = (...exec: string[]) => [{ listen: 'test', script: { type: 'text/javascript', exec } }];
  return {
    info: { name, schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{BearerToken}}', type: 'string' }] },
    variable: [
      { key: 'baseUrl', value: sandbox.baseUrl },
      { key: 'sso_URI', value: `${sandbox.baseUrl.replace('http://', '')}/as/token.oauth2` },
      { key: 'ClientId', value: sandbox.credentials.clientId },
      { key: 'ClientSecret', value: sandbox.credentials.clientSecret },
      { key: 'BearerToken', value: '' },
    ],
    item: [
      {
        name: 'Step1',
        item: [
          {
            name: 'Generate AccessToken',
            event: script('var jsonData = JSON.parse(responseBody);', 'pm.collectionVariables.set("BearerToken", jsonData.access_token);'),
            request: {
              method: 'POST',
              url: 'http://{{sso_URI}}',
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
      ...items,
    ],
  };
}

const capture = (line: string) => [{ listen: 'test', script: { type: 'text/javascript', exec: [line, 'pm.test("200", () => pm.response.to.have.status(200));'] } }];

function tourFile() {
  return greenLakeFile('Storage tour', [
    {
      name: 'Storage',
      item: [
        { name: 'List systems', event: capture('pm.collectionVariables.set("SystemId", pm.response.json().items[0].id);'), request: { method: 'GET', url: '{{baseUrl}}/api/v1/storage-systems?limit=5' } },
        { name: 'One system', request: { method: 'GET', url: '{{baseUrl}}/api/v1/storage-systems/{{SystemId}}' } },
      ],
    },
    { name: 'Broken', item: [{ name: 'Missing system', request: { method: 'GET', url: '{{baseUrl}}/api/v1/storage-systems/no-such-system' } }] },
  ]);
}

/** Every file under `folder`. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => (statSync(join(folder, name)).isDirectory() ? filesUnder(join(folder, name)) : [join(folder, name)]));
}

/** The part of the DOM the JUnit check reads; jsdom is loaded by name, without its types. */
interface XmlElement {
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement> & Iterable<XmlElement>;
}
async function parseXml(text: string): Promise<XmlElement> {
  const name = 'jsdom';
  const { JSDOM } = (await import(name)) as { JSDOM: new (html: string) => { window: { DOMParser: new () => { parseFromString(t: string, type: string): XmlElement } } } };
  return new new JSDOM('').window.DOMParser().parseFromString(text, 'application/xml');
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(what: string, check: () => boolean, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await pause(50);
  }
}

beforeAll(async () => {
  const stale = staleTargets('.', shorelineTargets).filter((t) => t.name === 'cli');
  if (stale.length > 0) throw new Error(`dist/node/shoreline.js is out of date (${stale.map((s) => s.reason).join('; ')}): run node build/build.mjs --changed first.`);
  dir = mkdtempSync(join(tmpdir(), 'shoreline-cli-'));
  userData = join(dir, 'user-data');
  sandbox = await startSandbox({ tokenTtlSeconds: 6, feedClock, audit: { intervalMs: 300, perArrival: 2 } });
});

afterAll(async () => {
  await sandbox?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('shoreline import → run → export', () => {
  const env = { CLIENTID: 'sandbox-client', CLIENTSECRET: '' };
  let collectionId = '';

  it('imports a Postman collection: one JSON object with exactly the issue’s keys, the secret withheld, the connection created', async () => {
    const file = join(dir, 'tour.postman_collection.json');
    writeFileSync(file, JSON.stringify(tourFile()));
    const result = await shoreline(['import', file, '--json'], { env: { ...env, CLIENTSECRET: sandbox.credentials.clientSecret } });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(importKeys);
    expect(report).toMatchObject({ kind: 'collection', name: 'Storage tour', requests: 4, folders: 3, variables: 5, captures: 1, scriptsNotRun: 2, secretsWithheld: ['ClientSecret'] });
    expect(report.connectionOffer).toEqual({ tokenUrl: sandbox.tokenUrl, clientId: 'sandbox-client', clientAuth: 'body' });
    expect(result.stderr).toContain('Created the connection “Storage tour” with the client secret from CLIENTSECRET');
    collectionId = String(report.id);
    for (const output of [result.stdout, result.stderr]) expect(output).not.toContain(sandbox.credentials.clientSecret);
    for (const saved of filesUnder(userData)) expect(readFileSync(saved, 'utf8'), saved).not.toContain(sandbox.credentials.clientSecret);
  });

  it('runs a folder: exit 0, the captured id feeds the next request, no token printed', async () => {
    const result = await shoreline(['run', 'storage tour/Storage']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const systemId = /SystemId = (\S+)/.exec(lines[0]!)?.[1];
    expect(lines[0]).toMatch(/^✓ 200 {2}GET {4}Storage › List systems {2}\d+ ms {2}→ SystemId = \S+$/);
    expect(systemId).toBeTruthy();
    expect(lines[1]).toMatch(/^✓ 200 {2}GET {4}Storage › One system {2}\d+ ms$/);
    expect(lines[2]).toMatch(/^Done: Storage tour › Storage — 2 passed, 0 failed of 2 requests in \d+\.\d s\.$/);
    expect(result.stdout + result.stderr).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);

    const json = await shoreline(['run', collectionId, '--reporter', 'json']);
    expect(json.stderr).toBe('');
    const run = JSON.parse(json.stdout) as { steps: { name: string; url: string; state: string; captured: { variable: string; value?: string }[] }[]; outcome: string };
    const one = run.steps.find((s) => s.name === 'One system')!;
    const captured = run.steps.find((s) => s.name === 'List systems')!.captured[0]!.value!;
    expect(one).toMatchObject({ state: 'passed', url: `${sandbox.baseUrl}/api/v1/storage-systems/${captured}` });
    expect(run.steps[0]).toMatchObject({ name: 'Generate AccessToken', state: 'skipped' });
  });

  it('exits 1 when a request does not get a 2xx/3xx answer, and writes well-formed JUnit', async () => {
    const out = join(dir, 'junit.xml');
    const result = await shoreline(['run', 'Storage tour', '--reporter', 'junit', '--out', out, '--delay-ms', '20']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/✗ 404 {2}GET {4}Broken › Missing system {2}\d+ ms {2}The answer was 404 Not Found/);
    const doc = await parseXml(readFileSync(out, 'utf8'));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const suite = doc.getElementsByTagName('testsuite')[0]!;
    expect([suite.getAttribute('name'), suite.getAttribute('tests'), suite.getAttribute('failures'), suite.getAttribute('skipped')]).toEqual(['Storage tour', '4', '1', '1']);
    const cases = [...doc.getElementsByTagName('testcase')];
    expect(cases.map((c) => c.getAttribute('name'))).toEqual(['POST Generate AccessToken', 'GET List systems', 'GET One system', 'GET Missing system']);
    expect(cases[3]!.getElementsByTagName('failure')).toHaveLength(1);

    const bailed = await shoreline(['run', 'Storage tour', '--bail', '--var', `baseUrl=http://127.0.0.1:9`]);
    expect(bailed.code).toBe(1);
    expect(bailed.stdout).toContain('Not run: the run stopped at the first failure.');
  });

  it('exits 2 for bad usage or input, saying why', async () => {
    const cases: [string[], RegExp][] = [
      [['run', 'No such collection'], /No collection here is named “No such collection”\. Collections here: “Storage tour”\./],
      [['run', 'Storage tour/Nothing'], /No folder or request in “Storage tour” is named “Nothing”/],
      [['run', 'Storage tour', '--reporter', 'xml'], /--reporter is table, json or junit, not “xml”/],
      [['run', 'Storage tour', '--delay-ms', 'soon'], /--delay-ms needs a whole number from 0 to 600000/],
      [['run', 'Storage tour', '--var', 'novalue'], /--var needs KEY=VALUE/],
      [['run', 'Storage tour', '--environment', 'Nowhere'], /No environment here is named “Nowhere”/],
      [['run', 'Storage tour', '--colour'], /Unknown option --colour/],
      [['import', join(dir, 'missing.json')], /there is no such file/],
      [['export', 'Storage tour'], /--format postman/],
      [['watch', 'Storage tour/Storage', '--every', '1'], /--every needs a whole number from 5/],
      [['frobnicate'], /“frobnicate” is not a shoreline command/],
    ];
    for (const [args, message] of cases) {
      const result = await shoreline(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
    }
    const help = await shoreline(['run', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: shoreline run <collection>[/<folder>…] [options]');
  }, 90_000);

  it('exports Postman v2.1 without a secret or a token, and the export imports back the same', async () => {
    const out = join(dir, 'export.json');
    const result = await shoreline(['export', 'Storage tour', '--format', 'postman', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain(sandbox.credentials.clientSecret);
    expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
    expect(JSON.parse(text).info.schema).toBe('https://schema.getpostman.com/json/collection/v2.1.0/collection.json');
    const again = await shoreline(['import', out, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ kind: 'collection', name: 'Storage tour', requests: 4, folders: 3, captures: 1 });

    // Two collections now share the name: the command line asks for an id, and takes one.
    const ambiguous = await shoreline(['run', 'Storage tour/Storage']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/2 collections here are named “Storage tour”\. Name the one you mean by its id: c-[a-z0-9]+, c-[a-z0-9]+\./);
    const listed = JSON.parse((await shoreline(['list', 'collections', '--json'])).stdout) as { id: string; name: string }[];
    expect(listed.map((c) => c.name)).toEqual(['Storage tour', 'Storage tour']);
    expect((await shoreline(['run', `${listed[0]!.id}/Storage`])).code).toBe(0);
  }, 60_000);
});

describe('shoreline run and safe mode', () => {
  it('names the requests that can change data before sending them, and says when no connection gives the token', async () => {
    const file = join(dir, 'changes.postman_collection.json');
    const tour = tourFile();
    const changes = {
      ...tour,
      info: { ...tour.info, name: 'Changes' },
      variable: tour.variable.map((v) => (v.key === 'ClientSecret' ? { ...v, value: '' } : v)),
      item: [...tour.item.slice(0, 1), { name: 'Write', item: [{ name: 'Create volume', request: { method: 'POST', url: '{{baseUrl}}/api/v1/volumes', body: { mode: 'raw', raw: '{"name":"v1"}' } } }] }],
    };
    writeFileSync(file, JSON.stringify(changes));
    expect((await shoreline(['import', file])).code).toBe(0);
    const result = await shoreline(['run', 'Changes']);
    expect(result.stderr).toContain('No connection gives “Changes” its token');
    expect(result.stderr).toContain('Sending 1 request that can change data outside the Sandbox, as this command asks: POST Create volume.');
    expect(result.stdout).toMatch(/✗ 40\d {2}POST {3}Write › Create volume/);
    expect(result.code).toBe(1);
  }, 30_000);
});

describe('shoreline without a keychain (a CI runner)', () => {
  // On Linux the keychain is the Secret Service on D-Bus: a bus that does not exist leaves none to reach.
  it.skipIf(process.platform !== 'linux')('takes the secret from CLIENTID/CLIENTSECRET on every command, storing it nowhere', async () => {
    const ci = join(dir, 'ci-user-data');
    const noKeychain = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' };
    const credentials = { ...noKeychain, CLIENTID: 'sandbox-client', CLIENTSECRET: sandbox.credentials.clientSecret };
    const file = join(dir, 'ci.postman_collection.json');
    const withoutSecret = tourFile();
    withoutSecret.variable = withoutSecret.variable.map((v) => (v.key === 'ClientSecret' ? { ...v, value: '' } : v));
    writeFileSync(file, JSON.stringify(withoutSecret));
    const imported = await shoreline(['import', file], { env: credentials, userData: ci });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('no keychain could be reached, so the secret was not stored: each command takes it from CLIENTSECRET again');
    expect((await shoreline(['run', 'Storage tour/Storage'], { env: credentials, userData: ci })).code).toBe(0);
    const without = await shoreline(['run', 'Storage tour/Storage'], { env: noKeychain, userData: ci });
    expect(without.code).toBe(1);
    expect(without.stdout).toContain("Shoreline could not use this computer's keychain");
    for (const saved of filesUnder(ci)) expect(readFileSync(saved, 'utf8'), saved).not.toContain(sandbox.credentials.clientSecret);
  }, 60_000);
});

describe('shoreline import of an OpenAPI spec', () => {
  it('imports a spec from a URL as a spec: operations in place of requests, and lists it', async () => {
    const result = await shoreline(['import', sandbox.openApiUrl, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(importKeys.map((key) => (key === 'requests' ? 'operations' : key)));
    expect(report).toMatchObject({ kind: 'spec', captures: 0, secretsWithheld: [], connectionOffer: null });
    expect(report.operations).toBeGreaterThan(10);
    const specs = JSON.parse((await shoreline(['list', 'specs', '--json'])).stdout) as { id: string; operations: number }[];
    expect(specs).toEqual([expect.objectContaining({ id: report.id, operations: report.operations })]);
    const bad = join(dir, 'not-a-spec.yaml');
    writeFileSync(bad, 'just: [some, yaml]\n');
    const refused = await shoreline(['import', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.length).toBeGreaterThan(20);
  }, 60_000);
});

describe('shoreline watch', () => {
  it('prints every new audit event exactly once, in order, as JSON lines, across token renewals, a 503, a 429 and a dropped connection', async () => {
    const file = join(dir, 'audit.postman_collection.json');
    writeFileSync(file, JSON.stringify(greenLakeFile('Audit', [{ name: 'Audit log', request: { method: 'GET', url: '{{baseUrl}}/audit-log/v1/logs?limit=4' } }])));
    const imported = await shoreline(['import', file], { env: { CLIENTID: 'sandbox-client', CLIENTSECRET: sandbox.credentials.clientSecret } });
    expect(imported.code, imported.stderr).toBe(0);

    const apiAtStart = sandbox.stats.apiRequests;
    const tokensAtStart = sandbox.stats.tokenRequests;
    let lines = '';
    const watching = shoreline(['watch', 'Audit/Audit log', '--every', '5', '--for', '42s', '--json'], { onStdout: (text) => (lines += text) });
    await waitFor('the first check', () => sandbox.stats.apiRequests > apiAtStart);
    await pause(300);
    // Events start arriving only now: everything after the first check is new.
    offset = heldAt! - Date.now();
    heldAt = undefined;
    await waitFor('events to be printed', () => lines.split('\n').length > 4);
    sandbox.faults.dropConnections(1);
    await waitFor('the dropped connection', () => sandbox.faults.state().done.dropped === 1);
    sandbox.faults.failRequests(503, 1, 1);
    await waitFor('the 503', () => sandbox.faults.state().done.answered503 === 1);
    sandbox.faults.failRequests(429, 1, 1);
    await waitFor('the 429', () => sandbox.faults.state().done.answered429 === 1);
    // Stop the feed and let the watch catch up with a clean check before --for ends it.
    heldAt = feedClock();
    const apiAtHold = sandbox.stats.apiRequests;
    const result = await watching;
    expect(sandbox.stats.apiRequests - apiAtHold, 'a check after the feed stopped').toBeGreaterThanOrEqual(1);
    expect(result.code, result.stderr).toBe(0);

    const printed = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; createdAt: string });
    const token = (await (await fetch(sandbox.tokenUrl, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: sandbox.credentials.clientId, client_secret: sandbox.credentials.clientSecret }) })).json()) as { access_token: string };
    const since = new Date(sandboxStart).toISOString();
    const log = (await (await fetch(`${sandbox.baseUrl}/audit-log/v1/logs?limit=2000&filter=${encodeURIComponent(`createdAt gt '${since}'`)}`, { headers: { Authorization: `Bearer ${token.access_token}` } })).json()) as { items: { id: string; createdAt: string }[] };
    const expected = [...log.items].reverse();
    expect(expected.length).toBeGreaterThan(20);
    expect(printed.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    // The item as the API gave it, not a summary.
    expect(printed[0]).toEqual(expected[0]);
    expect(sandbox.stats.tokenRequests - tokensAtStart, 'tokens renewed').toBeGreaterThanOrEqual(3);
    expect(result.stderr).toContain('Retrying in 1 s, as the server asked.');
    expect(result.stderr + result.stdout).not.toContain(sandbox.credentials.clientSecret);
  }, 90_000);

  it('exits 0 on Ctrl+C, and 1 with the reason when the watch has to stop', async () => {
    const file = join(dir, 'stops.postman_collection.json');
    writeFileSync(
      file,
      JSON.stringify(
        greenLakeFile('Stops', [
          { name: 'Gone', request: { method: 'GET', url: '{{baseUrl}}/audit-log/v1/no-such-list' } },
          { name: 'Log', request: { method: 'GET', url: '{{baseUrl}}/audit-log/v1/logs?limit=2' } },
        ]),
      ),
    );
    expect((await shoreline(['import', file], { env: { CLIENTID: 'sandbox-client', CLIENTSECRET: sandbox.credentials.clientSecret } })).code).toBe(0);

    const gone = await shoreline(['watch', 'Stops/Gone', '--every', '5']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/The watch stopped: .*404/);

    let child: ReturnType<typeof spawn> | undefined;
    const apiBefore = sandbox.stats.apiRequests;
    const watching = shoreline(['watch', 'Stops/Log', '--every', '5'], { onStart: (c) => (child = c) });
    await waitFor('the first check', () => sandbox.stats.apiRequests > apiBefore);
    await pause(300);
    child!.kill('SIGINT');
    const interrupted = await watching;
    expect(interrupted.code, interrupted.stderr).toBe(0);
  }, 60_000);
});
