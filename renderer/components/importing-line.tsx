/** "Importing storage-api.yaml…" with a progress bar, under a panel's toolbar while a file is imported. */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';

/** The file being imported, announced as a status. */
export function ImportingLine({ name }: { name: string }) {
  return (
    <Box sx={{ px: 1.5, py: 1 }} role="status">
      <Typography variant="caption" color="textSecondary" noWrap component="div">Importing {name}…</Typography>
      <LinearProgress />
    </Box>
  );
}
