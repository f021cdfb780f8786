/**
 * WCAG 2.2 AA for the theme's colour pairs, in both themes: every text colour on every surface it is
 * drawn on (4.5:1), and the parts a user must see to operate a control (3:1). The pairs are the ones
 * the screens really use; axe-core checks the drawn screens in e2e/specs/accessibility.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { shorelineTheme } from './shoreline-theme';
import { composite, contrastRatio, parseColour, type Rgba } from './contrast';
import { methodColour, shorelineColours, type MethodName } from './colours';

const text = 4.5;
const ui = 3;

describe('contrast arithmetic', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // The brand green on white, the finding that started this: 3.0:1.
    expect(contrastRatio('#01a982', '#ffffff')).toBeCloseTo(3.0, 1);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
  it('flattens translucent colours onto what lies beneath', () => {
    expect(composite('rgba(0, 0, 0, 0.5)', '#ffffff')).toMatchObject({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(parseColour('#abc')).toEqual({ r: 170, g: 187, b: 204, a: 1 });
    expect(() => contrastRatio('#000', 'rgba(0,0,0,0.5)')).toThrow(/opaque/);
    expect(() => parseColour('teal')).toThrow(/Not a colour/);
  });
});

for (const mode of ['light', 'dark'] as const) {
  describe(`the ${mode} theme`, () => {
    const c = shorelineColours(mode);
    const paper = c.background.paper;
    const flat = (layer: string, under: string | Rgba = paper) => composite(layer, under);
    /** Every surface text is drawn on: paper, the page, a hovered row, a selected row (also on the page). */
    const surfaces = {
      paper,
      page: c.background.default,
      hovered: flat(c.hover),
      selected: flat(c.selected),
      'selected on page': flat(c.selected, c.background.default),
      // A selected list item (MUI tints it with the green: 8 % selected + 12 % keyboard focus).
      'selected list item': flat(`${c.primary}33`),
    };
    const expectText = (name: string, foreground: string, minimum = text) => {
      for (const [surface, background] of Object.entries(surfaces)) {
        const ratio = contrastRatio(foreground, background);
        expect(ratio, `${name} on ${surface}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(minimum);
      }
    };

    it('keeps body text, secondary text and the green readable on every surface', () => {
      expectText('text', c.text.primary);
      expectText('secondary text', c.text.secondary);
      expectText('green text (text buttons, selected tab, token chip)', c.primary);
      expectText('variables in the URL', c.secondary);
    });

    it('keeps every method badge readable, on rows and in the URL bar', () => {
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] as (MethodName | 'HEAD')[]) expectText(`${method} badge`, methodColour(c, method));
    });

    it('keeps status colours readable as text and on their own tinted chips', () => {
      for (const [tone, colour] of Object.entries({ success: c.success, info: c.info, warning: c.warning, error: c.error })) {
        expectText(tone, colour);
        const chip = flat(`${colour}${mode === 'dark' ? '33' : '1f'}`); // the status chip's 20 % / 12 % tint
        expect(contrastRatio(colour, chip), `${tone} on its chip`).toBeGreaterThanOrEqual(text);
      }
    });

    it('keeps filled buttons, search highlights and the Sandbox chip readable', () => {
      expect(contrastRatio(c.onPrimary, c.primary), 'green fill').toBeGreaterThanOrEqual(text);
      expect(contrastRatio(c.filled.text, c.filled.background), 'filled green button').toBeGreaterThanOrEqual(text);
      expect(contrastRatio(c.filled.text, c.filled.hover), 'filled green button, hovered').toBeGreaterThanOrEqual(text);
      expect(contrastRatio(c.onWarning, c.warning), 'filled warning button').toBeGreaterThanOrEqual(text);
      expect(contrastRatio(c.highlight.text, c.highlight.background), 'search highlight').toBeGreaterThanOrEqual(text);
      for (const under of [paper, c.background.default, flat(`${c.primary}33`)]) {
        expect(contrastRatio(c.sandbox.text, flat(c.sandbox.background, under)), 'Sandbox chip').toBeGreaterThanOrEqual(text);
      }
    });

    it('draws controls and focus rings at 3:1 at least', () => {
      for (const background of [paper, c.background.default]) {
        expect(contrastRatio(c.controlBorder, background), 'text-field border').toBeGreaterThanOrEqual(ui);
        expect(contrastRatio(c.primary, background), 'focus ring, tab indicator, ticked box').toBeGreaterThanOrEqual(ui);
        expect(contrastRatio(c.text.secondary, background), 'unticked box').toBeGreaterThanOrEqual(ui);
      }
    });

    it('is what the MUI theme really uses', () => {
      const theme = shorelineTheme(mode);
      expect(theme.palette.primary.main).toBe(c.primary);
      expect(theme.palette.primary.contrastText).toBe(c.onPrimary);
      expect(theme.palette.text.secondary).toBe(c.text.secondary);
      expect(theme.palette.warning.main).toBe(c.warning);
      expect(theme.palette.error.main).toBe(c.error);
      expect(theme.palette.success.main).toBe(c.success);
      expect(theme.palette.info.main).toBe(c.info);
      expect(theme.palette.action.selected).toBe(c.selected);
      expect(theme.palette.action.hover).toBe(c.hover);
      expect(theme.shoreline).toEqual(c);
      // The brand survives: the logo's green is HPE's own.
      expect(c.brand).toBe('#01a982');
    });
  });
}
