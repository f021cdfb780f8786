/** The thin bar at the bottom: where Shoreline runs and its version. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { AppInfo } from '../../shared/contract/app';
import type { ReactNode } from 'react';

/** Shows `children` on the left and the host facts on the right. */
export function StatusBar({ info, children }: { info: AppInfo | undefined; children?: ReactNode }) {
  return (
    <Box
      component="footer"
      data-testid="status-bar"
      sx={{ height: 26, px: 1.5, display: 'flex', alignItems: 'center', gap: 2, borderTop: 1, borderColor: 'divider', bgcolor: 'background.paper', color: 'text.secondary' }}
    >
      <Box sx={{ flex: 1, display: 'flex', alignItems: 'center', gap: 2, minWidth: 0 }}>{children}</Box>
      {info && (
        <Typography variant="caption" noWrap>
          {info.host === 'web' ? 'Running in your browser' : 'Desktop app'} · Shoreline {info.version}
        </Typography>
      )}
    </Box>
  );
}
