/**
 * Shoreline's design tokens that code outside the MUI theme needs by value (for example the editor
 * and raw views, which set their font directly). The theme builds on these too.
 */

/** The interface font: the platform's own UI face. */
export const uiFont = ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', '"Liberation Sans"', 'Arial', 'sans-serif'].join(',');

/** The monospace stack for URLs, JSON and code. */
export const monoFont = ['ui-monospace', '"SF Mono"', '"Cascadia Mono"', '"Segoe UI Mono"', '"Liberation Mono"', 'Menlo', 'monospace'].join(',');
