/**
 * The work area: the open requests as tabs above the active one's builder and answer (or the
 * first-run guide when none is open), with Save, Save as and Close — which asks first when a tab has
 * unsaved changes.
 */
import Box from '@mui/material/Box';
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { CollectionOutline, OutlineItem, SavedRef } from '../../../shared/contract/collections';
import { ConfirmDialog } from '../../components/dialogs/confirm-dialog';
import { useNotify } from '../../components/notifier';
import { appErrorOf } from '../../host/app-error';
import { useHost } from '../../host/host-context';
import { SaveRequestDialog, useCollectionsList } from '../collections';
import { WelcomePanel } from '../welcome';
import { useWorkspace, type OpenTab } from '../workspace';
import { TabBar } from './tab-bar';
import { TabView } from './tab-view';
import { useTabShortcuts } from './use-tab-shortcuts';

/** The name a saved request has now in `collections`, if it is still there. */
function savedName(collections: readonly CollectionOutline[], collectionId: string, itemId: string): string | undefined {
  const find = (items: readonly OutlineItem[]): string | undefined => {
    for (const item of items) {
      if (item.id === itemId) return item.name;
      const inner = item.kind === 'folder' ? find(item.items) : undefined;
      if (inner !== undefined) return inner;
    }
    return undefined;
  };
  const collection = collections.find((c) => c.id === collectionId);
  return collection && find(collection.items);
}

/** Shows the open tabs and the active one. */
export function RequestArea() {
  const host = useHost();
  const notify = useNotify();
  const workspace = useWorkspace();
  const { active, close, markSaved } = workspace;
  const [saveAs, setSaveAs] = useState<{ tab: OpenTab; closeAfter: boolean }>();
  const [closing, setClosing] = useState<OpenTab>();
  const { collections } = useCollectionsList();
  const { tabs, edit } = workspace;

  // A saved request renamed in the tree (here or by another process) is renamed in its tab too.
  useEffect(() => {
    if (!collections) return;
    for (const tab of tabs) {
      if (tab.source.kind !== 'saved') continue;
      const name = savedName(collections, tab.source.collectionId, tab.source.itemId);
      if (name !== undefined && name !== tab.title) edit(tab.id, { title: name });
    }
  }, [collections, tabs, edit]);

  const saved = useCallback(
    (tab: OpenTab, place: SavedRef, closeAfter: boolean) => {
      markSaved(tab.id, place, tab.request);
      notify({ message: `Saved “${place.name}”.`, severity: 'success' });
      if (closeAfter) close(tab.id);
    },
    [markSaved, notify, close],
  );
  const save = useCallback(
    (tab: OpenTab, options: { as?: boolean; closeAfter?: boolean } = {}) => {
      const closeAfter = options.closeAfter ?? false;
      if (tab.source.kind !== 'saved' || options.as) return setSaveAs({ tab, closeAfter });
      const { collectionId, itemId } = tab.source;
      host.invoke('collections.saveRequest', { collectionId, itemId, request: tab.request }).then(
        (place) => saved(tab, place, closeAfter),
        (error: unknown) => {
          const problem = appErrorOf(error);
          // Deleted (or moved to another collection) meanwhile: save it somewhere else instead of losing it.
          if (problem.code === 'not_found') setSaveAs({ tab, closeAfter });
          else notify({ message: problem.message, severity: 'error' });
        },
      );
    },
    [host, notify, saved],
  );
  const requestClose = useCallback((tab: OpenTab) => (tab.dirty ? setClosing(tab) : close(tab.id)), [close]);

  useTabShortcuts({
    save: () => active && save(active),
    saveAs: () => active && save(active, { as: true }),
    close: () => active && requestClose(active),
    newRequest: workspace.openBlank,
    cycle: workspace.cycle,
  });

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <TabBar onClose={requestClose} />
      <Box role={active ? 'tabpanel' : undefined} id="request-tabpanel" aria-labelledby={active ? `request-tab-${active.id}` : undefined}
        sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        {active ? <TabView key={active.id} tab={active} /> : workspace.loaded && <WelcomePanel />}
      </Box>
      {saveAs && (
        <Suspense fallback={null}>
          <SaveRequestDialog
            request={saveAs.tab.request}
            defaultName={saveAs.tab.title}
            {...(saveAs.tab.source.kind === 'saved' && { near: { collectionId: saveAs.tab.source.collectionId, parentId: null } })}
            onClose={() => setSaveAs(undefined)}
            onSaved={(place) => {
              setSaveAs(undefined);
              saved(saveAs.tab, place, saveAs.closeAfter);
            }}
          />
        </Suspense>
      )}
      <ConfirmDialog
        open={closing !== undefined}
        title={`Save changes to “${closing?.title ?? ''}”?`}
        confirmLabel="Save"
        cancelLabel="Cancel"
        onCancel={() => setClosing(undefined)}
        onConfirm={() => {
          if (closing) save(closing, { closeAfter: true });
          setClosing(undefined);
        }}
        extraAction={{
          label: 'Don’t save',
          onClick: () => {
            if (closing) close(closing.id);
            setClosing(undefined);
          },
        }}
      >
        Your changes to this request will be lost if you close it without saving.
      </ConfirmDialog>
    </Box>
  );
}
