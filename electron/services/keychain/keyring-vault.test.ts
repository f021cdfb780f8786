import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeyringVault } from './keyring-vault';

// The real keychain is only touched inside build/with-keyring.sh (a private gnome-keyring on its own
// D-Bus session), never the developer's own keyring.
const realKeyring = !!process.env.SHORELINE_KEYRING_READY;
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');

describe.runIf(realKeyring)('keyring vault (real Secret Service)', () => {
  const vault = createKeyringVault({ service: 'Shoreline-test' });
  const key = `connection:${Math.random().toString(36).slice(2)}`;
  afterEach(async () => vault.delete(key));

  it('stores, reads back, replaces and deletes a secret', async () => {
    await vault.set(key, 'first a+b:c%d&e=f ✓');
    expect(await vault.get(key)).toBe('first a+b:c%d&e=f ✓');
    await vault.set(key, 'second');
    expect(await vault.get(key)).toBe('second');
    await vault.delete(key);
    expect(await vault.get(key)).toBeUndefined();
  });

  it('reports a missing entry as undefined and deletes it quietly', async () => {
    expect(await vault.get(`${key}-absent`)).toBeUndefined();
    await expect(vault.delete(`${key}-absent`)).resolves.toBeUndefined();
  });

  it('keeps entries of different keys apart', async () => {
    await vault.set(key, 'one');
    await vault.set(`${key}-other`, 'two');
    expect(await vault.get(key)).toBe('one');
    expect(await vault.get(`${key}-other`)).toBe('two');
    await vault.delete(`${key}-other`);
  });
});

describe('keyring vault without any keychain service', () => {
  it('reports keychain_unavailable for set and get instead of storing the secret elsewhere', () => {
    const runtimeDir = mkdtempSync(join(tmpdir(), 'shoreline-nobus-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, XDG_RUNTIME_DIR: runtimeDir, DBUS_SESSION_BUS_ADDRESS: '' };
      delete env.DBUS_SESSION_BUS_ADDRESS;
      delete env.DISPLAY;
      const child = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'keyring-probe.fixture.ts')], {
        cwd: repoRoot,
        env,
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(child.status, child.stderr).toBe(0);
      const line = child.stdout.trim().split('\n').pop() ?? '';
      expect(JSON.parse(line)).toEqual({ set: 'keychain_unavailable', get: 'keychain_unavailable', leaked: false });
    } finally {
      rmSync(runtimeDir, { recursive: true, force: true });
    }
  });
});
