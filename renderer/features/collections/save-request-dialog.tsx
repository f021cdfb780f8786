/**
 * "Save as": a name (the endpoint's summary by default) and the collection or folder to save into,
 * with a new collection or folder made on the spot — the first save of a new user needs both.
 */
import CreateNewFolderOutlined from '@mui/icons-material/CreateNewFolderOutlined';
import LibraryAddOutlined from '@mui/icons-material/LibraryAddOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useId, useMemo, useState } from 'react';
import type { SavedRef } from '../../../shared/contract/collections';
import type { SavedRequest } from '../../../shared/model/request';
import { appErrorOf } from '../../host/app-error';
import { useHost } from '../../host/host-context';
import { destinations, type Destination } from './collection-rows';
import { NameDialog } from './name-dialog';
import { useCollectionsList } from './use-collections';

/** The props of {@link SaveRequestDialog}. */
export interface SaveRequestDialogProps {
  /** The request to save, as it is now. */
  request: SavedRequest;
  defaultName: string;
  /** Where to offer first (the collection the request came from, say). */
  near?: { collectionId: string; parentId: string | null };
  onSaved(place: SavedRef): void;
  onClose(): void;
}

const placeKey = (d: Pick<Destination, 'collectionId' | 'parentId'>) => `${d.collectionId}/${d.parentId ?? ''}`;

/** The dialog; mount it to open it. */
export function SaveRequestDialog({ request, defaultName, near, onSaved, onClose }: SaveRequestDialogProps) {
  const host = useHost();
  const titleId = useId();
  const { collections } = useCollectionsList();
  const places = useMemo(() => destinations(collections ?? []), [collections]);
  const [name, setName] = useState(defaultName);
  const [picked, setPicked] = useState<string>();
  const [asking, setAsking] = useState<'collection' | 'folder'>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const chosen = places.find((p) => placeKey(p) === picked) ?? places.find((p) => near && placeKey(p) === placeKey(near)) ?? places[0];

  const save = () => {
    if (!chosen) return setProblem('Make a collection to save into first.');
    if (name.trim() === '') return setProblem('Give the request a name.');
    setBusy(true);
    host
      .invoke('collections.saveRequest', { collectionId: chosen.collectionId, parentId: chosen.parentId, name: name.trim(), request })
      .then(onSaved, (error: unknown) => setProblem(appErrorOf(error).message))
      .finally(() => setBusy(false));
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby={titleId} data-testid="save-request-dialog">
      <DialogTitle id={titleId}>Save request</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <TextField autoFocus label="Request name" value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && save()} fullWidth />
        {places.length > 0 && chosen ? (
          <TextField select label="Save into" value={placeKey(chosen)} onChange={(e) => setPicked(e.target.value)} fullWidth slotProps={{ select: { MenuProps: { slotProps: { paper: { sx: { maxHeight: 360 } } } } } }}>
            {places.map((p) => (
              <MenuItem key={placeKey(p)} value={placeKey(p)} sx={{ pl: 2 + p.depth * 2 }}>
                {p.depth === 0 ? p.label : p.label.split(' › ').at(-1)}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <Alert severity="info">You have no collection yet. Make one to keep this request in.</Alert>
        )}
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button size="small" startIcon={<LibraryAddOutlined />} onClick={() => setAsking('collection')}>New collection</Button>
          <Button size="small" startIcon={<CreateNewFolderOutlined />} onClick={() => setAsking('folder')} disabled={!chosen}>
            New folder{chosen ? ` in ${chosen.label.split(' › ').at(-1)}` : ''}
          </Button>
        </Box>
        {problem && <Alert severity="error">{problem}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={save} disabled={busy || !chosen}>Save</Button>
      </DialogActions>
      {asking === 'collection' && (
        <NameDialog
          title="New collection"
          label="Collection name"
          onClose={() => setAsking(undefined)}
          onSubmit={async (collectionName) => {
            const made = await host.invoke('collections.create', { name: collectionName });
            setPicked(placeKey({ collectionId: made.id, parentId: null }));
          }}
        />
      )}
      {asking === 'folder' && chosen && (
        <NameDialog
          title={`New folder in ${chosen.label.split(' › ').at(-1)}`}
          label="Folder name"
          onClose={() => setAsking(undefined)}
          onSubmit={async (folderName) => {
            const { itemId } = await host.invoke('collections.addFolder', { collectionId: chosen.collectionId, parentId: chosen.parentId, name: folderName });
            setPicked(placeKey({ collectionId: chosen.collectionId, parentId: itemId }));
          }}
        />
      )}
    </Dialog>
  );
}
