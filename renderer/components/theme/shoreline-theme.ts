/** Shoreline's light and dark themes: calm, dense enough for a desktop tool, HPE green as the accent. */
import { createTheme, type Theme } from '@mui/material/styles';
import { uiFont } from './tokens';

/** Builds the theme for `mode`. */
export function shorelineTheme(mode: 'light' | 'dark'): Theme {
  const dark = mode === 'dark';
  return createTheme({
    palette: {
      mode,
      primary: { main: dark ? '#2ad2a9' : '#01a982', contrastText: dark ? '#08231c' : '#ffffff' },
      secondary: { main: dark ? '#8ab4ff' : '#3b5bdb' },
      background: { default: dark ? '#14171a' : '#f4f6f8', paper: dark ? '#1b1f23' : '#ffffff' },
      divider: dark ? 'rgba(255,255,255,0.09)' : 'rgba(15,23,42,0.10)',
    },
    shape: { borderRadius: 8 },
    typography: {
      fontFamily: uiFont,
      fontSize: 13,
      h6: { fontSize: '1rem', fontWeight: 600 },
      subtitle2: { fontWeight: 600 },
      button: { textTransform: 'none', fontWeight: 600 },
    },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTab: { styleOverrides: { root: { minHeight: 40, textTransform: 'none', fontWeight: 600 } } },
      MuiTabs: { styleOverrides: { root: { minHeight: 40 } } },
      MuiTooltip: { defaultProps: { arrow: true } },
      MuiPaper: { defaultProps: { elevation: 0 } },
    },
  });
}
