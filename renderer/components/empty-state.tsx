/** A friendly panel for places with nothing in them yet: what this is, and what to do next. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** Shows an icon, a title, a sentence and optional actions, centred. */
export function EmptyState(props: { icon: ReactNode; title: string; children: ReactNode; actions?: ReactNode; testId?: string }) {
  return (
    <Box
      data-testid={props.testId}
      sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', textAlign: 'center', gap: 1.25, px: 3, py: 5, color: 'text.secondary' }}
    >
      <Box sx={{ color: 'primary.main', opacity: 0.85, '& svg': { fontSize: 40 } }}>{props.icon}</Box>
      <Typography variant="subtitle1" color="textPrimary" sx={{ fontWeight: 600 }}>
        {props.title}
      </Typography>
      <Typography variant="body2" sx={{ maxWidth: 340 }}>
        {props.children}
      </Typography>
      {props.actions && <Box sx={{ mt: 1, display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: 'center' }}>{props.actions}</Box>}
    </Box>
  );
}
