/**
 * Where the open request's token, environment and each `{{variable}}` come from, resolved in the
 * window by the same pure function main sends with (`resolveScope`), from the collections' outlines,
 * the environments, the connections and the globals the window already holds.
 */
import { useMemo } from 'react';
import { resolveScope, type ResolvedScope } from '../../../shared/model/resolve-scope';
import { useCollectionsList, useGlobals } from '../collections';
import { useConnections } from '../connections';
import { useEnvironments } from '../environments';
import type { OpenTab } from '../workspace';

/** The resolved scope of `tab`'s request, the same had it inherited its token, and a connection's name by id. */
export function useRequestScope(tab: OpenTab): { scope: ResolvedScope; inherited: ResolvedScope; connectionName(id: string): string } {
  const { collections } = useCollectionsList();
  const globals = useGlobals();
  const { environments, activeId } = useEnvironments();
  const { connections } = useConnections();
  const saved = tab.source.kind === 'saved' ? tab.source : undefined;
  const { auth, variables } = tab.request;
  const [scope, inherited] = useMemo(() => {
    const resolve = (own: typeof auth) =>
      resolveScope({
        collection: saved ? collections?.find((c) => c.id === saved.collectionId) : undefined,
        itemId: saved?.itemId,
        request: { auth: own, variables },
        environmentId: tab.environmentId ?? activeId,
        environmentFromTab: tab.environmentId !== undefined,
        environments: (environments ?? []).map((e) => ({ id: e.id, name: e.name, variables: e.variables, connectionId: e.connectionId })),
        globals,
        ...(connections && { connectionExists: (id: string) => connections.some((c) => c.id === id) }),
      });
    return [resolve(auth), resolve({ kind: 'inherit' })];
  }, [saved, collections, auth, variables, tab.environmentId, activeId, environments, globals, connections]);
  const connectionName = (id: string) => connections?.find((c) => c.id === id)?.name ?? id;
  return { scope, inherited, connectionName };
}
