/** The problems found in a spec, each with where it is, as advice: the spec stays usable. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { monoFont } from '../../components/theme/tokens';
import { useHostQuery } from '../../host/use-host-query';

const severityColour = { error: 'error', warning: 'warning', info: 'info' } as const;

/** Lists the findings of `specId`. */
export function FindingsDialog({ specId, title, onClose }: { specId: string | undefined; title: string; onClose(): void }) {
  // Strict validation runs in the background: its verdict arrives as `specs.validated`.
  const { data: report } = useHostQuery('specs.findings', specId ? { specId } : null, {
    refreshOn: { 'specs.validated': (v) => (v.specId === specId ? 'refetch' : 'ignore') },
  });
  const findings = report?.findings ?? [];
  return (
    <Dialog open={specId !== undefined} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="findings-title">
      <DialogTitle id="findings-title">Problems found in {title}</DialogTitle>
      <DialogContent dividers>
        {report?.validation === 'pending' && <LinearProgress sx={{ mb: 2 }} />}
        <Alert severity="info" sx={{ mb: 2 }}>
          These are notes on how the file follows the OpenAPI standard. The endpoints still work in Shoreline; a problem only matters if a request built from that place looks wrong.
        </Alert>
        {findings.length === 0 && report?.validation !== 'pending' && <Typography color="textSecondary">No problems found.</Typography>}
        {findings.map((finding, index) => (
          <Box key={index} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 0.5 }}>
              <Chip size="small" label={finding.severity} color={severityColour[finding.severity]} variant="outlined" />
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {finding.location}
              </Typography>
            </Box>
            <Typography variant="body2">{finding.message}</Typography>
            <Typography variant="caption" color="textSecondary" sx={{ fontFamily: monoFont }}>
              {finding.path}
            </Typography>
          </Box>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
