/** "Move to…": the keyboard's way to move a folder or request into another collection or folder. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useId, useMemo, useState } from 'react';
import type { CollectionOutline } from '../../../shared/contract/collections';
import { appErrorOf } from '../../host/app-error';
import { useHost } from '../../host/host-context';
import { destinations } from './collection-rows';

interface MoveDialogProps {
  collections: readonly CollectionOutline[];
  item: { collectionId: string; itemId: string; name: string };
  onClose(): void;
}

/** The dialog; mount it to open it. */
export function MoveDialog({ collections, item, onClose }: MoveDialogProps) {
  const host = useHost();
  const titleId = useId();
  const places = useMemo(() => destinations(collections, item), [collections, item]);
  const [picked, setPicked] = useState(0);
  const [problem, setProblem] = useState<string>();
  const move = () => {
    const to = places[picked];
    if (!to) return;
    host
      .invoke('collections.move', { collectionId: item.collectionId, itemId: item.itemId, toCollectionId: to.collectionId, toParentId: to.parentId })
      .then(onClose, (error: unknown) => setProblem(appErrorOf(error).message));
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby={titleId} data-testid="move-dialog">
      <DialogTitle id={titleId}>Move “{item.name}”</DialogTitle>
      <DialogContent sx={{ pt: '8px !important' }}>
        <TextField select autoFocus label="Move to" value={picked} onChange={(e) => setPicked(Number(e.target.value))} fullWidth>
          {places.map((p, index) => (
            <MenuItem key={`${p.collectionId}/${p.parentId ?? ''}`} value={index} sx={{ pl: 2 + p.depth * 2 }}>
              {p.depth === 0 ? p.label : p.label.split(' › ').at(-1)}
            </MenuItem>
          ))}
        </TextField>
        {problem && <Alert severity="error" sx={{ mt: 2 }}>{problem}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={move}>Move</Button>
      </DialogActions>
    </Dialog>
  );
}
