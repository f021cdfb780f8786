// @vitest-environment jsdom
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Environment } from '../../../shared/contract/environments';
import type { HttpResponse, SendRequest } from '../../../shared/contract/http';
import { blankRequest } from '../../../shared/model/request';
import type { Workspace as SavedWorkspace } from '../../../shared/model/workspace';
import { fakeHost } from '../../host/fake-host';
import { HostProvider } from '../../host/host-context';
import { EnvironmentsProvider } from '../environments';
import { useWorkspace, WorkspaceProvider, type Workspace } from './workspace-context';

afterEach(cleanup);

const response = (requestId: string, id: string): HttpResponse => ({
  requestId,
  status: 200,
  statusText: 'OK',
  headers: [],
  timing: { totalMs: 1, headersMs: 1 },
  size: 10_000_000,
  contentType: 'application/json',
  contentKind: 'json',
  body: { kind: 'large', id, size: 10_000_000 },
  sent: { method: 'GET', url: 'http://x/', headers: [] },
});

const last: { workspace?: Workspace } = {};
function Probe() {
  const workspace = useWorkspace();
  useEffect(() => {
    last.workspace = workspace;
  });
  return null;
}

const production: Environment = { id: 'eu', name: 'DSCC EU', kind: 'dscc', variables: { baseUrl: 'https://eu1.data.cloud.hpe.com' }, readOnly: false, isSandbox: false, builtIn: false, createdAt: '2026-01-01T00:00:00Z' };

function setup(saved: SavedWorkspace, active: Environment | null = null) {
  let body = 0;
  const fake = fakeHost({
    'workspace.get': () => saved,
    'workspace.save': () => undefined,
    'environments.list': () => (active ? [active] : []),
    'environments.getActive': () => active,
    'http.send': (input) => response(input.requestId, `body-${++body}`),
    'http.releaseBody': () => undefined,
  });
  render(
    <HostProvider host={fake.host}>
      <EnvironmentsProvider>
        <WorkspaceProvider>
          <Probe />
        </WorkspaceProvider>
      </EnvironmentsProvider>
    </HostProvider>,
  );
  return fake;
}

const request = (requestId: string): SendRequest => ({ requestId, method: 'GET', url: 'http://x/' });
const released = (calls: Array<[string, unknown]>) => calls.filter(([name]) => name === 'http.releaseBody').map(([, input]) => (input as { id: string }).id);

describe('the workspace', () => {
  it('brings the last session’s tabs back, and saves changes for the next start', async () => {
    const fake = setup({ tabs: [{ id: 't-1', source: { kind: 'blank' }, title: 'New request', request: blankRequest(), preview: false, dirty: true }], activeId: 't-1' });
    await waitFor(() => expect(last.workspace?.loaded).toBe(true));
    expect(last.workspace?.active?.title).toBe('New request');
    expect(last.workspace?.saved).toBe(true);
    act(() => last.workspace!.openBlank());
    expect(last.workspace?.saved).toBe(false);
    await waitFor(() => expect(fake.calls.filter(([name]) => name === 'workspace.save')).toHaveLength(1));
    const kept = fake.calls.find(([name]) => name === 'workspace.save')![1] as SavedWorkspace;
    expect(kept.tabs).toHaveLength(2);
    await waitFor(() => expect(last.workspace?.saved).toBe(true));
  });

  it('keeps each tab’s answer, releases a big answer once a newer one replaces it, and the last when the tab closes', async () => {
    const fake = setup({ tabs: [{ id: 't-1', source: { kind: 'blank' }, title: 'A', request: blankRequest(), preview: false, dirty: false }], activeId: 't-1' });
    await waitFor(() => expect(last.workspace?.loaded).toBe(true));
    act(() => last.workspace!.openBlank());
    const other = last.workspace!.active!.id;
    act(() => last.workspace!.send('t-1', request('r-1')));
    await waitFor(() => expect(last.workspace?.tabs[0]?.answer?.exchange?.response.body).toMatchObject({ id: 'body-1' }));
    // The answer landed in the tab that asked, not in the one shown.
    expect(last.workspace?.active?.id).toBe(other);
    expect(last.workspace?.active?.answer).toBeUndefined();
    act(() => last.workspace!.send('t-1', request('r-2')));
    await waitFor(() => expect(released(fake.calls)).toEqual(['body-1']));
    act(() => last.workspace!.close('t-1'));
    await waitFor(() => expect(released(fake.calls)).toEqual(['body-1', 'body-2']));
  });

  it('asks before a change on a real environment, in the tab that sends it, and sends once confirmed', async () => {
    const fake = setup({ tabs: [{ id: 't-1', source: { kind: 'blank' }, title: 'A', request: blankRequest(), preview: false, dirty: false }], activeId: 't-1' }, production);
    await waitFor(() => expect(last.workspace?.loaded).toBe(true));
    await waitFor(() => expect(fake.calls.some(([name]) => name === 'environments.getActive')).toBe(true));
    await act(async () => undefined);
    act(() => last.workspace!.send('t-1', { ...request('r-3'), method: 'DELETE' }));
    expect(last.workspace?.tabs[0]?.answer?.confirm?.message).toMatch(/DSCC EU/);
    expect(fake.calls.some(([name]) => name === 'http.send')).toBe(false);
    act(() => last.workspace!.confirmSend('t-1'));
    await waitFor(() => expect(fake.calls.find(([name]) => name === 'http.send')?.[1]).toMatchObject({ method: 'DELETE', confirmed: true }));
    expect(last.workspace?.tabs[0]?.answer?.confirm).toBeUndefined();
  });
});
