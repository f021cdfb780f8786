/**
 * The Run panel: run a collection or one folder in order — options (environment, delay, stop at the
 * first failure), safe mode's one question for changes outside the Sandbox, a progress bar, each
 * request's address, status, time and captured values as they come, Stop, and the results saved as
 * JSON or JUnit XML.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { useAnnounce } from '../../components/announcer';
import { appErrorOf } from '../../host/app-error';
import { useEnvironments } from '../environments';
import { downloadText } from '../response';
import { finished, plannedRun, progressed, progressPercent, resultFileName, runHeadline, startedRun, startingRun, type RunView } from './run-model';
import { RunStepsTable } from './run-steps-table';
import { resultFiles, useRunnerActions } from './runner-host';
import { UnsafeConfirmDialog } from './unsafe-confirm-dialog';

/** What to run. */
export interface RunTarget {
  collectionId: string;
  /** A folder of the collection; the whole collection when absent. */
  itemId?: string;
  /** "GreenLake › Devices". */
  title: string;
}

const maxDelayMs = 600_000;

/** The delay box's value as milliseconds, or the problem with it. */
function delayOf(text: string): { ms: number } | { problem: string } {
  if (text.trim() === '') return { ms: 0 };
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms < 0) return { problem: 'A whole number of milliseconds, 0 or more.' };
  if (ms > maxDelayMs) return { problem: 'At most 600000 ms (10 minutes).' };
  return { ms };
}

/** The panel, as a large dialog; mount it to open it. */
export function RunDialog({ target, onClose }: { target: RunTarget; onClose(): void }) {
  const titleId = useId();
  const actions = useRunnerActions();
  const announce = useAnnounce();
  const { environments } = useEnvironments();
  const [environmentId, setEnvironmentId] = useState('');
  const [delayText, setDelayText] = useState('0');
  const [stopOnFailure, setStopOnFailure] = useState(false);
  const [view, setView] = useState<RunView>();
  const [error, setError] = useState<AppError>();
  const [asking, setAsking] = useState(false);
  const running = view?.outcome === 'running';
  const delay = delayOf(delayText);

  // Every run's events: the model keeps only this run's (and those that come before its id is known).
  useEffect(() => actions.listen((p) => setView((v) => v && progressed(v, p)), (r) => setView((v) => v && finished(v, r))), [actions]);

  // The plan, again whenever the environment changes (safe mode depends on it; the choice is locked during a run).
  const { collectionId, itemId } = target;
  useEffect(() => {
    let current = true;
    actions.plan({ collectionId, ...(itemId && { itemId }), ...(environmentId && { environmentId }) }).then(
      (plan) => current && setView(plannedRun(plan)),
      (thrown: unknown) => current && setError(appErrorOf(thrown)),
    );
    return () => {
      current = false;
    };
  }, [actions, collectionId, itemId, environmentId]);

  // The end of a run is said aloud once.
  const said = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (view?.result && said.current !== view.result.runId) {
      said.current = view.result.runId;
      announce(runHeadline(view));
    }
  }, [view, announce]);

  const start = async (confirmedUnsafe: string[]) => {
    if (!view || 'problem' in delay) return;
    setAsking(false);
    setError(undefined);
    setView(startingRun(view));
    try {
      const started = await actions.start({ collectionId, ...(itemId && { itemId }), ...(environmentId && { environmentId }), delayMs: delay.ms, stopOnFailure, confirmedUnsafe });
      setView((v) => v && startedRun(v, started.runId, started.plan));
      // Said once; the headline below changes with every request and is not a live region, so a screen reader is not interrupted each time.
      announce(`Running ${started.plan.steps.length === 1 ? '1 request' : `${started.plan.steps.length} requests`}.`);
    } catch (thrown) {
      setError(appErrorOf(thrown));
      setView(plannedRun(view.plan));
    }
  };
  const run = () => (view && view.plan.unsafe.length > 0 ? setAsking(true) : void start([]));
  const stop = () => view?.runId && void actions.stop(view.runId).catch((thrown: unknown) => setError(appErrorOf(thrown)));
  const close = () => {
    if (running) stop();
    onClose();
  };
  const save = (kind: 'json' | 'junit') => {
    if (!view?.result) return;
    const file = resultFiles[kind](view.result);
    downloadText(file.text, resultFileName(view.result, kind), file.type);
  };

  const countable = view ? view.steps.length : 0;
  return (
    <Dialog open onClose={close} maxWidth="lg" fullWidth aria-labelledby={titleId} slotProps={{ paper: { 'data-testid': 'run-panel', sx: { height: '85vh' } } as object }}>
      <DialogTitle id={titleId}>Run “{target.title}”</DialogTitle>
      <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, p: 0 }}>
        <Box component="fieldset" disabled={running} sx={{ border: 0, m: 0, px: 3, pt: 2, display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }} aria-label="Run options">
          <TextField select size="small" label="Environment" value={environmentId} onChange={(e) => setEnvironmentId(e.target.value)} disabled={running} sx={{ minWidth: 260 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            helperText={environmentId ? 'For every request of the run.' : 'What each folder or the collection chooses, else the active one.'}>
            <MenuItem value="">As the collection chooses</MenuItem>
            {(environments ?? []).map((env) => <MenuItem key={env.id} value={env.id}>{env.name}</MenuItem>)}
          </TextField>
          <TextField size="small" label="Delay between requests (ms)" value={delayText} onChange={(e) => setDelayText(e.target.value)} disabled={running} sx={{ width: 220 }}
            error={'problem' in delay} helperText={'problem' in delay ? delay.problem : 'Wait this long after each request.'} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
          <FormControlLabel control={<Checkbox checked={stopOnFailure} onChange={(e) => setStopOnFailure(e.target.checked)} disabled={running} />} label="Stop at the first failure" sx={{ mt: 0.5 }} />
        </Box>
        <Box sx={{ px: 3 }}>
          <Typography variant="body2" data-testid="run-headline" sx={{ mb: 0.75 }}>{view ? runHeadline(view) : 'Reading the requests to run…'}</Typography>
          <LinearProgress variant="determinate" value={view ? progressPercent(view) : 0} aria-label="Run progress"
            color={view?.outcome === 'failed' ? 'error' : view?.outcome === 'stopped' ? 'warning' : 'primary'} />
          {error && <Alert severity="error" sx={{ mt: 1.5 }} onClose={() => setError(undefined)}>{error.message}</Alert>}
          {view && countable === 0 && <Alert severity="info" sx={{ mt: 1.5 }}>There are no requests here to run yet.</Alert>}
        </Box>
        <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', px: 1.5 }}>
          {view && countable > 0 && <RunStepsTable steps={view.steps} />}
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        {view?.result && (
          <Box sx={{ flex: 1, display: 'flex', gap: 1 }}>
            <Button onClick={() => save('json')}>Save results as JSON</Button>
            <Button onClick={() => save('junit')}>Save as JUnit XML</Button>
          </Box>
        )}
        <Button onClick={close}>{running ? 'Stop and close' : 'Close'}</Button>
        {running ? (
          <Button variant="contained" color="warning" onClick={stop} disabled={view?.runId === undefined}>Stop</Button>
        ) : (
          <Button variant="contained" onClick={run} disabled={!view || countable === 0 || 'problem' in delay}>{view?.result ? 'Run again' : 'Run'}</Button>
        )}
      </DialogActions>
      {asking && view && <UnsafeConfirmDialog unsafe={view.plan.unsafe} onSend={() => void start(view.plan.unsafe.map((u) => u.itemId))} onSkip={() => void start([])} onCancel={() => setAsking(false)} />}
    </Dialog>
  );
}
