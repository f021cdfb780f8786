/** Shoreline's light and dark themes: calm, dense enough for a desktop tool, HPE green as the accent. */
import { createTheme, type Theme } from '@mui/material/styles';
import { shorelineColours, type ShorelineColours } from './colours';
import { uiFont } from './tokens';

declare module '@mui/material/styles' {
  interface Theme {
    /** The theme's colours by value (method badges, highlights, the Sandbox chip), see colours.ts. */
    shoreline: ShorelineColours;
  }
  interface ThemeOptions {
    shoreline?: ShorelineColours;
  }
}

/**
 * A visible focus ring on everything reached by the keyboard (WCAG 2.4.7, 2.4.13): 2 px of the theme's
 * green, 3:1 against every surface (colours.test.ts). `html` raises it above MUI's `outline: 0`.
 * Text fields show focus with their own thicker border, and an element marked
 * `data-focus-ring="inside"` (the explorer tree, the answer table) draws its own ring inside.
 */
function focusRing(colour: string) {
  const ring = { outline: `2px solid ${colour}`, outlineOffset: 1 };
  return {
    'html :focus-visible': ring,
    'html .MuiTab-root:focus-visible, html .MuiMenuItem-root:focus-visible, html .MuiListItemButton-root:focus-visible, html [role="tabpanel"]:focus-visible': { outlineOffset: -3 },
    // Monaco marks its editor `.focused`; the ring goes round the whole editor.
    'html .monaco-editor.focused': { ...ring, outlineOffset: -2 },
    'html .MuiInputBase-input:focus-visible, html [data-focus-ring="inside"]:focus-visible, html .monaco-editor :focus-visible': { outline: 'none' },
  };
}

/** Builds the theme for `mode`. */
export function shorelineTheme(mode: 'light' | 'dark'): Theme {
  const c = shorelineColours(mode);
  return createTheme({
    shoreline: c,
    palette: {
      mode,
      primary: { main: c.primary, contrastText: c.onPrimary },
      secondary: { main: c.secondary },
      success: { main: c.success },
      info: { main: c.info },
      warning: { main: c.warning, contrastText: c.onWarning },
      error: { main: c.error },
      background: c.background,
      text: c.text,
      divider: c.divider,
      action: { hover: c.hover, selected: c.selected },
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
      MuiCssBaseline: { styleOverrides: focusRing(c.primary) },
      MuiButton: {
        defaultProps: { disableElevation: true },
        // Send and the other main actions wear HPE's own green, with dark words for 4.5:1.
        variants: [
          {
            props: { variant: 'contained', color: 'primary' },
            style: { backgroundColor: c.filled.background, color: c.filled.text, '&:hover': { backgroundColor: c.filled.hover } },
          },
        ],
      },
      MuiTab: { styleOverrides: { root: { minHeight: 40, textTransform: 'none', fontWeight: 600 } } },
      MuiTabs: { styleOverrides: { root: { minHeight: 40 } } },
      MuiTooltip: { defaultProps: { arrow: true } },
      MuiPaper: { defaultProps: { elevation: 0 } },
      // The words of a read-only (disabled) form stay readable: they still say what is set.
      MuiFormLabel: { styleOverrides: { root: { '&.Mui-disabled': { color: c.text.secondary } } } },
      MuiFormHelperText: { styleOverrides: { root: { '&.Mui-disabled': { color: c.text.secondary } } } },
      // A text field's outline is how a user finds it: 3:1 against the page (WCAG 1.4.11).
      MuiOutlinedInput: { styleOverrides: { notchedOutline: { borderColor: c.controlBorder } } },
    },
  });
}
