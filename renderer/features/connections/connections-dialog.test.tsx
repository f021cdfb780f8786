// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '../../../shared/contract/connections';
import { HostProvider } from '../../host/host-context';
import { EnvironmentsProvider } from '../environments';
import { ConnectionsDialog } from './connections-dialog';
import { fakeHost, hostError, type FakeHandlers } from '../../host/fake-host';

afterEach(cleanup);

const sandbox: Connection = {
  id: 'sandbox',
  name: 'Sandbox',
  kind: 'client-credentials',
  tokenUrl: 'http://127.0.0.1:4010/as/token.oauth2',
  clientId: 'sandbox-client',
  clientAuth: 'body',
  builtIn: true,
  hasSecret: true,
  createdAt: '2026-01-01T00:00:00Z',
};

function setup(extra: FakeHandlers = {}) {
  let connections = [sandbox];
  const fake = fakeHost({
    'connections.list': () => connections,
    'connections.envOffer': () => null,
    'environments.list': () => [],
    'environments.getActive': () => null,
    'connections.add': (input) => {
      const added: Connection = { ...sandbox, id: 'c2', name: input.name, builtIn: false, clientId: input.kind === 'client-credentials' ? input.clientId : '' };
      connections = [...connections, added];
      return added;
    },
    'connections.delete': ({ id }) => void (connections = connections.filter((c) => c.id !== id)),
    ...extra,
  });
  const onClose = vi.fn();
  render(
    <HostProvider host={fake.host}>
      <EnvironmentsProvider>
        <ConnectionsDialog onClose={onClose} onManageEnvironments={() => undefined} />
      </EnvironmentsProvider>
    </HostProvider>,
  );
  return { ...fake, onClose, dialog: screen.getByRole('dialog', { name: 'Connections' }) };
}

const textbox = (name: string) => screen.getByRole('textbox', { name });

describe('ConnectionsDialog', () => {
  it('shows a built-in connection read-only, its secret never, and cannot delete it', async () => {
    setup();
    await waitFor(() => expect((textbox('Token URL') as HTMLInputElement).value).toBe(sandbox.tokenUrl));
    expect(textbox('Token URL').hasAttribute('readonly')).toBe(true);
    // A built-in Sandbox connection's secret is a demo one, kept in memory — never said to be in the keychain.
    expect(screen.getByTestId('secret-stored').textContent).toContain('A demo secret, kept in memory');
    expect(screen.getByTestId('secret-stored').textContent).not.toMatch(/keychain/i);
    expect(screen.queryByRole('button', { name: 'Replace secret' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Delete connection' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
  });

  it('tests typed credentials before saving and words the failure, raw response behind "Show details"', async () => {
    const { calls } = setup({
      'connections.test': () => ({
        ok: false,
        error: { code: 'invalid_client', message: 'The client ID or secret was not accepted by the token server.', detail: 'HTTP 401\n{"error":"invalid_client"}' },
      }),
    });
    await screen.findByRole('heading', { name: 'Sandbox' });
    fireEvent.click(screen.getByRole('button', { name: 'Add connection' }));
    fireEvent.change(textbox('Name'), { target: { value: 'Mine' } });
    fireEvent.change(textbox('Client ID'), { target: { value: 'sandbox-client' } });
    fireEvent.change(screen.getByTestId('client-secret'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const outcome = await screen.findByTestId('connection-test-outcome');
    expect(outcome.textContent).toContain('was not accepted by the token server');
    expect(within(outcome).queryByLabelText('Error details')).toBeNull();
    fireEvent.click(within(outcome).getByRole('button', { name: 'Show details' }));
    expect(within(outcome).getByLabelText('Error details').textContent).toContain('"error":"invalid_client"');
    expect(calls.find(([name]) => name === 'connections.test')?.[1]).toEqual({
      tokenUrl: 'https://sso.common.cloud.hpe.com/as/token.oauth2',
      clientId: 'sandbox-client',
      clientAuth: 'body',
      secret: 'wrong',
    });
  });

  it('offers to switch how the client authenticates when the token server expects the other way, and tests again', async () => {
    const mismatch = {
      ok: false as const,
      error: { code: 'client_auth_mismatch' as const, message: 'The token server expects the client ID and secret in an HTTP Basic header, not in the request body. Switch this connection to "HTTP Basic header".' },
    };
    const { calls } = setup({
      'connections.test': (input) => ('clientAuth' in input && input.clientAuth === 'basic' ? { ok: true, status: { state: 'valid', expiresAt: Date.now() + 7_200_000 } } : mismatch),
    });
    await screen.findByRole('heading', { name: 'Sandbox' });
    fireEvent.click(screen.getByRole('button', { name: 'Add connection' }));
    fireEvent.change(textbox('Name'), { target: { value: 'Mine' } });
    fireEvent.change(textbox('Client ID'), { target: { value: 'basic-only' } });
    fireEvent.change(screen.getByTestId('client-secret'), { target: { value: 'right' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const outcome = await screen.findByTestId('connection-test-outcome');
    expect(outcome.textContent).toContain('expects the client ID and secret in an HTTP Basic header');
    fireEvent.click(screen.getByRole('button', { name: 'Use HTTP Basic and test again' }));
    await waitFor(() => expect(screen.getByTestId('connection-test-outcome').textContent).toContain('Token received'));
    expect((screen.getByRole('radio', { name: 'HTTP Basic header' }) as HTMLInputElement).checked).toBe(true);
    expect(calls.filter(([name]) => name === 'connections.test').map(([, input]) => (input as { clientAuth: string }).clientAuth)).toEqual(['body', 'basic']);
  });

  it('switches a saved connection in place and tests it again', async () => {
    let clientAuth: 'body' | 'basic' = 'body';
    const saved: Connection = { ...sandbox, id: 'mine', name: 'Mine', builtIn: false };
    const { calls } = setup({
      'connections.list': () => [sandbox, { ...saved, clientAuth }],
      'connections.update': (input) => {
        clientAuth = input.clientAuth ?? clientAuth;
        return { ...saved, clientAuth };
      },
      'connections.test': () => (clientAuth === 'basic' ? { ok: true, status: { state: 'valid', expiresAt: Date.now() + 7_200_000 } } : { ok: false, error: { code: 'client_auth_mismatch', message: 'expects HTTP Basic' } }),
    });
    await screen.findByRole('heading', { name: 'Sandbox' });
    fireEvent.click(await screen.findByText('Mine'));
    await screen.findByRole('heading', { name: 'Mine' });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect((await screen.findByTestId('connection-test-outcome')).textContent).toContain('expects HTTP Basic');
    fireEvent.click(screen.getByRole('button', { name: 'Use HTTP Basic and test again' }));
    await waitFor(() => expect(screen.getByTestId('connection-test-outcome').textContent).toContain('Token received'));
    expect(calls.find(([name]) => name === 'connections.update')?.[1]).toEqual({ id: 'mine', clientAuth: 'basic' });
  });

  it('puts the host’s field messages next to the fields and asks before discarding', async () => {
    const { onClose } = setup({
      'connections.add': () => hostError({ code: 'invalid_input', message: 'The input to connections.add is not valid: name: That name is taken.', issues: [{ path: ['name'], message: 'That name is taken.' }] }),
    });
    await screen.findByRole('heading', { name: 'Sandbox' });
    fireEvent.click(screen.getByRole('button', { name: 'Add connection' }));
    fireEvent.change(textbox('Name'), { target: { value: 'Sandbox' } });
    fireEvent.change(textbox('Client ID'), { target: { value: 'id' } });
    fireEvent.change(screen.getByTestId('client-secret'), { target: { value: 's' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save connection' }));
    expect(await screen.findByText('That name is taken.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('saves a new connection and confirms before deleting it, naming it and the keychain', async () => {
    const { calls } = setup();
    await screen.findByRole('heading', { name: 'Sandbox' });
    fireEvent.click(screen.getByRole('button', { name: 'Add connection' }));
    fireEvent.change(textbox('Name'), { target: { value: 'Production' } });
    fireEvent.change(textbox('Client ID'), { target: { value: 'abc' } });
    fireEvent.change(screen.getByTestId('client-secret'), { target: { value: 'top secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save connection' }));
    await screen.findByRole('heading', { name: 'Production' });
    expect(calls.find(([name]) => name === 'connections.add')?.[1]).toMatchObject({ kind: 'client-credentials', name: 'Production', secret: 'top secret' });
    expect(screen.queryByDisplayValue('top secret')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete connection' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete “Production”?' });
    expect(confirm.textContent).toContain('removes its client secret from your system keychain');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete connection' }));
    await screen.findByRole('heading', { name: 'Sandbox' });
    expect(calls.some(([name, input]) => name === 'connections.delete' && (input as { id: string }).id === 'c2')).toBe(true);
  });
});
