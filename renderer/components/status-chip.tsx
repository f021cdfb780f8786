/** The coloured HTTP status label: green for success, blue for redirects, amber for refusals, red for failures. */
import Box from '@mui/material/Box';
import { alpha, useTheme, type Theme } from '@mui/material/styles';
import { monoFont } from './theme/tokens';

/** The standard words for common statuses, for HTTP/2 answers that carry none. */
const reasons: Record<number, string> = {
  100: 'Continue', 101: 'Switching Protocols',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content', 206: 'Partial Content', 207: 'Multi-Status',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type', 422: 'Unprocessable Content',
  423: 'Locked', 425: 'Too Early', 428: 'Precondition Required', 429: 'Too Many Requests', 431: 'Request Header Fields Too Large',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
};

/** How a status reads: success, redirect, refused (4xx), failed (5xx), or unknown. */
export type StatusTone = 'success' | 'info' | 'warning' | 'error' | 'neutral';

/** The tone of a status code. */
export function statusTone(status: number | undefined): StatusTone {
  if (status === undefined) return 'neutral';
  if (status >= 200 && status < 300) return 'success';
  if (status >= 300 && status < 400) return 'info';
  if (status >= 400 && status < 500) return 'warning';
  if (status >= 500 && status < 600) return 'error';
  return 'neutral';
}

/** The reason phrase of a status: the server's own, else the standard one, else empty. */
export function statusReason(status: number, statusText?: string): string {
  const said = statusText?.trim() ?? '';
  return said !== '' ? said : (reasons[status] ?? '');
}

/** "200 OK", "404 Not Found", "299" for a code with no known words. */
export function statusWords(status: number, statusText?: string): string {
  const reason = statusReason(status, statusText);
  return reason === '' ? String(status) : `${status} ${reason}`;
}

function toneColour(theme: Theme, tone: StatusTone): string {
  if (tone === 'neutral') return theme.palette.text.secondary;
  return theme.palette[tone].main;
}

interface StatusChipProps {
  /** The status code; absent when no answer arrived. */
  status?: number;
  statusText?: string;
  /** `compact` shows the code only (lists); `full` adds the words. */
  variant?: 'compact' | 'full';
  /** Text for a request that got no answer ("Failed"). */
  fallback?: string;
}

/** A small rounded label with the status code (and words), coloured by outcome. */
export function StatusChip({ status, statusText, variant = 'full', fallback = 'No answer' }: StatusChipProps) {
  const theme = useTheme();
  const tone = statusTone(status);
  const colour = toneColour(theme, tone);
  const label = status === undefined ? fallback : variant === 'compact' ? String(status) : statusWords(status, statusText);
  const words = status === undefined ? fallback : statusWords(status, statusText);
  return (
    <Box
      component="span"
      data-testid="status-chip"
      data-tone={tone}
      title={variant === 'compact' ? words : undefined}
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        flexShrink: 0,
        px: variant === 'compact' ? 0.75 : 1,
        height: variant === 'compact' ? 20 : 24,
        borderRadius: 999,
        fontFamily: monoFont,
        fontWeight: 700,
        fontSize: variant === 'compact' ? 11 : 12.5,
        whiteSpace: 'nowrap',
        color: colour,
        // The tint is part of colours.test.ts's check: the words stay 4.5:1 on it.
        bgcolor: alpha(colour, theme.palette.mode === 'dark' ? 0.2 : 0.12),
        border: 1,
        borderColor: alpha(colour, 0.35),
      }}
    >
      {label}
    </Box>
  );
}
