/**
 * After a review decision changed saved requests, their open tabs show the request as it is now: a
 * clean tab is closed and the request opened again (a tab loads its endpoint once, so reopening is
 * what brings the new version's parameters and docs). A tab with unsaved edits is left alone — the
 * edits are the user's, and saving them wins, as with any change made elsewhere.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ReviewAction } from '../../../shared/contract/spec-review';
import { useWorkspace } from '../workspace';

interface Reopen {
  tabId: string;
  collectionId: string;
  itemId: string;
}

/** Reopens the clean open tabs of the requests `actions` touched. */
export function useRefreshOpenTabs(): (actions: readonly ReviewAction[]) => void {
  const { tabs, close, openSaved } = useWorkspace();
  const [waiting, setWaiting] = useState<Reopen[]>([]);
  // Opened only once the closed tab is gone from the workspace, or opening would find it still there.
  useEffect(() => {
    const gone = waiting.filter((w) => !tabs.some((t) => t.id === w.tabId));
    if (gone.length === 0) return;
    setWaiting((list) => list.filter((w) => !gone.includes(w)));
    for (const w of gone) void openSaved(w.collectionId, w.itemId, { pin: true }).catch(() => undefined);
  }, [tabs, waiting, openSaved]);
  return useCallback(
    (actions) => {
      const reopen: Reopen[] = [];
      for (const tab of tabs) {
        const { source } = tab;
        if (source.kind !== 'saved' || tab.dirty) continue;
        if (actions.some((a) => a.collectionId === source.collectionId && a.itemId === source.itemId)) reopen.push({ tabId: tab.id, collectionId: source.collectionId, itemId: source.itemId });
      }
      if (reopen.length === 0) return;
      setWaiting((list) => [...list, ...reopen]);
      for (const r of reopen) close(r.tabId);
    },
    [tabs, close],
  );
}
