/** The frame shared by "Manage connections" and "Manage environments": a list on the left, details on the right. */
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

interface ManageDialogProps {
  title: string;
  subtitle?: string;
  onClose: () => void;
  testId: string;
  /** Above both panes, e.g. an offer to import credentials. */
  banner?: ReactNode;
  /** The left pane. */
  list: ReactNode;
  /** The right pane. */
  children: ReactNode;
}

/** A large master–detail dialog; Escape and the close button both call `onClose` (which may ask first). */
export function ManageDialog({ title, subtitle, onClose, testId, banner, list, children }: ManageDialogProps) {
  const titleId = useId();
  const subtitleId = useId();
  return (
    <Dialog
      open
      onClose={onClose}
      maxWidth="lg"
      fullWidth
      aria-labelledby={titleId}
      aria-describedby={subtitle ? subtitleId : undefined}
      data-testid={testId}
      slotProps={{ paper: { sx: { height: 'min(780px, calc(100vh - 64px))', display: 'flex', flexDirection: 'column', overflow: 'hidden' } } }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 1.5, pl: 3, pr: 1.5 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography id={titleId} variant="h6" component="h2">
            {title}
          </Typography>
          {subtitle && (
            <Typography id={subtitleId} variant="body2" color="textSecondary">
              {subtitle}
            </Typography>
          )}
        </Box>
        <Tooltip title="Close (Esc)">
          <IconButton aria-label="Close" onClick={onClose} size="small">
            <CloseOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      {banner}
      <Box sx={{ flex: 1, minHeight: 0, display: 'flex', borderTop: 1, borderColor: 'divider' }}>
        <Box sx={{ width: 290, flexShrink: 0, borderRight: 1, borderColor: 'divider', display: 'flex', flexDirection: 'column', minHeight: 0, bgcolor: 'background.default' }}>
          {list}
        </Box>
        <Box sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', minHeight: 0 }}>{children}</Box>
      </Box>
    </Dialog>
  );
}
