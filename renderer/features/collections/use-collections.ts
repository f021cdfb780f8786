/** The collections and the global variables, loaded from the host and kept fresh by their events. */
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
}

/** Every collection as an outline, in the user's order. */
export function useCollectionsList(): CollectionsView {
  const query = useHostQuery('collections.list', {}, { refreshOn: ['collections.changed'], keepPrevious: true });
  return { collections: query.data?.collections, problems: query.data?.problems ?? [], error: query.error, reload: query.refresh };
}

/** The global variables (empty while loading). */
export function useGlobals(): RequestRow[] {
  const query = useHostQuery('globals.get', {}, { refreshOn: { 'globals.changed': ({ variables }) => ({ data: variables }) } });
  return query.data ?? [];
}
