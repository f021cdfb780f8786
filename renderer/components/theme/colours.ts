/**
 * Shoreline's colours for each theme, chosen for WCAG 2.2 AA: text at least 4.5:1 on every surface it
 * sits on, controls and focus rings at least 3:1 (colours.test.ts computes every pair). HPE green stays
 * the brand: `brand` is the exact HPE green for the logo and large accents, and the green used for text
 * and filled buttons is a darker one on light surfaces and a lighter one on dark ones, since #01a982
 * itself reaches only 3.0:1 on white.
 */

/** The HTTP methods that have their own badge colour; anything else uses `other`. */
export type MethodName = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'other';

/** Every colour a theme needs by value. */
export interface ShorelineColours {
  /** HPE green, as in the logo: for large marks and decoration, never small text on light. */
  brand: string;
  /** The green for text, selected tabs, filled buttons and focus rings. */
  primary: string;
  /** Text on a `primary` fill. */
  onPrimary: string;
  /** Filled (contained) green buttons: the brand's own green, with dark words on it. */
  filled: { background: string; text: string; hover: string };
  /** The second accent ({{variables}}, booleans). */
  secondary: string;
  background: { default: string; paper: string };
  text: { primary: string; secondary: string };
  /** Borders of text fields and other controls the user must find (3:1). */
  controlBorder: string;
  divider: string;
  /** Status colours, readable as text on the page and on their own tinted chips. */
  success: string;
  info: string;
  warning: string;
  error: string;
  /** Text on a filled warning button (safe mode's "Send DELETE"). */
  onWarning: string;
  /** Method badge colours. */
  methods: Record<MethodName, string>;
  /** Search matches: a marker background with text drawn on it. */
  highlight: { background: string; text: string };
  /** The Sandbox chip. */
  sandbox: { text: string; background: string };
  /** MUI's translucent hover and selected layers (as MUI draws them), needed to check text on rows. */
  hover: string;
  selected: string;
}

const light: ShorelineColours = {
  brand: '#01a982',
  primary: '#006e54',
  onPrimary: '#ffffff',
  filled: { background: '#01a982', text: '#06231b', hover: '#1fbf95' },
  secondary: '#3451c6',
  background: { default: '#f4f6f8', paper: '#ffffff' },
  text: { primary: 'rgba(0, 0, 0, 0.87)', secondary: 'rgba(0, 0, 0, 0.64)' },
  controlBorder: 'rgba(15, 23, 42, 0.5)',
  divider: 'rgba(15, 23, 42, 0.12)',
  success: '#156a37',
  info: '#0a5e9a',
  warning: '#844f00',
  error: '#b3261e',
  onWarning: '#ffffff',
  methods: { GET: '#07653a', POST: '#1b56b5', PUT: '#844f00', PATCH: '#7b3aa0', DELETE: '#b3261e', other: '#52616b' },
  highlight: { background: '#ffe082', text: '#1f1a00' },
  sandbox: { text: '#085c55', background: 'rgba(13, 148, 136, 0.12)' },
  hover: 'rgba(0, 0, 0, 0.04)',
  selected: 'rgba(0, 0, 0, 0.08)',
};

const dark: ShorelineColours = {
  brand: '#01a982',
  primary: '#2ad2a9',
  onPrimary: '#08231c',
  filled: { background: '#2ad2a9', text: '#08231c', hover: '#5fdcbc' },
  secondary: '#8ab4ff',
  background: { default: '#14171a', paper: '#1b1f23' },
  text: { primary: '#ffffff', secondary: 'rgba(255, 255, 255, 0.72)' },
  controlBorder: 'rgba(255, 255, 255, 0.42)',
  divider: 'rgba(255, 255, 255, 0.12)',
  success: '#66c989',
  info: '#6cb8f0',
  warning: '#ffb74d',
  error: '#ff9a92',
  onWarning: '#231500',
  methods: { GET: '#5ad69a', POST: '#8fb3ff', PUT: '#ffb74d', PATCH: '#d4a3f5', DELETE: '#ff9a92', other: '#aab8c2' },
  highlight: { background: '#6b5600', text: '#fff8d6' },
  sandbox: { text: '#5eead4', background: 'rgba(45, 212, 191, 0.16)' },
  hover: 'rgba(255, 255, 255, 0.08)',
  selected: 'rgba(255, 255, 255, 0.16)',
};

/** The colours of `mode`. */
export function shorelineColours(mode: 'light' | 'dark'): ShorelineColours {
  return mode === 'dark' ? dark : light;
}

/** The colours of a theme: its own, or (a plain MUI theme, as in unit tests) those of its mode. */
export function themeColours(theme: { shoreline?: ShorelineColours; palette: { mode: 'light' | 'dark' } }): ShorelineColours {
  return theme.shoreline ?? shorelineColours(theme.palette.mode);
}

/** The badge colour of `method` in `colours`. */
export function methodColour(colours: ShorelineColours, method: string): string {
  const upper = method.toUpperCase();
  return upper in colours.methods ? colours.methods[upper as MethodName] : colours.methods.other;
}
