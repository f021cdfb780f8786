/** The coloured HTTP-method label used in the explorer, the builder and the history. */
import Box from '@mui/material/Box';
import { monoFont } from './theme/tokens';

const colours: Record<string, string> = {
  GET: '#0f9d58',
  POST: '#2f6fdb',
  PUT: '#c77700',
  PATCH: '#8e44ad',
  DELETE: '#d93025',
  HEAD: '#607d8b',
  OPTIONS: '#607d8b',
  TRACE: '#607d8b',
};

/** The colour of a method's badge. */
export function methodColour(method: string): string {
  return colours[method.toUpperCase()] ?? '#607d8b';
}

/** A small fixed-width method label, e.g. GET in green. */
export function MethodBadge({ method, size = 'small' }: { method: string; size?: 'small' | 'medium' }) {
  const upper = method.toUpperCase();
  return (
    <Box
      component="span"
      aria-label={upper}
      sx={{
        fontFamily: monoFont,
        fontWeight: 700,
        fontSize: size === 'small' ? 10.5 : 12,
        letterSpacing: 0.3,
        color: methodColour(upper),
        minWidth: size === 'small' ? 44 : 56,
        display: 'inline-block',
        flexShrink: 0,
      }}
    >
      {upper === 'DELETE' ? 'DEL' : upper}
    </Box>
  );
}
