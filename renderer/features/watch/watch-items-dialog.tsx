/**
 * The items a watch found, oldest first, as a table like an answer's (columns, CSV) or as JSON — the
 * items exactly as the API gave them. Opening it counts as looking: the unseen count goes back to 0.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useMemo, useState } from 'react';
import type { WatchInfo } from '../../../shared/contract/watch';
import { tableFromBody } from '../../../shared/http/table';
import { formatCount, pluralItems } from '../../components/format/quantities';
import { monoFont } from '../../components/theme/tokens';
import { useHost } from '../../host/host-context';
import { TableView } from '../response';
import { useWatchItems } from './use-watches';

/** Which of the items shown are new since the user last looked, in words. */
function newWords(newCount: number, shown: number): string {
  if (newCount <= 0) return '';
  if (newCount >= shown) return ' All of them are new since you last looked.';
  return ` The last ${formatCount(newCount)} are new since you last looked.`;
}

/** The items of `watch`, in a dialog. */
export function WatchItemsDialog({ watch, onClose }: { watch: WatchInfo; onClose: () => void }) {
  const host = useHost();
  const titleId = useId();
  const [view, setView] = useState<'table' | 'json'>('table');
  const items = useWatchItems(watch.id);
  // What was new when the dialog opened, so the words stay while the count is reset.
  const [newCount] = useState(watch.unseen);
  const list = useMemo(() => (items.data?.items ?? []).map((found) => found.item), [items.data]);
  const table = useMemo(() => tableFromBody({ items: list }), [list]);
  const { id, unseen } = watch;

  // Looking is what marks them seen; items arriving while the dialog is open are seen too.
  useEffect(() => {
    if (unseen > 0) host.invoke('watch.markSeen', { id }).catch(() => undefined);
  }, [host, id, unseen]);

  const found = items.data?.found ?? watch.found;
  const shown = list.length;
  return (
    <Dialog open onClose={onClose} maxWidth="xl" fullWidth aria-labelledby={titleId} data-testid="watch-items-dialog" slotProps={{ paper: { sx: { height: '85vh' } } }}>
      <DialogTitle id={titleId} sx={{ pb: 1 }}>New items: {watch.name}</DialogTitle>
      <Box sx={{ px: 3, pb: 1, display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="body2" color="textSecondary" sx={{ flex: 1, minWidth: 240 }} data-testid="watch-items-summary">
          {shown === 0
            ? 'Nothing new yet. Items added after the watch started will appear here, oldest first.'
            : `${pluralItems(shown)} found, oldest first${found > shown ? ` (the newest ${formatCount(shown)} of ${formatCount(found)} are kept)` : ''}.${newWords(newCount, shown)}`}
        </Typography>
        <ToggleButtonGroup size="small" exclusive value={view} onChange={(_e, next: 'table' | 'json' | null) => next && setView(next)} aria-label="Show the items as">
          <ToggleButton value="table">Table</ToggleButton>
          <ToggleButton value="json">JSON</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      {items.loading && <LinearProgress />}
      {items.error && <Alert severity="error" sx={{ mx: 3 }}>{items.error.message}</Alert>}
      <Box sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', borderTop: 1, borderColor: 'divider' }}>
        {shown > 0 && view === 'table' && table && <TableView table={table} url={watch.request.url} />}
        {shown > 0 && (view === 'json' || !table) && (
          <Box component="pre" tabIndex={0} aria-label="The items as JSON" data-testid="watch-items-json" sx={{ m: 0, p: 2, flex: 1, overflow: 'auto', fontFamily: monoFont, fontSize: 13 }}>
            {JSON.stringify(list, null, 2)}
          </Box>
        )}
      </Box>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} variant="contained">Close</Button>
      </DialogActions>
    </Dialog>
  );
}
