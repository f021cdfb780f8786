/**
 * The History tab: every request sent, newest first, searchable, each one re-openable in the
 * builder. Tokens and secrets were removed by main before the entries were written.
 */
import ClearOutlined from '@mui/icons-material/ClearOutlined';
import DeleteSweepOutlined from '@mui/icons-material/DeleteSweepOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { HistoryEntry } from '../../../shared/contract/history';
import { EmptyState } from '../../components/empty-state';
import { HostError } from '../../host/host';
import { useHost } from '../../host/host-context';
import { useHostQuery } from '../../host/use-host-query';
import { useElapsed } from '../../components/hooks/use-ticker';
import { formatCount } from '../../components/format/quantities';
import { ClearHistoryDialog } from './clear-history-dialog';
import { HistoryRow, historyRowHeight } from './history-row';
import { useDebounced } from '../../components/hooks/use-debounced';
import { useHistory } from './use-history';

/** The props of {@link HistoryPanel}. */
export interface HistoryPanelProps {
  /** Opens a whole entry (fetched with `history.get`) in the request builder. */
  onReopen?: (entry: HistoryEntry) => void;
}

const noop = () => undefined;

/** The History sidebar tab. */
export function HistoryPanel({ onReopen = noop }: HistoryPanelProps) {
  const host = useHost();
  const [search, setSearch] = useState('');
  const query = useDebounced(search, 200);
  const list = useHistory(query);
  // The operation each entry was built from, by name ("Get all storage systems"), while its spec is imported.
  const { data: specs } = useHostQuery('specs.tree', {}, { refreshOn: ['specs.changed'] });
  const operationNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const node of specs ?? []) {
      for (const tag of node.tags) for (const op of tag.operations) names.set(`${node.spec.id}:${op.id}`, op.summary ?? op.operationId ?? op.path);
    }
    return names;
  }, [specs]);
  const [opening, setOpening] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [clearing, setClearing] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Re-render once a minute so "5 min ago" stays true; the elapsed time anchors to the first render.
  const [mountedAt] = useState(() => Date.now());
  const nowMs = mountedAt + useElapsed(60_000);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design.
  const virtualizer = useVirtualizer({ count: list.entries.length, getScrollElement: () => scrollRef.current, estimateSize: () => historyRowHeight, overscan: 8 });

  const failed = (error: unknown, fallback: string) => setProblem(error instanceof HostError ? error.error.message : fallback);
  const open = (id: string) => {
    setOpening(id);
    setProblem(undefined);
    host.invoke('history.get', { id }).then(onReopen, (error: unknown) => failed(error, 'This entry could not be opened.')).finally(() => setOpening(undefined));
  };
  const remove = (id: string) => {
    host.invoke('history.delete', { id }).catch((error: unknown) => failed(error, 'This entry could not be deleted.'));
  };
  const clear = () => {
    setClearing(true);
    host.invoke('history.clear', {}).then(() => setConfirming(false), (error: unknown) => failed(error, 'The history could not be cleared.')).finally(() => setClearing(false));
  };

  const searching = query.trim() !== '';
  const nothingYet = !list.loading && !searching && list.entries.length === 0 && !list.error;
  if (nothingYet) {
    return (
      <EmptyState icon={<HistoryOutlined />} title="Nothing sent yet" testId="history-empty">
        Every request you send is listed here, newest first, with tokens and secrets removed. Open an endpoint in
        the Explorer and press Send to see it appear.
      </EmptyState>
    );
  }

  return (
    <Box data-testid="history-panel" data-query={list.loading ? undefined : query.trim()} sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, p: 1.25 }}>
        <TextField
          size="small"
          fullWidth
          placeholder="Search history"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && setSearch('')}
          slotProps={{
            htmlInput: { 'aria-label': 'Search history', 'data-testid': 'history-search' },
            input: {
              startAdornment: <InputAdornment position="start"><SearchOutlined fontSize="small" /></InputAdornment>,
              endAdornment: search ? (
                <InputAdornment position="end">
                  <IconButton size="small" aria-label="Clear search" onClick={() => setSearch('')}><ClearOutlined fontSize="small" /></IconButton>
                </InputAdornment>
              ) : undefined,
            },
          }}
        />
        <Tooltip title="Clear history…">
          <span>
            <IconButton aria-label="Clear history" onClick={() => setConfirming(true)} disabled={list.total === 0 && !searching}>
              <DeleteSweepOutlined />
            </IconButton>
          </span>
        </Tooltip>
      </Box>
      <Box sx={{ height: 2 }}>{list.loading && <LinearProgress sx={{ height: 2 }} />}</Box>
      {(problem ?? list.error) && (
        <Alert severity="error" onClose={problem ? () => setProblem(undefined) : undefined} sx={{ mx: 1.25, mb: 1 }}>
          {problem ?? list.error}
        </Alert>
      )}
      {searching && !list.loading && list.entries.length === 0 ? (
        <EmptyState icon={<SearchOffOutlined />} title={`No request matches “${query.trim()}”`} testId="history-no-match" actions={<Button size="small" variant="outlined" onClick={() => setSearch('')}>Clear search</Button>}>
          Search looks at the method, the address, the status code, the environment and the operation.
        </EmptyState>
      ) : (
        <Box ref={scrollRef} role="list" aria-label="Requests sent" data-testid="history-list" sx={{ flex: 1, minHeight: 0, overflow: 'auto', borderTop: 1, borderColor: 'divider' }}>
          <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const entry = list.entries[item.index];
              if (!entry) return null;
              return (
                <Box key={entry.id} role="listitem" style={{ transform: `translateY(${item.start}px)` }} sx={{ position: 'absolute', top: 0, left: 0, width: '100%' }}>
                  <HistoryRow entry={entry} operationName={entry.operationId ? operationNames.get(entry.operationId) : undefined} nowMs={nowMs} busy={opening === entry.id} onOpen={() => open(entry.id)} onDelete={() => remove(entry.id)} />
                </Box>
              );
            })}
          </Box>
        </Box>
      )}
      {list.total > list.entries.length && (
        <Typography variant="caption" color="textSecondary" sx={{ px: 1.5, py: 0.75, borderTop: 1, borderColor: 'divider' }}>
          Showing the newest {formatCount(list.entries.length)} of {formatCount(list.total)}. Search to find older ones.
        </Typography>
      )}
      <ClearHistoryDialog open={confirming} total={searching ? undefined : list.total} busy={clearing} onCancel={() => setConfirming(false)} onConfirm={clear} />
    </Box>
  );
}
