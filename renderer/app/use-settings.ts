/** The user's settings, loaded from the host and kept in sync when they change anywhere. */
import { useCallback } from 'react';
import type { Settings } from '../../shared/contract/settings';
import { useHost } from '../host/host-context';
import { useHostQuery } from '../host/use-host-query';

/** Current settings (undefined while loading) and a function to change some of them. */
export function useSettings(): [Settings | undefined, (patch: Partial<Settings>) => Promise<void>] {
  const host = useHost();
  const { data: settings, put } = useHostQuery('settings.get', {}, { refreshOn: { 'settings.changed': (next) => ({ data: next }) } });
  const update = useCallback(
    async (patch: Partial<Settings>) => {
      // Show the choice at once; the host's answer (the settings as saved) follows.
      put((current) => ({ data: current ? { ...current, ...patch } : current }));
      put({ data: await host.invoke('settings.update', patch) });
    },
    [host, put],
  );
  return [settings, update];
}
