/** The environments and the active one, loaded from the host and kept in sync by `environments.changed`. */
import { useCallback, useEffect, useState } from 'react';
import type { Environment } from '../../../shared/contract/environments';
import type { AppError } from '../../../shared/errors';
import { useHost } from '../../host/host-context';
import { appErrorOf } from '../connections/app-error';

/** What {@link useEnvironments} gives. */
export interface EnvironmentsView {
  /** Undefined while loading. */
  environments: Environment[] | undefined;
  activeId: string | null;
  /** The active environment, when there is one. */
  active: Environment | undefined;
  error: AppError | undefined;
  reload: () => Promise<void>;
}

/** Every environment and which one is active. */
export function useEnvironments(): EnvironmentsView {
  const host = useHost();
  const [state, setState] = useState<{ environments?: Environment[]; activeId: string | null }>({ activeId: null });
  const [error, setError] = useState<AppError>();

  const load = useCallback(
    () => Promise.all([host.invoke('environments.list', {}), host.invoke('environments.getActive', {})]),
    [host],
  );

  const reload = useCallback(async () => {
    try {
      const [environments, active] = await load();
      setState({ environments, activeId: active?.id ?? null });
      setError(undefined);
    } catch (thrown) {
      setError(appErrorOf(thrown));
    }
  }, [load]);

  useEffect(() => {
    let live = true;
    let pushed = false;
    load().then(
      ([environments, active]) => live && !pushed && setState({ environments, activeId: active?.id ?? null }),
      (thrown: unknown) => live && setError(appErrorOf(thrown)),
    );
    const stop = host.on('environments.changed', ({ environments, activeId }) => {
      pushed = true;
      setState({ environments, activeId });
      setError(undefined);
    });
    return () => {
      live = false;
      stop();
    };
  }, [host, load]);

  const active = state.environments?.find((e) => e.id === state.activeId);
  return { environments: state.environments, activeId: state.activeId, active, error, reload };
}
