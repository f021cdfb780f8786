// `npm run sandbox` end to end: the JSON line it prints and a token from it.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let child: ChildProcess | undefined;

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGTERM');
  child = undefined;
});

/** Runs electron/cli/sandbox.ts in one Node process (tsx as a loader) and resolves with its first stdout line. */
function firstLine(args: string[]): Promise<{ line: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/sandbox.ts', ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const end = out.indexOf('\n');
      if (end >= 0) resolve({ line: out.slice(0, end), stderr: err, code: null });
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ line: out.trim(), stderr: err, code }));
  });
}

describe('npm run sandbox', () => {
  it('prints one JSON line with the URLs and demo credentials, and serves them', async () => {
    const { line } = await firstLine(['--port', '0', '--token-ttl', '123']);
    const info = JSON.parse(line) as Record<string, string>;
    expect(Object.keys(info).sort()).toEqual([
      'baseUrl',
      'basicClientId',
      'basicClientSecret',
      'bodyClientId',
      'bodyClientSecret',
      'clientId',
      'clientSecret',
      'limitedClientId',
      'limitedClientSecret',
      'tokenUrl',
    ]);
    expect(info.clientSecret).toMatch(/^[0-9a-f]{32}$/);
    expect(info.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: info.clientId ?? '', client_secret: info.clientSecret ?? '' });
    const response = await fetch(info.tokenUrl ?? '', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
    expect(((await response.json()) as { expires_in: number }).expires_in).toBe(123);
  });

  it('exits with a message for a bad argument', async () => {
    const result = await firstLine(['--port', 'nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--port needs a whole number/);
  });
});
