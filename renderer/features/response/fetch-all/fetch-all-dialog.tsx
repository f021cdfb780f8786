/**
 * "Fetch all": asks how many items at most, then follows every page with a progress bar, waiting
 * politely when the API asks to slow down. The combined items open in the Table view.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { FetchAllResult, SendRequest } from '../../../../shared/contract/http';
import type { PageInfo } from '../../../../shared/http/pagination';
import { formatCount } from '../../../components/format/quantities';
import { firstPageRequest } from '../page-request';
import { progressWords } from './fetch-all-words';
import { useFetchAll } from './use-fetch-all';

/** The cap offered first. */
export const defaultCap = 5000;
const maxCap = 1_000_000;

interface FetchAllDialogProps {
  open: boolean;
  request: SendRequest;
  info: PageInfo;
  onClose: () => void;
  /** Called with the outcome (complete or stopped early) and the cap that applied. */
  onDone: (result: FetchAllResult, cap: number) => void;
}

/** The fetch-all dialog. */
export function FetchAllDialog({ open, request, info, onClose, onDone }: FetchAllDialogProps) {
  const [capText, setCapText] = useState(String(defaultCap));
  const { state, start, cancel, reset } = useFetchAll();
  const cap = Number(capText);
  const capValid = Number.isInteger(cap) && cap >= 1 && cap <= maxCap;
  const running = state.phase === 'running';
  const words = running ? progressWords(state.progress, cap) : undefined;

  const run = async () => {
    const result = await start(firstPageRequest(request, info), cap);
    if (result) onDone(result, cap);
  };
  const close = () => {
    if (running) return;
    reset();
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} maxWidth="xs" fullWidth aria-labelledby="fetch-all-title" slotProps={{ paper: { 'data-testid': 'fetch-all-dialog' } as object }}>
      <DialogTitle id="fetch-all-title">Fetch all pages</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography variant="body2" color="textSecondary">
          Shoreline asks for every page of this list, starting from the first, and shows all the items in one table
          {info.total !== undefined ? ` (the service says there are ${formatCount(info.total)})` : ''}.
        </Typography>
        <TextField
          label="At most this many items"
          type="number"
          size="small"
          value={capText}
          disabled={running}
          onChange={(e) => setCapText(e.target.value)}
          error={!capValid}
          helperText={capValid ? 'A limit keeps a very long list from taking minutes.' : `Enter a whole number from 1 to ${formatCount(maxCap)}.`}
          slotProps={{ htmlInput: { min: 1, max: maxCap, step: 100, 'data-testid': 'fetch-all-cap' } }}
        />
        {running && words && (
          <Box role="status" data-testid="fetch-all-progress" sx={{ display: 'flex', flexDirection: 'column', gap: 0.75 }}>
            <LinearProgress variant={words.percent !== undefined ? 'determinate' : 'indeterminate'} value={words.percent} sx={{ borderRadius: 1 }} />
            <Typography variant="body2">{words.text}</Typography>
            {words.waiting && <Typography variant="body2" color="warning.main">{words.waiting}</Typography>}
          </Box>
        )}
        {state.phase === 'failed' && <Alert severity="error">{state.error.message}</Alert>}
      </DialogContent>
      <DialogActions>
        {running ? (
          <Button onClick={cancel} color="inherit">Cancel</Button>
        ) : (
          <>
            <Button onClick={close} color="inherit">Close</Button>
            <Button variant="contained" onClick={() => void run()} disabled={!capValid}>Fetch all</Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
