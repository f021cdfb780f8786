// "Copy as" run for real: the generated cURL (bash + curl + jq) and Python (requests + requests_oauthlib)
// fetch a token from the Sandbox with secrets that need encoding, in both client-authentication modes,
// then send the request; with a wrong secret they stop with a message and send nothing.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSnippet, type SnippetLanguage } from '../../../shared/snippets/snippet';
import { startSandbox, type Sandbox } from './sandbox';

/** Secrets with everything a shell, a form or HTTP Basic could trip over. */
const nasty = { basic: `b+s:c% d&e'f"g$HOME\\h=i☕`, body: `p+s:c% d&e'f"g$(x)\\h=i` };
let sandbox: Sandbox;
let dir: string;

/** The first interpreter that has what the Python snippet imports (CI installs python3-requests-oauthlib). */
function pythonWithRequests(): string | undefined {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(candidate, ['-c', 'import requests, requests_oauthlib'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

function has(command: string): boolean {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  sandbox = await startSandbox({ credentials: { basicClientSecret: nasty.basic, bodyClientSecret: nasty.body } });
  dir = mkdtempSync(join(tmpdir(), 'shoreline-snippets-'));
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(language: SnippetLanguage, program: string, clientAuth: 'basic' | 'body', secret: string): Promise<Run> {
  const request = { method: 'GET' as const, url: `${sandbox.baseUrl}/api/v1/storage-systems?limit=1&sort=id asc,name desc`, headers: [] };
  const code = buildSnippet(language, request, { tokenUrl: sandbox.tokenUrl, clientAuth });
  const file = join(dir, `${language}-${clientAuth}-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, code);
  const clientId = clientAuth === 'basic' ? sandbox.credentials.basicClientId : sandbox.credentials.bodyClientId;
  return new Promise((resolve) => {
    execFile(program, [file], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, CLIENTID: clientId, CLIENTSECRET: secret }, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const python = pythonWithRequests();

describe('the cURL snippet, run with bash', () => {
  it.each(['basic', 'body'] as const)('fetches a token with a secret full of special characters (%s) and sends the request', async (mode) => {
    expect(has('curl') && has('jq'), 'curl and jq must be installed (.ci/run installs them)').toBe(true);
    const result = await run('curl', 'bash', mode, nasty[mode]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ items: [expect.objectContaining({ id: expect.any(String) })], pageLimit: 1 });
  });

  it('stops with a message, and sends no request, when the token request fails', async () => {
    const before = sandbox.stats.apiRequests;
    const result = await run('curl', 'bash', 'basic', 'wrong-secret');
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('the token server said: Client authentication failed');
    expect(result.stderr).toContain(`No access token from ${sandbox.tokenUrl}, so the request was not sent.`);
    expect(result.stderr).not.toContain('Bearer null');
    expect(sandbox.stats.apiRequests).toBe(before);
  });
});

describe('the Python snippet (requests + requests_oauthlib), run with python3', () => {
  it.each(['basic', 'body'] as const)('fetches a token with a secret full of special characters (%s) and sends the request', async (mode) => {
    expect(python, 'python3 with requests and requests_oauthlib must be installed (.ci/run installs python3-requests-oauthlib)').toBeDefined();
    const result = await run('python', python as string, mode, nasty[mode]);
    expect(result.stderr).toBe('');
    const [status, ...body] = result.stdout.trim().split('\n');
    expect(status).toBe('200');
    expect(JSON.parse(body.join('\n'))).toMatchObject({ items: [expect.objectContaining({ id: expect.any(String) })] });
  });

  it('stops with a message, and sends no request, when the token request fails', async () => {
    const before = sandbox.stats.apiRequests;
    const result = await run('python', python as string, 'body', 'wrong-secret');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`No access token from ${sandbox.tokenUrl}, so the request was not sent.`);
    expect(result.stderr).not.toContain('Traceback');
    expect(sandbox.stats.apiRequests).toBe(before);
  });
});

// pwsh is not packaged for Debian and cannot be installed on this machine; where it exists, this runs.
describe.skipIf(!has('pwsh'))('the PowerShell snippet, run with pwsh', () => {
  it.each(['basic', 'body'] as const)('fetches a token with a secret full of special characters (%s) and sends the request', async (mode) => {
    const result = await run('powershell', 'pwsh', mode, nasty[mode]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('storage');
  });
});

describe("HPE's seed-003 watcher (Python), against the Sandbox with the default demo client", () => {
  it('gets a token with HTTP Basic without encoding, as the blog post does, and reads the audit log', async () => {
    expect(python, 'python3 with requests and requests_oauthlib must be installed').toBeDefined();
    // The token and audit-log steps of /work/shared/seeds/003 (HPE Developer blog), pointed at the Sandbox.
    const script = [
      'from oauthlib.oauth2 import BackendApplicationClient',
      'from requests.auth import HTTPBasicAuth',
      'from requests_oauthlib import OAuth2Session',
      'import requests, os',
      'client_id = os.environ.get("CLIENTID", "")',
      'client_secret = os.environ.get("CLIENTSECRET", "")',
      'client = BackendApplicationClient(client_id)',
      'oauth = OAuth2Session(client=client)',
      'auth = HTTPBasicAuth(client_id,client_secret)',
      'try:',
      `  token = oauth.fetch_token(token_url='${sandbox.tokenUrl}', auth=auth)`,
      'except:',
      '  print("Error retrieving access token.")',
      '  exit()',
      'my_token = "Bearer " + token["access_token"]',
      `response = requests.get(url="${sandbox.baseUrl}/audit-log/v1/logs?filter=startTime%20ge%20'2020-01-01T00:00:00.00Z'", headers={'accept': 'application/json', 'Authorization': my_token})`,
      'response.raise_for_status()',
      "print(response.json()['count'] > 0)",
    ].join('\n');
    const file = join(dir, 'seed-003.py');
    writeFileSync(file, script);
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', OAUTHLIB_INSECURE_TRANSPORT: '1', CLIENTID: sandbox.credentials.clientId, CLIENTSECRET: sandbox.credentials.clientSecret };
    // Asynchronously: the Sandbox answers from this same process.
    const { stdout } = await promisify(execFile)(python as string, [file], { env, encoding: 'utf8', timeout: 30_000 });
    expect(stdout.trim()).toBe('True');
  });
});
