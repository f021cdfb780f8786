// @vitest-environment jsdom
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/contract/settings';
import { askEarly, earlyAnswerLifetimeMs } from './early-answers';
import { fakeHost, hostError } from './fake-host';
import { HostProvider } from './host-context';
import { createHost, HostError, type Host, type Transport } from './host';
import { useHostQuery } from './use-host-query';

afterEach(cleanup);

const settings = { theme: 'dark', sidebarTab: 'explorer' } as Settings;
const withHost = (host: Host) => ({ children }: { children: ReactNode }) => <HostProvider host={host}>{children}</HostProvider>;

describe('askEarly', () => {
  it('asks every question at once and answers the same question later from it, without asking the host again', async () => {
    const fake = fakeHost({ 'settings.get': () => settings, 'specs.tree': () => [] });
    const host = askEarly(fake.host, [['settings.get', {}], ['specs.tree', {}]]);
    expect(fake.calls.map(([name]) => name)).toEqual(['settings.get', 'specs.tree']);
    await host.ready;
    expect(host.peek?.('settings.get', {})).toEqual({ value: settings });
    await expect(host.invoke('settings.get', {})).resolves.toEqual(settings);
    expect(fake.calls).toHaveLength(2);
  });

  it('asks in one round trip where the host takes a batch, and a failed question fails alone and is asked again', async () => {
    const batches: string[][] = [];
    const single: string[] = [];
    const transport: Transport = {
      kind: 'web',
      invoke: async (name) => (single.push(name), { ok: true, value: `${name} again` }),
      on: () => () => undefined,
      invokeAll: async (calls) => {
        batches.push(calls.map((c) => c.name));
        return calls.map((c) => (c.name === 'app.info' ? { ok: false, error: { code: 'internal', message: 'Not now.' } } : { ok: true, value: `${c.name} answer` }));
      },
    };
    const host = askEarly(createHost(transport), [['settings.get', {}], ['app.info', {}], ['specs.tree', {}]]);
    await host.ready;
    expect(batches).toEqual([['settings.get', 'app.info', 'specs.tree']]);
    expect(host.peek?.('settings.get', {})).toEqual({ value: 'settings.get answer' });
    expect(host.peek?.('specs.tree', {})).toEqual({ value: 'specs.tree answer' });
    expect(host.peek?.('app.info', {})).toBeUndefined();
    await expect(host.invoke('app.info', {})).resolves.toBe('app.info again');
    expect(single).toEqual(['app.info']);
  });

  it('rejects every question of a batch the host could not answer, as a HostError', async () => {
    const transport: Transport = {
      kind: 'web',
      invoke: async () => ({ ok: true, value: undefined }),
      on: () => () => undefined,
      invokeAll: async (calls) => calls.slice(1).map(() => ({ ok: true, value: 'only some' })),
    };
    const [first, second] = createHost(transport).invokeEach!([['settings.get', {}], ['app.info', {}]]);
    await expect(first).resolves.toBe('only some');
    await expect(second).rejects.toBeInstanceOf(HostError);
  });

  it('draws a query from an answer already here in its first render, and does not ask again', async () => {
    const fake = fakeHost({ 'settings.get': () => settings });
    const host = askEarly(fake.host, [['settings.get', {}]]);
    await host.ready;
    const { result } = renderHook(() => useHostQuery('settings.get', {}), { wrapper: withHost(host) });
    expect(result.current).toMatchObject({ data: settings, loading: false });
    await act(async () => undefined);
    expect(fake.calls).toHaveLength(1);
  });

  it('shares an answer still on its way with a query that asks for it', async () => {
    let answer!: (s: Settings) => void;
    const fake = fakeHost({ 'settings.get': () => new Promise<Settings>((resolve) => (answer = resolve)) });
    const host = askEarly(fake.host, [['settings.get', {}]]);
    function Theme() {
      const { data } = useHostQuery('settings.get', {});
      return <p>{data?.theme ?? 'waiting'}</p>;
    }
    render(<Theme />, { wrapper: withHost(host) });
    expect(screen.getByText('waiting')).toBeTruthy();
    await act(async () => answer(settings));
    expect(screen.getByText('dark')).toBeTruthy();
    expect(fake.calls).toHaveLength(1);
  });

  it('asks the host again once it sent an event, once the window ran a command that is not a question, or after its lifetime', async () => {
    let clock = 0;
    const fake = fakeHost({ 'settings.get': () => settings, 'app.info': () => ({}) as never, 'settings.update': () => settings });
    const byEvent = askEarly(fake.host, [['settings.get', {}]], () => clock);
    await byEvent.ready;
    byEvent.on('settings.changed', () => undefined);
    fake.emit('settings.changed', settings);
    expect(byEvent.peek?.('settings.get', {})).toBeUndefined();
    await byEvent.invoke('settings.get', {});
    expect(fake.calls).toHaveLength(2);

    const byOther = askEarly(fake.host, [['settings.get', {}]], () => clock);
    await byOther.ready;
    await byOther.invoke('app.info', {});
    expect(byOther.peek?.('settings.get', {})).toEqual({ value: settings });
    await byOther.invoke('settings.update', { theme: 'light' });
    expect(byOther.peek?.('settings.get', {})).toBeUndefined();

    const byTime = askEarly(fake.host, [['settings.get', {}]], () => clock);
    await byTime.ready;
    clock += earlyAnswerLifetimeMs + 1;
    expect(byTime.peek?.('settings.get', {})).toBeUndefined();
  });

  it('does not keep a failed answer: the question is asked again', async () => {
    let fail = true;
    const fake = fakeHost({ 'settings.get': () => (fail ? hostError({ code: 'store_damaged', message: 'The settings could not be read.' }) : settings) });
    const host = askEarly(fake.host, [['settings.get', {}]]);
    await host.ready;
    fail = false;
    expect(host.peek?.('settings.get', {})).toBeUndefined();
    await expect(host.invoke('settings.get', {})).resolves.toEqual(settings);
    expect(fake.calls).toHaveLength(2);
  });
});
