/**
 * The Collections tab: collections → nested folders → saved requests, with method badges. A click
 * on a request previews it in a tab, a double click keeps the tab; F2 renames, Delete deletes (with
 * Undo), Shift+F10 opens a row's menu (new folder, settings, duplicate, move to…), and rows move by
 * drag and drop.
 */
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import FolderSpecialOutlined from '@mui/icons-material/FolderSpecialOutlined';
import LibraryAddOutlined from '@mui/icons-material/LibraryAddOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { CollectionOutline, OutlineFolder } from '../../../shared/contract/collections';
import { EmptyState } from '../../components/empty-state';
import { VirtualTree } from '../../components/tree/virtual-tree';
import { useHost } from '../../host/host-context';
import { useSpecReview } from '../spec-review';
import { useWatchSaved, watchableMethod } from '../watch';
import { useWorkspace } from '../workspace';
import { collectionRows, dropPlaces, itemIdOf, rowKey, type CollectionRow } from './collection-rows';
import { CollectionRowView } from './collection-row-view';
import { GlobalsDialog } from './globals-dialog';
import { MoveDialog } from './move-dialog';
import { NameDialog } from './name-dialog';
import { usePostmanPanel } from './postman/postman-panel-parts';
import { ScopeSettingsDialog } from './scope-settings-dialog';
import { useCollectionActions } from './use-collection-actions';
import { useCollectionsList } from './use-collections';
import { useOpenFolders } from './use-open-folders';

const heights = { collection: 36, folder: 32, request: 32 } as const;

// The Run panel is loaded the first time a run is asked for.
const RunDialog = lazy(() => import('../runner').then((m) => ({ default: m.RunDialog })));

type Dialog =
  | { kind: 'new-collection' }
  | { kind: 'new-folder'; collectionId: string; parentId: string | null; where: string }
  | { kind: 'settings'; collection: CollectionOutline; folder?: OutlineFolder; parentId?: string | null }
  | { kind: 'move'; collectionId: string; itemId: string; name: string }
  | { kind: 'globals' }
  | { kind: 'run'; collectionId: string; itemId?: string; title: string };

/** The Collections sidebar tab. */
export function CollectionsPanel() {
  const host = useHost();
  const { collections, problems, error } = useCollectionsList();
  const workspace = useWorkspace();
  const { openSaved, active } = workspace;
  const { expanded, ready: openKnown, setOpen } = useOpenFolders();
  const [renaming, setRenaming] = useState<string>();
  const [menu, setMenu] = useState<{ row: CollectionRow; anchor: HTMLElement }>();
  const watchSaved = useWatchSaved();
  const [dialog, setDialog] = useState<Dialog>();
  const treeElement = useRef<HTMLDivElement>(null);
  const actions = useCollectionActions(() => collections ?? []);

  const postman = usePostmanPanel((collectionId) => setOpen(rowKey(collectionId), true));
  // The active tab's saved request is shown in the tree: its collection and folders open.
  const activeSaved = active?.source.kind === 'saved' ? active.source : undefined;
  const selectedKey = activeSaved ? rowKey(activeSaved.collectionId, activeSaved.itemId) : undefined;
  const revealPath = useMemo(() => {
    if (!activeSaved || !collections) return [];
    const collection = collections.find((c) => c.id === activeSaved.collectionId);
    const path: string[] = [];
    const walk = (items: CollectionOutline['items'], trail: string[]): boolean =>
      items.some((item) => (item.id === activeSaved.itemId ? (path.push(...trail), true) : item.kind === 'folder' && walk(item.items, [...trail, rowKey(activeSaved.collectionId, item.id)])));
    if (collection && walk(collection.items, [rowKey(collection.id)])) return path;
    return [];
  }, [activeSaved, collections]);
  // Once per request shown (not at every change of the collections, which would undo a user's closing).
  const revealed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!selectedKey || revealed.current === selectedKey || revealPath.length === 0) return;
    revealed.current = selectedKey;
    for (const key of revealPath) setOpen(key, true);
  }, [selectedKey, revealPath, setOpen]);

  const rows = useMemo(() => collectionRows(collections ?? [], expanded), [collections, expanded]);
  const collectionOf = (row: CollectionRow) => collections?.find((c) => c.id === row.collectionId);
  const refocus = () => treeElement.current?.focus();

  const { openForCollection } = useSpecReview();
  const openMenu = (row: CollectionRow, anchor: HTMLElement) => setMenu({ row, anchor });
  const closeMenu = () => {
    setMenu(undefined);
    refocus();
  };
  const act = (run: (row: CollectionRow) => void) => () => {
    const row = menu?.row;
    setMenu(undefined);
    if (row) run(row);
  };

  const newFolder = (row: CollectionRow) => setDialog({ kind: 'new-folder', collectionId: row.collectionId, parentId: row.kind === 'folder' ? row.folder.id : null, where: row.label });
  const settings = (row: CollectionRow) => {
    const collection = collectionOf(row);
    if (!collection) return;
    setDialog(row.kind === 'folder' ? { kind: 'settings', collection, folder: row.folder, parentId: row.parentId } : { kind: 'settings', collection });
  };
  const moveTo = (row: CollectionRow) => {
    const itemId = itemIdOf(row);
    if (itemId) setDialog({ kind: 'move', collectionId: row.collectionId, itemId, name: row.label });
  };
  const run = (row: CollectionRow) => {
    const collection = collectionOf(row);
    if (!collection || row.kind === 'request') return;
    setDialog(row.kind === 'folder' ? { kind: 'run', collectionId: row.collectionId, itemId: row.folder.id, title: `${collection.name} › ${row.label}` } : { kind: 'run', collectionId: row.collectionId, title: collection.name });
  };

  if (error && !collections) return <Alert severity="error" sx={{ m: 1 }}>{error.message}</Alert>;

  return (
    <Box sx={{ height: '100%', display: 'flex', flexDirection: 'column' }} data-testid="collections-panel" {...postman.dropZone}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, px: 1.25, py: 1 }}>
        <Button size="small" startIcon={<LibraryAddOutlined />} onClick={() => setDialog({ kind: 'new-collection' })}>New collection</Button>
        <Tooltip describeChild title="Import a Postman collection (or an OpenAPI file, which goes to the Explorer). You can also drop files here.">
          <Button size="small" startIcon={<FileUploadOutlined />} onClick={postman.pick}>Import…</Button>
        </Tooltip>
        <Box sx={{ flex: 1 }} />
        <Tooltip title="Global variables">
          <IconButton size="small" aria-label="Global variables" onClick={() => setDialog({ kind: 'globals' })}>
            <TuneOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      {postman.elements}
      {problems.map((problem) => (
        <Alert key={problem} severity="warning" sx={{ mx: 1, mb: 1 }}>{problem}</Alert>
      ))}
      {collections && collections.length === 0 && (
        <EmptyState icon={<FolderSpecialOutlined />} title="No collections yet" testId="collections-empty"
          actions={<><Button variant="contained" onClick={() => setDialog({ kind: 'new-collection' })}>New collection</Button><Button onClick={postman.pick}>Import a Postman collection</Button></>}>
          Collections keep the requests that work for you, in folders, with the connection and variables each folder
          needs. Press Ctrl+S on any request to save it into one, or import a collection exported from Postman.
        </EmptyState>
      )}
      {openKnown && rows.length > 0 && (
        <VirtualTree
          rows={rows}
          label="Collections"
          testId="collections-tree"
          treeRef={treeElement}
          selectedKey={selectedKey}
          rowHeight={(row) => heights[row.kind]}
          onToggle={(row, open) => row.expanded !== open && setOpen(row.key, open)}
          onActivate={(row) => row.kind === 'request' && void openSaved(row.collectionId, row.request.id).catch(actions.failed)}
          onDoubleActivate={(row) => row.kind === 'request' && void openSaved(row.collectionId, row.request.id, { pin: true }).catch(actions.failed)}
          onMenu={(row, element) => {
            const button = element.querySelector<HTMLElement>('[data-row-menu]');
            if (button) openMenu(row, button);
          }}
          onRowKey={(row, event) => {
            if (event.key === 'F2') setRenaming(row.key);
            else if (event.key === 'Delete') actions.remove(row);
            else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) actions.nudge(row, event.key === 'ArrowUp' ? -1 : 1);
            else return false;
            return true;
          }}
          dragAndDrop={{ canDrag: () => renaming === undefined, places: dropPlaces, onDrop: actions.drop }}
          renderRow={(row, state) => (
            <CollectionRowView
              row={row}
              selected={state.selected}
              renaming={renaming === row.key}
              onMenu={(anchor) => openMenu(row, anchor)}
              onRename={(name) => {
                setRenaming(undefined);
                if (name !== undefined) actions.rename(row, name);
                refocus();
              }}
            />
          )}
        />
      )}
      {rows.length > 0 && (
        <Typography variant="caption" color="textSecondary" sx={{ px: 1.5, py: 0.75, borderTop: 1, borderColor: 'divider' }}>
          F2 renames · Alt+↑↓ reorders · Delete deletes · Shift+F10 for more · drag to move
        </Typography>
      )}
      <Menu anchorEl={menu?.anchor} open={menu !== undefined} onClose={closeMenu} slotProps={{ list: { 'aria-label': menu ? `Actions for ${menu.row.label}` : 'Actions' } }}>
        {menu?.row.kind === 'request' && (
          <MenuItem onClick={act((row) => row.kind === 'request' && void openSaved(row.collectionId, row.request.id, { pin: true }).catch(actions.failed))}>
            <ListItemText>Open in a tab</ListItemText>
          </MenuItem>
        )}
        {menu?.row.kind === 'request' && watchableMethod(menu.row.request.method) && (
          <MenuItem onClick={act((row) => row.kind === 'request' && watchSaved.open(row.collectionId, row.request.id))}><ListItemText>Watch…</ListItemText></MenuItem>
        )}
        {menu?.row.kind !== 'request' && <MenuItem onClick={act(run)}><ListItemText>Run…</ListItemText></MenuItem>}
        {menu?.row.kind !== 'request' && <MenuItem onClick={act(newFolder)}><ListItemText>New folder…</ListItemText></MenuItem>}
        <MenuItem onClick={act((row) => setRenaming(row.key))}><ListItemText>Rename</ListItemText><Typography variant="caption" color="textSecondary">F2</Typography></MenuItem>
        {menu?.row.kind !== 'request' && <MenuItem onClick={act(settings)}><ListItemText>Connection, environment and variables…</ListItemText></MenuItem>}
        {menu?.row.kind === 'collection' && <MenuItem onClick={act((row) => void openForCollection(row.collectionId).catch(actions.failed))}><ListItemText>Review changes from spec updates…</ListItemText></MenuItem>}
        <MenuItem onClick={act(actions.duplicate)}><ListItemText>Duplicate</ListItemText></MenuItem>
        {menu?.row.kind !== 'collection' && <MenuItem onClick={act(moveTo)}><ListItemText>Move to…</ListItemText></MenuItem>}
        <MenuItem onClick={act((row) => actions.nudge(row, -1))}><ListItemText>Move up</ListItemText><Typography variant="caption" color="textSecondary">Alt ↑</Typography></MenuItem>
        <MenuItem onClick={act((row) => actions.nudge(row, 1))}><ListItemText>Move down</ListItemText><Typography variant="caption" color="textSecondary">Alt ↓</Typography></MenuItem>
        {menu?.row.kind === 'collection' && <MenuItem onClick={act((row) => postman.exportCollection(row.collectionId, row.label))}><ListItemText>Export as Postman v2.1…</ListItemText></MenuItem>}
        <MenuItem onClick={act(actions.remove)}><ListItemText>Delete</ListItemText><Typography variant="caption" color="textSecondary">Del</Typography></MenuItem>
      </Menu>
      {dialog?.kind === 'new-collection' && (
        <NameDialog title="New collection" label="Collection name" onClose={() => setDialog(undefined)}
          onSubmit={async (name) => setOpen(rowKey((await host.invoke('collections.create', { name })).id), true)} />
      )}
      {dialog?.kind === 'new-folder' && (
        <NameDialog title={`New folder in ${dialog.where}`} label="Folder name" onClose={() => setDialog(undefined)}
          onSubmit={async (name) => {
            await host.invoke('collections.addFolder', { collectionId: dialog.collectionId, parentId: dialog.parentId, name });
            setOpen(dialog.parentId === null ? rowKey(dialog.collectionId) : rowKey(dialog.collectionId, dialog.parentId), true);
          }} />
      )}
      {dialog?.kind === 'settings' && (
        <ScopeSettingsDialog collection={dialog.collection} {...(dialog.folder && { folder: dialog.folder, parentId: dialog.parentId ?? null })} onClose={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'move' && collections && <MoveDialog collections={collections} item={dialog} onClose={() => setDialog(undefined)} />}
      {dialog?.kind === 'globals' && <GlobalsDialog onClose={() => setDialog(undefined)} />}
      {watchSaved.dialog}
      {dialog?.kind === 'run' && (
        <Suspense fallback={null}>
          <RunDialog target={{ collectionId: dialog.collectionId, title: dialog.title, ...(dialog.itemId && { itemId: dialog.itemId }) }} onClose={() => setDialog(undefined)} />
        </Suspense>
      )}
    </Box>
  );
}
