// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '../../../shared/contract/connections';
import { HostProvider } from '../../host/host-context';
import { fakeHost } from '../../host/fake-host';
import { TokenPanel } from './token-panel';

afterEach(cleanup);

const connection: Connection = {
  id: 'c1',
  name: 'Production',
  kind: 'client-credentials',
  tokenUrl: 'https://sso.common.cloud.hpe.com/as/token.oauth2',
  clientId: 'abc',
  clientAuth: 'body',
  builtIn: false,
  hasSecret: true,
  createdAt: '2026-01-01T00:00:00Z',
};
const rawToken = 'eyJhbGciOiJSUzI1NiJ9.eyJjbGllbnRfaWQiOiJhYmMifQ.c2lnbmF0dXJl';

describe('TokenPanel', () => {
  it('shows the decoded claims, and copies the token only on click without ever rendering it', async () => {
    const now = Date.now();
    const { host, calls } = fakeHost({ 'connections.copyToken': () => ({ accessToken: rawToken }) });
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const token = {
      status: {
        state: 'valid' as const,
        obtainedAt: now - 60_000,
        expiresAt: now + 7_140_000,
        header: { alg: 'RS256', kid: 'k1' },
        claims: { client_id: 'abc', iss: 'https://sso.common.cloud.hpe.com', exp: Math.floor((now + 7_140_000) / 1000), custom: 'x' },
      },
      error: undefined,
      busy: false,
      renew: vi.fn(async () => undefined),
    };
    render(
      <HostProvider host={host}>
        <TokenPanel open connection={connection} token={token} onClose={() => undefined} />
      </HostProvider>,
    );
    const panel = screen.getByRole('dialog', { name: 'Access token' });
    const claims = within(panel).getByRole('table', { name: 'Token claims' });
    expect([...claims.querySelectorAll('tr')].map((r) => r.getAttribute('data-claim'))).toEqual(['client_id', 'iss', 'exp', 'custom']);
    expect(within(panel).getByTestId('token-countdown').textContent).toMatch(/^1:5\d:\d\d$/);
    expect(calls.map(([name]) => name)).not.toContain('connections.copyToken');

    fireEvent.click(within(panel).getByRole('button', { name: 'Copy token' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(rawToken));
    expect((await screen.findByTestId('copy-token-confirmation')).textContent).toMatch(/^Copied — it expires at /);
    expect(document.body.textContent).not.toContain(rawToken);

    fireEvent.click(within(panel).getByRole('button', { name: 'Renew now' }));
    expect(token.renew).toHaveBeenCalledOnce();
  });

  it('says in words when the clipboard refuses', async () => {
    const { host } = fakeHost({ 'connections.copyToken': () => ({ accessToken: rawToken }) });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    const token = { status: { state: 'valid' as const }, error: undefined, busy: false, renew: async () => undefined };
    render(
      <HostProvider host={host}>
        <TokenPanel open connection={connection} token={token} onClose={() => undefined} />
      </HostProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy token' }));
    expect((await screen.findByTestId('token-error')).textContent).toContain('did not let Shoreline use the clipboard');
  });
});
