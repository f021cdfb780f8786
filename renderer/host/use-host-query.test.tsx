// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TokenStatus } from '../../shared/contract/connections';
import type { AppError } from '../../shared/errors';
import { fakeHost, hostError, type FakeHandlers } from './fake-host';
import { HostProvider } from './host-context';
import { useHostQuery, type HostQueryOptions } from './use-host-query';

afterEach(cleanup);

/** A promise the test settles by hand, to choose the order answers arrive in. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const page = (ids: string[]) => ({ entries: ids.map((id) => ({ id, time: '2026-01-01T00:00:00Z', method: 'GET' as const, url: `https://x/${id}`, kind: 'send' as const })), total: ids.length });
const valid: TokenStatus = { state: 'valid', expiresAt: 2_000_000_000_000 };
const expired: TokenStatus = { state: 'expired' };
const findingCounts = { error: 0, warning: 0, info: 0 };

function mount<P, R>(handlers: FakeHandlers, hook: (props: P) => R, initialProps: P, strict = false) {
  const fake = fakeHost(handlers);
  const wrapper = ({ children }: { children: ReactNode }) => {
    const tree = <HostProvider host={fake.host}>{children}</HostProvider>;
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  return { ...fake, ...renderHook(hook, { wrapper, initialProps }) };
}

describe('useHostQuery', () => {
  it('asks once with the input, is loading until the answer, then holds it', async () => {
    const answer = deferred<ReturnType<typeof page>>();
    const { result, calls } = mount({ 'history.list': () => answer.promise }, () => useHostQuery('history.list', { query: 'pet', limit: 5 }), {});
    expect(result.current).toMatchObject({ data: undefined, error: undefined, loading: true });
    await act(async () => answer.resolve(page(['a'])));
    expect(result.current).toMatchObject({ data: page(['a']), error: undefined, loading: false });
    expect(calls).toEqual([['history.list', { query: 'pet', limit: 5 }]]);
  });

  it('keeps the error as data, keeps the last answer beside it, and clears it on the next answer', async () => {
    let fail = false;
    const { result } = mount(
      { 'history.list': () => (fail ? hostError({ code: 'store_damaged', message: 'The history could not be read.' }) : page(['a'])) },
      () => useHostQuery('history.list', {}),
      {},
    );
    await waitFor(() => expect(result.current.data).toEqual(page(['a'])));
    fail = true;
    await act(() => result.current.refresh());
    expect(result.current).toMatchObject({ data: page(['a']), error: { code: 'store_damaged', message: 'The history could not be read.' }, loading: false });
    fail = false;
    await act(() => result.current.refresh());
    expect(result.current.error).toBeUndefined();
  });

  it('words a failure that is not a host error neutrally', async () => {
    const { result } = mount({ 'history.list': () => Promise.reject(new TypeError('secret internals')) }, () => useHostQuery('history.list', {}), {});
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.error?.code).toBe('internal');
    expect(result.current.error?.message).not.toContain('secret internals');
  });

  it('asks again for every event in a refreshOn list', async () => {
    let ids = ['a'];
    const { result, calls, emit } = mount({ 'history.list': () => page(ids) }, () => useHostQuery('history.list', {}, { refreshOn: ['history.changed'] }), {});
    await waitFor(() => expect(result.current.data?.total).toBe(1));
    ids = ['b', 'a'];
    await emit('history.changed', { reason: 'added', id: 'b' });
    await waitFor(() => expect(result.current.data?.total).toBe(2));
    expect(calls).toHaveLength(2);
  });

  it('asks once when two views of the same answer react to one event, and anew on the next event', async () => {
    let ids = ['a'];
    const useBoth = () => [useHostQuery('history.list', {}, { refreshOn: ['history.changed'] }), useHostQuery('history.list', {}, { refreshOn: ['history.changed'] })] as const;
    const { result, calls, emit } = mount({ 'history.list': () => page(ids) }, useBoth, {});
    await waitFor(() => expect(result.current[1].data?.total).toBe(1));
    expect(calls).toHaveLength(1);
    ids = ['b', 'a'];
    await emit('history.changed', { reason: 'added', id: 'b' });
    await waitFor(() => expect(result.current.map((q) => q.data?.total)).toEqual([2, 2]));
    expect(calls).toHaveLength(2);
    ids = ['c', 'b', 'a'];
    await emit('history.changed', { reason: 'added', id: 'c' });
    await waitFor(() => expect(result.current.map((q) => q.data?.total)).toEqual([3, 3]));
    expect(calls).toHaveLength(3);
  });

  it('takes the answer an event carries without asking, and ignores events the reaction declines', async () => {
    const options: HostQueryOptions<TokenStatus> = {
      refreshOn: { 'connections.tokenChanged': (change) => (change.connectionId === 'c1' ? { data: change.status, error: change.error } : 'ignore') },
    };
    const { result, calls, emit } = mount({ 'connections.tokenStatus': () => valid }, () => useHostQuery('connections.tokenStatus', { connectionId: 'c1' }, options), {});
    await waitFor(() => expect(result.current.data).toEqual(valid));
    await emit('connections.tokenChanged', { connectionId: 'other', status: expired });
    expect(result.current.data).toEqual(valid);
    const error: AppError = { code: 'token_failed', message: 'The token server said no.' };
    await emit('connections.tokenChanged', { connectionId: 'c1', status: expired, error });
    expect(result.current).toMatchObject({ data: expired, error, loading: false });
    expect(calls).toHaveLength(1);
  });

  it('lets a reaction ask again for some payloads only', async () => {
    const { calls, emit, result } = mount(
      { 'specs.findings': ({ specId }) => ({ specId, validation: 'done' as const, findings: [] }) },
      () => useHostQuery('specs.findings', { specId: 's1' }, { refreshOn: { 'specs.validated': (v) => (v.specId === 's1' ? 'refetch' : 'ignore') } }),
      {},
    );
    await waitFor(() => expect(result.current.loading).toBe(false));
    await emit('specs.validated', { specId: 's2', validation: 'done', findingCounts });
    await emit('specs.validated', { specId: 's1', validation: 'done', findingCounts });
    await waitFor(() => expect(calls).toHaveLength(2));
  });

  it('never lets an older answer overwrite a newer one', async () => {
    const answers = [deferred<ReturnType<typeof page>>(), deferred<ReturnType<typeof page>>()];
    let asked = 0;
    const { result, emit } = mount({ 'history.list': () => answers[asked++]!.promise }, () => useHostQuery('history.list', {}, { refreshOn: ['history.changed'] }), {});
    // The event comes in a later task than the first question (in the same one, they would share it).
    await act(async () => undefined);
    await emit('history.changed', { reason: 'cleared' });
    expect(asked).toBe(2);
    await act(async () => answers[1]!.resolve(page(['new'])));
    await act(async () => answers[0]!.resolve(page(['old'])));
    expect(result.current.data).toEqual(page(['new']));
  });

  it('lets an answer pushed by an event win over a question still on its way', async () => {
    const answer = deferred<TokenStatus>();
    const { result, emit } = mount(
      { 'connections.tokenStatus': () => answer.promise },
      () => useHostQuery('connections.tokenStatus', { connectionId: 'c1' }, { refreshOn: { 'connections.tokenChanged': (c) => ({ data: c.status }) } }),
      {},
    );
    await emit('connections.tokenChanged', { connectionId: 'c1', status: valid });
    await act(async () => answer.resolve(expired));
    expect(result.current.data).toEqual(valid);
  });

  it('starts over for a new input and drops the old input’s late answer', async () => {
    const answers = new Map([['c1', deferred<TokenStatus>()], ['c2', deferred<TokenStatus>()], ['c3', deferred<TokenStatus>()]]);
    const { result, rerender } = mount(
      { 'connections.tokenStatus': ({ connectionId }) => answers.get(connectionId)!.promise },
      ({ id }: { id: string }) => useHostQuery('connections.tokenStatus', { connectionId: id }),
      { id: 'c1' },
    );
    await act(async () => answers.get('c1')!.resolve(valid));
    expect(result.current.data).toEqual(valid);
    rerender({ id: 'c2' });
    expect(result.current).toMatchObject({ data: undefined, loading: true });
    rerender({ id: 'c3' });
    await act(async () => answers.get('c3')!.resolve(expired));
    await act(async () => answers.get('c2')!.resolve(valid));
    expect(result.current).toMatchObject({ data: expired, loading: false });
  });

  it('with keepPrevious, shows the previous answer as loading until the new input answers', async () => {
    const answers = new Map([['a', deferred<ReturnType<typeof page>>()], ['b', deferred<ReturnType<typeof page>>()]]);
    const { result, rerender } = mount(
      { 'history.list': ({ query }) => answers.get(query!)!.promise },
      ({ query }: { query: string }) => useHostQuery('history.list', { query }, { keepPrevious: true }),
      { query: 'a' },
    );
    await act(async () => answers.get('a')!.resolve(page(['a1'])));
    rerender({ query: 'b' });
    expect(result.current).toMatchObject({ data: page(['a1']), loading: true });
    await act(async () => answers.get('b')!.resolve(page(['b1'])));
    expect(result.current).toMatchObject({ data: page(['b1']), loading: false });
  });

  it('treats an equal inline input as the same question', async () => {
    const { calls, rerender, result } = mount({ 'history.list': () => page([]) }, () => useHostQuery('history.list', { limit: 10 }), {});
    await waitFor(() => expect(result.current.loading).toBe(false));
    rerender({});
    rerender({});
    expect(calls).toHaveLength(1);
  });

  it('asks nothing and listens to nothing without an input', async () => {
    const { result, calls, listenerCount } = mount({}, () => useHostQuery('connections.tokenStatus', null, { refreshOn: ['connections.tokenChanged'] }), {});
    expect(result.current).toMatchObject({ data: undefined, error: undefined, loading: false });
    await act(() => result.current.refresh());
    expect(calls).toEqual([]);
    expect(listenerCount('connections.tokenChanged')).toBe(0);
  });

  it('stops listening on unmount and ignores an answer that arrives afterwards', async () => {
    const answer = deferred<ReturnType<typeof page>>();
    const { result, unmount, listenerCount } = mount({ 'history.list': () => answer.promise }, () => useHostQuery('history.list', {}, { refreshOn: ['history.changed', 'specs.changed'] }), {});
    expect(listenerCount('history.changed')).toBe(1);
    expect(listenerCount('specs.changed')).toBe(1);
    unmount();
    expect(listenerCount('history.changed')).toBe(0);
    expect(listenerCount('specs.changed')).toBe(0);
    await act(async () => answer.resolve(page(['late'])));
    expect(result.current.data).toBeUndefined();
  });

  it('listens once per event under StrictMode’s double effects', async () => {
    const { listenerCount, result } = mount({ 'history.list': () => page([]) }, () => useHostQuery('history.list', {}, { refreshOn: ['history.changed'] }), {}, true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(listenerCount('history.changed')).toBe(1);
  });

  it('put replaces the answer or the error and wins over a question still on its way', async () => {
    const answer = deferred<TokenStatus>();
    const { result } = mount({ 'connections.tokenStatus': () => answer.promise }, () => useHostQuery('connections.tokenStatus', { connectionId: 'c1' }), {});
    act(() => result.current.put({ data: valid }));
    expect(result.current).toMatchObject({ data: valid, loading: false });
    await act(async () => answer.resolve(expired));
    expect(result.current.data).toEqual(valid);
    const error: AppError = { code: 'token_failed', message: 'No token.' };
    act(() => result.current.put({ error }));
    expect(result.current).toMatchObject({ data: valid, error });
    act(() => result.current.put((current) => ({ data: { ...current!, obtainedAt: 1 }, error: undefined })));
    expect(result.current).toMatchObject({ data: { ...valid, obtainedAt: 1 }, error: undefined });
  });
});
