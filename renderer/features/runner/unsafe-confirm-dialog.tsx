/**
 * Safe mode for a run: the requests that can change data outside the Sandbox (POST, PUT, PATCH,
 * DELETE), listed once before the run starts. The user sends them, or runs without them (they are
 * skipped and say so), or goes back.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { displayUrl } from '../../../shared/http/display-url';
import { interpolate } from '../../../shared/model/variables';
import { MethodBadge } from '../../components/method-badge';
import { monoFont } from '../../components/theme/tokens';
import { useEnvironments } from '../environments';
import type { RunPlan } from './runner-host';

interface UnsafeConfirmProps {
  unsafe: RunPlan['unsafe'];
  onSend(): void;
  onSkip(): void;
  onCancel(): void;
}

/** The question; mount it to ask. */
export function UnsafeConfirmDialog({ unsafe, onSend, onSkip, onCancel }: UnsafeConfirmProps) {
  const titleId = useId();
  const textId = useId();
  const many = unsafe.length > 1;
  // The address with its environment's variables filled in, so the host it goes to can be read.
  const { environments } = useEnvironments();
  const address = (step: RunPlan['unsafe'][number]) => {
    const variables = environments?.find((e) => e.name === step.environmentName)?.variables ?? {};
    return displayUrl(interpolate(step.url, variables).text);
  };
  return (
    <Dialog open onClose={onCancel} maxWidth="sm" fullWidth aria-labelledby={titleId} aria-describedby={textId} slotProps={{ paper: { 'data-testid': 'run-unsafe-confirm' } as object }}>
      <DialogTitle id={titleId}>{many ? `Send ${unsafe.length} changes outside the Sandbox?` : 'Send a change outside the Sandbox?'}</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>
          {many ? 'These requests can change real data' : 'This request can change real data'}. Safe mode asks once for the whole run.
        </DialogContentText>
        <Box component="ul" sx={{ m: 0, mt: 1.5, pl: 0, listStyle: 'none' }}>
          {unsafe.map((step) => (
            <Box component="li" key={step.itemId} sx={{ display: 'flex', gap: 1, alignItems: 'baseline', py: 0.5 }}>
              <MethodBadge method={step.method} />
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="body2" sx={{ fontWeight: 500 }}>{step.name}</Typography>
                <Typography variant="caption" component="div" sx={{ fontFamily: monoFont, wordBreak: 'break-all' }}>{address(step)}</Typography>
                {step.environmentName && <Typography variant="caption" color="textSecondary" component="div">in the environment {step.environmentName}</Typography>}
              </Box>
            </Box>
          ))}
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onCancel} autoFocus>Cancel</Button>
        <Button onClick={onSkip}>Run without {many ? 'them' : 'it'}</Button>
        <Button color="warning" variant="contained" onClick={onSend}>Send {many ? 'them' : 'it'} too</Button>
      </DialogActions>
    </Dialog>
  );
}
