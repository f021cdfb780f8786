/** The steps before a big answer is shown: a warning above 20 MB, then a progress bar while it is read. */
import SaveAltOutlined from '@mui/icons-material/SaveAltOutlined';
import SpeedOutlined from '@mui/icons-material/SpeedOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { EmptyState } from '../../../components/empty-state';
import { formatBytes } from '../../../components/format/quantities';

/** "This answer is 48 MB…" with Show anyway and Save to file. */
export function LargeBodyGate({ size, onShow, onSave, saving, saved }: { size: number; onShow: () => void; onSave: () => void; saving: boolean; saved?: string }) {
  return (
    <EmptyState
      icon={<SpeedOutlined />}
      title={`This answer is ${formatBytes(size)}. Showing it may slow Shoreline down.`}
      testId="large-body-gate"
      actions={
        <>
          <Button variant="contained" startIcon={<SaveAltOutlined />} onClick={onSave} disabled={saving}>{saving ? 'Saving…' : 'Save to file'}</Button>
          <Button variant="outlined" onClick={onShow}>Show anyway</Button>
        </>
      }
    >
      Saving it keeps Shoreline quick; you can open the file in a text editor. To get smaller answers, ask for fewer
      items (a smaller limit) or only the fields you need (select).
      {saved && <Box component="span" sx={{ display: 'block', mt: 1, color: 'success.main' }}>{saved}</Box>}
    </EmptyState>
  );
}

/** A progress bar while the answer is read or prepared. */
export function BodyProgress({ label, read, size }: { label: string; read?: number; size?: number }) {
  const known = read !== undefined && size !== undefined && size > 0;
  return (
    <Box data-testid="body-progress" role="status" sx={{ px: 3, py: 5, display: 'flex', flexDirection: 'column', gap: 1.25, alignItems: 'center' }}>
      <Typography variant="body2" color="textSecondary">
        {label}
        {known && ` ${formatBytes(read)} of ${formatBytes(size)}`}
      </Typography>
      <LinearProgress variant={known ? 'determinate' : 'indeterminate'} value={known ? Math.min(100, (read / size) * 100) : undefined} sx={{ width: '100%', maxWidth: 360, borderRadius: 1 }} />
    </Box>
  );
}
