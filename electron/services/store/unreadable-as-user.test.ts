/**
 * `chmod 000` on a store file, seen by a real user (root reads anything, so as root the test runs the
 * app as `nobody` through setpriv): Shoreline starts, says in words which part it could not read,
 * refuses to change that part, and changes nothing in the file.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./start-as-user-for-tests.ts', import.meta.url));
const asRoot = process.getuid?.() === 0;

describe.runIf(process.platform !== 'win32')('a store file the user may not read', () => {
  it('leaves it alone, reports it in words, and opens that part read-only while the rest works', () => {
    const folder = mkdtempSync(join(tmpdir(), 'shoreline-unreadable-'));
    const connections = join(folder, 'connections.json');
    const text = JSON.stringify({ schemaVersion: 1, data: { connections: [{ id: 'mine', name: 'Mine', kind: 'client-credentials', tokenUrl: 'https://sso.example.com/t', clientId: 'c', clientAuth: 'body', builtIn: false, hasSecret: true, createdAt: '2026-01-01T00:00:00.000Z' }] } });
    writeFileSync(connections, text);
    chmodSync(connections, 0o000);
    if (asRoot) {
      // The folder belongs to the test user; the unreadable file stays root's, mode 000.
      chownSync(folder, 65534, 65534);
      chmodSync(folder, 0o700);
    }
    const command = asRoot ? ['setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, '--import', 'tsx', script, folder]] as const : [process.execPath, ['--import', 'tsx', script, folder]] as const;
    const run = spawnSync(command[0], [...command[1]], { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 });
    expect(run.error, 'setpriv must be installed to run this test as root (util-linux)').toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout.trim().split('\n').pop()!);
    expect(out.uid).not.toBe(0);
    const problems: string[] = out.info.value.startupProblems;
    expect(problems).toEqual([
      `Shoreline could not read your connections (${connections}: permission denied). It left the file as it is and opened your connections read-only; fix the file's permissions, then restart Shoreline.`,
    ]);
    expect(out.added).toEqual({
      ok: false,
      error: { code: 'store_unavailable', message: `Shoreline could not read ${connections} (permission denied) when it started, so it will not change your connections until that file can be read. Nothing in it was overwritten.` },
    });
    expect(out.settings).toMatchObject({ ok: true, value: { theme: 'light' } });
    expect(out.environment).toMatchObject({ ok: true, value: { name: 'Still works' } });
    // The built-in Sandbox connections still work, from memory.
    expect(out.connections.value.map((c: { id: string }) => c.id)).toEqual(['sandbox', 'sandbox-limited']);
    chmodSync(connections, 0o600);
    expect(readFileSync(connections, 'utf8')).toBe(text);
    expect(statSync(connections).uid).toBe(process.getuid?.());
    expect(readdirSync(folder).filter((f) => f.startsWith('connections.json'))).toEqual(['connections.json']);
  }, 90_000);
});
