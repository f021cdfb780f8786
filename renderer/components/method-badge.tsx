/** The coloured HTTP-method label used in the explorer, the builder and the history (colours per theme in theme/colours.ts). */
import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { methodColour, themeColours } from './theme/colours';
import { monoFont } from './theme/tokens';

/** A small fixed-width method label, e.g. GET in green. */
export function MethodBadge({ method, size = 'small' }: { method: string; size?: 'small' | 'medium' }) {
  const upper = method.toUpperCase();
  const theme = useTheme();
  return (
    <Box
      component="span"
      aria-label={upper}
      sx={{
        fontFamily: monoFont,
        fontWeight: 700,
        fontSize: size === 'small' ? 10.5 : 12,
        letterSpacing: 0.3,
        color: methodColour(themeColours(theme), upper),
        minWidth: size === 'small' ? 44 : 56,
        display: 'inline-block',
        flexShrink: 0,
      }}
    >
      {upper === 'DELETE' ? 'DEL' : upper}
    </Box>
  );
}
