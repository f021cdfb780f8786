/**
 * The collections (as outlines) and the global variables, held once for the window — the tree, the
 * explorer's search, "Save as" and every request's scope read the same copy, loaded from the host and
 * kept fresh by `collections.changed` and `globals.changed`.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CollectionOutline } from '../../../shared/contract/collections';
import type { AppError } from '../../../shared/errors';
import type { RequestRow } from '../../../shared/model/request';
import { useHostQuery } from '../../host/use-host-query';

/** What {@link useCollectionsList} gives. */
export interface CollectionsView {
  /** Undefined while loading. */
  collections: CollectionOutline[] | undefined;
  /** Collection files that could not be opened, in words. */
  problems: string[];
  error: AppError | undefined;
  reload(): Promise<void>;
  /** The global variables (empty while loading). */
  globals: RequestRow[];
}

const CollectionsContext = createContext<CollectionsView | undefined>(undefined);
const noRows: RequestRow[] = [];
const noProblems: string[] = [];

/** Loads the collections and globals for everything below it. */
export function CollectionsProvider({ children }: { children: ReactNode }) {
  const list = useHostQuery('collections.list', {}, { refreshOn: ['collections.changed'], keepPrevious: true });
  const globals = useHostQuery('globals.get', {}, { refreshOn: { 'globals.changed': ({ variables }) => ({ data: variables }) } });
  const value = useMemo<CollectionsView>(
    () => ({ collections: list.data?.collections, problems: list.data?.problems ?? noProblems, error: list.error, reload: list.refresh, globals: globals.data ?? noRows }),
    [list.data, list.error, list.refresh, globals.data],
  );
  return <CollectionsContext.Provider value={value}>{children}</CollectionsContext.Provider>;
}

/** Every collection as an outline, in the user's order. */
export function useCollectionsList(): CollectionsView {
  const view = useContext(CollectionsContext);
  if (!view) throw new Error('useCollectionsList must be used inside CollectionsProvider');
  return view;
}

/** The global variables (empty while loading). */
export function useGlobals(): RequestRow[] {
  return useCollectionsList().globals;
}
