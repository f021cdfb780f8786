/**
 * Which collections and folders are open in the sidebar: kept for the session (switching sidebar tabs
 * keeps it) and by the host (a restart keeps it, as Postman's and Insomnia's sidebars do).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useHost } from '../../host/host-context';

/** The open keys of this window: the panel unmounts when another sidebar tab is shown. */
let sessionKeys: ReadonlySet<string> | undefined;
/** True once the host's kept keys were read into {@link sessionKeys}. */
let sessionLoaded = false;

/** What the tree needs: the open keys and a way to open or close one. */
export interface OpenFolders {
  expanded: ReadonlySet<string>;
  /** False until the kept keys arrived: the tree waits, so it does not draw closed and then jump open. */
  ready: boolean;
  setOpen(key: string, open: boolean): void;
}

/** The open rows of the collections tree, loaded from the host once and saved after each change. */
export function useOpenFolders(): OpenFolders {
  const host = useHost();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => sessionKeys ?? new Set());
  // Saving before the kept keys arrived would forget them; the last saved list avoids rewriting the same.
  const [ready, setReady] = useState(sessionLoaded);
  const saved = useRef<string>(undefined);

  useEffect(() => {
    if (sessionLoaded) return;
    let live = true;
    const settle = (keys: readonly string[]) => {
      if (!live) return;
      sessionLoaded = true;
      saved.current = JSON.stringify([...new Set(keys)].sort());
      // Rows opened while the keys were on their way stay open.
      setExpanded((current) => (sessionKeys = new Set([...keys, ...current])));
      setReady(true);
    };
    host.invoke('collections.openFolders', {}).then(settle, () => settle([]));
    return () => {
      live = false;
    };
  }, [host]);

  useEffect(() => {
    if (!ready) return;
    const keys = [...expanded].sort();
    const text = JSON.stringify(keys);
    if (saved.current === text) return;
    saved.current = text;
    host.invoke('collections.setOpenFolders', { keys }).catch(() => undefined);
  }, [expanded, ready, host]);

  const setOpen = useCallback((key: string, open: boolean) => {
    setExpanded((current) => {
      if (current.has(key) === open) return current;
      const next = new Set(current);
      if (open) next.add(key);
      else next.delete(key);
      sessionKeys = next;
      return next;
    });
  }, []);

  return { expanded, ready, setOpen };
}
