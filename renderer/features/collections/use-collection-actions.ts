/**
 * What the collections tree does to a row: rename, duplicate, delete with an Undo message (what was
 * deleted is kept in main until the message goes), and drops of drag and drop.
 */
import { useCallback } from 'react';
import { useNotify } from '../../components/notifier';
import { appErrorOf } from '../../host/app-error';
import { useHost } from '../../host/host-context';
import type { DropPlace } from '../../components/tree/virtual-tree';
import type { CollectionOutline } from '../../../shared/contract/collections';
import { itemIdOf, nudgeTarget, type CollectionRow } from './collection-rows';

/** The actions, each reporting a failure as a message. */
export function useCollectionActions(collections: () => readonly CollectionOutline[]) {
  const host = useHost();
  const notify = useNotify();
  const failed = useCallback((error: unknown) => notify({ message: appErrorOf(error).message, severity: 'error' }), [notify]);

  const rename = useCallback(
    (row: CollectionRow, name: string) => {
      if (name.trim() === '' || name.trim() === row.label) return;
      const itemId = itemIdOf(row);
      host.invoke('collections.rename', { collectionId: row.collectionId, ...(itemId && { itemId }), name: name.trim() }).catch(failed);
    },
    [host, failed],
  );

  const duplicate = useCallback(
    (row: CollectionRow) => {
      const itemId = itemIdOf(row);
      host.invoke('collections.duplicate', { collectionId: row.collectionId, ...(itemId && { itemId }) }).catch(failed);
    },
    [host, failed],
  );

  const remove = useCallback(
    (row: CollectionRow) => {
      const itemId = itemIdOf(row);
      host.invoke('collections.delete', { collectionId: row.collectionId, ...(itemId && { itemId }) }).then(({ undoId, name }) => {
        const what = row.kind === 'collection' ? 'collection' : row.kind;
        notify({
          message: `Deleted ${what} “${name}”.`,
          severity: 'info',
          action: { label: 'Undo', onClick: () => void host.invoke('collections.undoDelete', { undoId }).catch(failed) },
          onDismiss: () => void host.invoke('collections.forgetDeleted', { undoId }).catch(() => undefined),
        });
      }, failed);
    },
    [host, notify, failed],
  );

  const drop = useCallback(
    (dragged: CollectionRow, target: CollectionRow, place: DropPlace) => {
      if (dragged.kind === 'collection') {
        const order = collections().map((c) => c.id).filter((id) => id !== dragged.collectionId);
        const at = order.indexOf(target.collectionId) + (place === 'after' ? 1 : 0);
        order.splice(at, 0, dragged.collectionId);
        host.invoke('collections.reorder', { ids: order }).catch(failed);
        return;
      }
      const itemId = itemIdOf(dragged)!;
      const targetItem = itemIdOf(target);
      const move =
        place === 'inside' || targetItem === undefined
          ? { toCollectionId: target.collectionId, toParentId: targetItem ?? null }
          : { toCollectionId: target.collectionId, nextTo: { itemId: targetItem, where: place } };
      host.invoke('collections.move', { collectionId: dragged.collectionId, itemId, ...move }).catch(failed);
    },
    [host, failed, collections],
  );

  /** Alt+↑ / Alt+↓: one place up or down among its siblings. */
  const nudge = useCallback(
    (row: CollectionRow, step: 1 | -1) => {
      const target = nudgeTarget(collections(), row, step);
      if (!target) return;
      if (row.kind === 'collection') {
        const ids = collections().map((c) => c.id).filter((id) => id !== row.collectionId);
        ids.splice(ids.indexOf(target.id) + (target.where === 'after' ? 1 : 0), 0, row.collectionId);
        host.invoke('collections.reorder', { ids }).catch(failed);
        return;
      }
      host.invoke('collections.move', { collectionId: row.collectionId, itemId: itemIdOf(row)!, nextTo: { itemId: target.id, where: target.where } }).catch(failed);
    },
    [host, failed, collections],
  );

  return { rename, duplicate, remove, drop, nudge, failed };
}
