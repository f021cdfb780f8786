/** The user's settings, loaded from the host and kept in sync when they change anywhere. */
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../shared/contract/settings';
import { useHost } from '../host/host-context';

/** Current settings (undefined while loading) and a function to change some of them. */
export function useSettings(): [Settings | undefined, (patch: Partial<Settings>) => Promise<void>] {
  const host = useHost();
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    host.invoke('settings.get', {}).then((s) => live && setSettings(s), () => undefined);
    const stop = host.on('settings.changed', (s) => setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, [host]);
  const update = useCallback(
    async (patch: Partial<Settings>) => {
      setSettings((current) => (current ? { ...current, ...patch } : current));
      setSettings(await host.invoke('settings.update', patch));
    },
    [host],
  );
  return [settings, update];
}
