/**
 * Run by keyring-vault.test.ts in a child process whose environment has no D-Bus session: it tries
 * the real vault and prints what happened as one JSON line, so the test can prove the vault reports
 * `keychain_unavailable` instead of silently storing the secret somewhere else.
 */
import { ShorelineError } from '../../../shared/errors';
import { createKeyringVault } from './keyring-vault';

const secret = 'probe-secret-value';
let leaked = false;

async function attempt(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
    return 'succeeded';
  } catch (thrown) {
    if (!(thrown instanceof ShorelineError)) return 'other-error';
    leaked ||= `${thrown.message}${thrown.detail ?? ''}`.includes(secret);
    return thrown.code;
  }
}

const vault = createKeyringVault({ service: 'Shoreline-test-probe' });
const set = await attempt(() => vault.set('connection:probe', secret));
const get = await attempt(() => vault.get('connection:probe'));
process.stdout.write(`${JSON.stringify({ set, get, leaked })}\n`);
