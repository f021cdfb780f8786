/** One watch in the panel: its name, request, state in words, what is new, and what can be done with it. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { WatchInfo } from '../../../shared/contract/watch';
import { everyText } from '../../../shared/watch/watch-words';
import { MethodBadge } from '../../components/method-badge';
import { monoFont } from '../../components/theme/tokens';
import { watchStateWords } from './watch-state';

/** What the card's buttons do. */
export interface WatchCardActions {
  show(watch: WatchInfo): void;
  edit(watch: WatchInfo): void;
  stop(watch: WatchInfo): void;
  resume(watch: WatchInfo): void;
  remove(watch: WatchInfo): void;
  markSeen(watch: WatchInfo): void;
}

const toneColour = { neutral: 'default', info: 'info', warning: 'warning', error: 'error', success: 'success' } as const;

/** The card of `watch` at `nowMs`. */
export function WatchCard({ watch, nowMs, actions }: { watch: WatchInfo; nowMs: number; actions: WatchCardActions }) {
  const state = watchStateWords(watch, nowMs);
  const stopped = watch.phase === 'stopped';
  const headingId = `watch-${watch.id}-name`;
  return (
    <Box component="li" aria-labelledby={headingId} data-testid="watch-card" data-watch-id={watch.id} data-phase={watch.phase}
      sx={{ listStyle: 'none', p: 1.5, borderBottom: 1, borderColor: 'divider', display: 'flex', flexDirection: 'column', gap: 0.75 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
        <MethodBadge method={watch.request.method} />
        <Typography id={headingId} variant="subtitle2" component="h3" noWrap title={watch.name} sx={{ flex: 1, minWidth: 0 }}>{watch.name}</Typography>
      </Box>
      <Typography variant="caption" color="textSecondary" noWrap title={watch.request.url} sx={{ fontFamily: monoFont }}>{watch.request.url}</Typography>
      <Box>
        <Chip size="small" label={state.label} color={toneColour[state.tone]} variant={state.tone === 'neutral' ? 'outlined' : 'filled'} data-testid="watch-state" />
      </Box>
      <Typography variant="body2" data-testid="watch-detail">{state.detail}</Typography>
      {watch.unseenText && (
        <Typography variant="body2" color="primary" sx={{ fontWeight: 600 }} data-testid="watch-unseen">{watch.unseenText}</Typography>
      )}
      <Typography variant="caption" color="textSecondary">
        Checks {everyText(watch.intervalSeconds)} · {watch.found.toLocaleString('en')} found · notifications {watch.notify ? 'on' : 'off'}
        {watch.kept ? '' : ' · not kept after Shoreline quits'}
      </Typography>
      {watch.note && <Typography variant="caption" color="textSecondary">{watch.note}</Typography>}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
        <Button size="small" variant="outlined" onClick={() => actions.show(watch)}>Show items</Button>
        {watch.unseen > 0 && <Button size="small" onClick={() => actions.markSeen(watch)}>Mark seen</Button>}
        {stopped ? <Button size="small" onClick={() => actions.resume(watch)}>Resume</Button> : <Button size="small" onClick={() => actions.stop(watch)}>Stop</Button>}
        <Button size="small" onClick={() => actions.edit(watch)}>Change</Button>
        <Button size="small" color="error" onClick={() => actions.remove(watch)}>Remove</Button>
      </Box>
    </Box>
  );
}
