import { describe, expect, it } from 'vitest';
import { withAppOwnedSecrets } from './app-owned-secrets';
import { createMemoryVaultForTests } from './memory-vault-for-tests';

describe('withAppOwnedSecrets', () => {
  it('serves owned keys from memory, refuses to change them, and passes other keys through', async () => {
    const inner = createMemoryVaultForTests();
    const vault = withAppOwnedSecrets(inner, { 'connection:sandbox': 'per-launch' });
    expect(await vault.get('connection:sandbox')).toBe('per-launch');
    await expect(vault.set('connection:sandbox', 'x')).rejects.toMatchObject({ code: 'read_only' });
    await expect(vault.delete('connection:sandbox')).rejects.toMatchObject({ code: 'read_only' });
    await vault.set('connection:user', 'typed');
    expect(inner.entries.get('connection:user')).toBe('typed');
    expect(inner.entries.has('connection:sandbox')).toBe(false);
  });
});
