/** An error in words, with the raw material (a response body, a path) one click away. */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Collapse from '@mui/material/Collapse';
import Link from '@mui/material/Link';
import type { SxProps, Theme } from '@mui/material/styles';
import { useId, useState, type ReactNode } from 'react';
import type { AppError } from '../../../shared/errors';
import { monoFont } from '../theme/tokens';

interface ErrorAlertProps {
  error: AppError;
  title?: string;
  /** A button on the right (e.g. "Try again"). */
  action?: ReactNode;
  onClose?: () => void;
  testId?: string;
  sx?: SxProps<Theme>;
}

/** Shows `error.message`; `error.detail` sits behind a "Show details" toggle. */
export function ErrorAlert({ error, title, action, onClose, testId, sx }: ErrorAlertProps) {
  const [open, setOpen] = useState(false);
  const detailId = useId();
  return (
    <Alert severity="error" data-testid={testId} data-error-code={error.code} action={action} onClose={onClose} sx={sx}>
      {title && <AlertTitle>{title}</AlertTitle>}
      {error.message}
      {error.detail && (
        <Box sx={{ mt: 0.5 }}>
          <Link
            component="button"
            type="button"
            variant="body2"
            color="inherit"
            aria-expanded={open}
            aria-controls={detailId}
            onClick={() => setOpen((o) => !o)}
            sx={{ fontWeight: 600, verticalAlign: 'baseline' }}
          >
            {open ? 'Hide details' : 'Show details'}
          </Link>
          <Collapse in={open} unmountOnExit>
            <Box
              component="pre"
              id={detailId}
              tabIndex={0}
              aria-label="Error details"
              sx={{ m: 0, mt: 0.5, p: 1, maxHeight: 220, overflow: 'auto', borderRadius: 1, bgcolor: 'action.hover', fontFamily: monoFont, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
            >
              {error.detail}
            </Box>
          </Collapse>
        </Box>
      )}
    </Alert>
  );
}
