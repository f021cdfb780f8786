/**
 * The environments and which one is active, held once for the window: the header's picker, the
 * dialogs, the explorer and every request builder read the same copy, loaded from the host and kept in
 * sync by `environments.changed`.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Environment } from '../../../shared/contract/environments';
import type { AppError } from '../../../shared/errors';
import { useHostQuery } from '../../host/use-host-query';

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

const EnvironmentsContext = createContext<EnvironmentsView | undefined>(undefined);

/** Loads the environments and the active one for everything below it. */
export function EnvironmentsProvider({ children }: { children: ReactNode }) {
  const list = useHostQuery('environments.list', {}, { refreshOn: { 'environments.changed': ({ environments }) => ({ data: environments }) } });
  const chosen = useHostQuery('environments.getActive', {}, {
    refreshOn: { 'environments.changed': ({ environments, activeId }) => ({ data: environments.find((e) => e.id === activeId) ?? null }) },
  });
  const { data: environments, refresh: reloadList } = list;
  const { refresh: reloadChosen } = chosen;
  const activeId = chosen.data?.id ?? null;
  const error = list.error ?? chosen.error;
  const value = useMemo<EnvironmentsView>(
    () => ({
      environments,
      activeId,
      active: environments?.find((e) => e.id === activeId),
      error,
      reload: async () => void (await Promise.all([reloadList(), reloadChosen()])),
    }),
    [environments, activeId, error, reloadList, reloadChosen],
  );
  return <EnvironmentsContext.Provider value={value}>{children}</EnvironmentsContext.Provider>;
}

/** Every environment and which one is active. */
export function useEnvironments(): EnvironmentsView {
  const view = useContext(EnvironmentsContext);
  if (!view) throw new Error('useEnvironments must be used inside EnvironmentsProvider');
  return view;
}

/** The active environment (undefined while loading or when none is chosen). */
export function useActiveEnvironment(): Environment | undefined {
  return useEnvironments().active;
}
