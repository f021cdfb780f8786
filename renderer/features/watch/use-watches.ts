/**
 * Every watch, kept current from `watch.changed` (each change carries the whole watch, so nothing is
 * asked again), and the items of one watch, asked again when it finds new ones.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { WatchInfo } from '../../../shared/contract/watch';
import { useHost } from '../../host/host-context';
import { useHostQuery } from '../../host/use-host-query';

/** `list` with `watch` put in place (added at the end when new), or taken out when it is null. */
export function applyWatchChange(list: readonly WatchInfo[], id: string, watch: WatchInfo | null): WatchInfo[] {
  if (watch === null) return list.filter((w) => w.id !== id);
  return list.some((w) => w.id === id) ? list.map((w) => (w.id === id ? watch : w)) : [...list, watch];
}

/** The watches, in the order they were started. */
export function useWatches(): { watches: WatchInfo[] | undefined; error: string | undefined } {
  const host = useHost();
  const query = useHostQuery('watch.list', {});
  const { put, refresh } = query;
  const loaded = useRef(false);
  const hasData = query.data !== undefined;
  // A layout effect, so the flag is true as soon as the list is on screen: a passive effect runs a task
  // later, and a change pushed in between took the refresh path instead of being patched in place.
  useLayoutEffect(() => {
    loaded.current = hasData;
  }, [hasData]);
  useEffect(
    () =>
      host.on('watch.changed', ({ id, watch }) => {
        // Before the first list arrives there is nothing to patch (and a patch would cancel that answer): ask again.
        if (!loaded.current) void refresh();
        else put((current) => ({ data: applyWatchChange(current ?? [], id, watch) }));
      }),
    [host, put, refresh],
  );
  return { watches: query.data, error: query.error?.message };
}

/** The total of new items not yet looked at, over every watch (the badge). */
export function unseenTotal(watches: readonly WatchInfo[] | undefined): number {
  return (watches ?? []).reduce((sum, w) => sum + w.unseen, 0);
}

/** The newest items (up to 1,000, oldest first) of watch `id`, refreshed when it finds more. */
export function useWatchItems(id: string | undefined) {
  return useHostQuery('watch.items', id === undefined ? null : { id, limit: 1000 }, {
    refreshOn: { 'watch.newItems': (payload) => (payload.id === id ? 'refetch' : 'ignore') },
    keepPrevious: true,
  });
}
