/**
 * Start watching a request, or change a watch: its name, how often it checks (60 s unless changed,
 * at least 5 s — the service says so in words when it is less) and whether new items raise a desktop
 * notification. On the web host, switching notifications on is what asks the browser's permission.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { WatchInfo, WatchOrigin, WatchRequestInput } from '../../../shared/contract/watch';
import { monoFont } from '../../components/theme/tokens';
import { appErrorOf } from '../../host/app-error';
import { useHost } from '../../host/host-context';
import { askNotificationPermission, notificationPermission, notificationProblem } from './browser-notifications';

/** What the dialog starts or edits. */
export type WatchDialogTarget =
  | { kind: 'start'; request: WatchRequestInput; name: string; origin: WatchOrigin }
  | { kind: 'edit'; watch: WatchInfo };

interface WatchDialogProps {
  target: WatchDialogTarget;
  onClose: () => void;
  /** Called with the watch once it started or changed. */
  onDone: (watch: WatchInfo) => void;
}

/** The interval typed, as whole seconds; undefined when it is not one. */
function seconds(text: string): number | undefined {
  return /^\s*\d{1,6}\s*$/.test(text) ? Number(text) : undefined;
}

/** The Watch dialog. */
export function WatchDialog({ target, onClose, onDone }: WatchDialogProps) {
  const host = useHost();
  const titleId = useId();
  const web = host.kind === 'web';
  const existing = target.kind === 'edit' ? target.watch : undefined;
  const [name, setName] = useState(existing?.name ?? (target.kind === 'start' ? target.name : ''));
  const [every, setEvery] = useState(String(existing?.intervalSeconds ?? 60));
  // In a browser, notifications start on only where the browser already allows them: turning them on asks.
  const [notify, setNotify] = useState(existing?.notify ?? (!web || notificationPermission() === 'granted'));
  const [permissionProblem, setPermissionProblem] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const interval = seconds(every);
  const request = existing?.request ?? (target.kind === 'start' ? target.request : undefined);

  const switchNotify = async (on: boolean) => {
    setNotify(on);
    setPermissionProblem(undefined);
    if (!on || !web) return;
    const state = await askNotificationPermission();
    const why = state === 'granted' ? undefined : (notificationProblem(state) ?? 'Your browser did not allow notifications. New items still appear in the Watch tab with a count.');
    setPermissionProblem(why);
    if (why) setNotify(false);
  };

  const submit = () => {
    if (interval === undefined) return setProblem('Type the number of seconds between checks, such as 60.');
    if (name.trim() === '') return setProblem('Give the watch a name.');
    setBusy(true);
    setProblem(undefined);
    const done =
      target.kind === 'start'
        ? host.invoke('watch.start', { request: target.request, name: name.trim(), intervalSeconds: interval, notify, origin: target.origin })
        : host.invoke('watch.update', { id: target.watch.id, name: name.trim(), intervalSeconds: interval, notify });
    done.then(onDone, (error: unknown) => setProblem(appErrorOf(error).message)).finally(() => setBusy(false));
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby={titleId} data-testid="watch-dialog">
      <DialogTitle id={titleId}>{target.kind === 'start' ? 'Watch this request' : 'Change this watch'}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {target.kind === 'start' && (
            <Typography variant="body2" color="textSecondary">
              Shoreline sends this request again and again and shows only the items that were not there before, oldest first — through token
              renewals, rate limits and dropped connections, and after a restart.
            </Typography>
          )}
          {request && (
            <Typography variant="body2" sx={{ fontFamily: monoFont, wordBreak: 'break-all' }} data-testid="watch-dialog-request">
              {request.method} {request.url}
            </Typography>
          )}
          <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} size="small" fullWidth slotProps={{ htmlInput: { maxLength: 200 } }} />
          <TextField
            label="Check every"
            value={every}
            onChange={(e) => setEvery(e.target.value)}
            size="small"
            sx={{ width: 220 }}
            error={interval === undefined}
            helperText={interval === undefined ? 'A whole number of seconds.' : 'Seconds; at least 5.'}
            slotProps={{ input: { endAdornment: <InputAdornment position="end">seconds</InputAdornment> }, htmlInput: { inputMode: 'numeric' } }}
          />
          <FormControlLabel
            control={<Switch checked={notify} onChange={(e) => void switchNotify(e.target.checked)} />}
            label="Show a desktop notification when new items arrive"
          />
          {permissionProblem && <Alert severity="info">{permissionProblem}</Alert>}
          {problem && <Alert severity="error" role="alert">{problem}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={submit} disabled={busy}>
          {target.kind === 'start' ? 'Start watching' : 'Save'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
