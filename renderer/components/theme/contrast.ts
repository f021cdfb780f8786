/**
 * WCAG 2.2 contrast arithmetic for the theme's colours: relative luminance, contrast ratio, and
 * alpha compositing (MUI draws hover and selected states as translucent layers, so a pair is only
 * known once the layer is flattened onto what lies beneath it).
 */

/** An opaque or translucent colour as numbers: r, g, b in 0–255, a in 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Reads `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(…)` or `rgba(…)`; throws on anything else. */
export function parseColour(text: string): Rgba {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    const byte = (at: number) => parseInt(digits.slice(at, at + 2), 16);
    return { r: byte(0), g: byte(2), b: byte(4), a: digits.length === 8 ? byte(6) / 255 : 1 };
  }
  const fn = /^rgba?\(([^)]+)\)$/.exec(value);
  if (fn) {
    const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    if (parts.length >= 3 && parts.every((n) => Number.isFinite(n))) return { r: parts[0]!, g: parts[1]!, b: parts[2]!, a: parts[3] ?? 1 };
  }
  throw new Error(`Not a colour this check can read: ${text}`);
}

/** `top` laid over the opaque `bottom`, as the screen shows it. */
export function composite(top: string | Rgba, bottom: string | Rgba): Rgba {
  const t = typeof top === 'string' ? parseColour(top) : top;
  const b = typeof bottom === 'string' ? parseColour(bottom) : bottom;
  const mix = (x: number, y: number) => x * t.a + y * (1 - t.a);
  return { r: mix(t.r, b.r), g: mix(t.g, b.g), b: mix(t.b, b.b), a: 1 };
}

/** WCAG relative luminance of an opaque colour. */
export function luminance(colour: string | Rgba): number {
  const { r, g, b } = typeof colour === 'string' ? parseColour(colour) : colour;
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio (1–21) of `foreground` on `background`; a translucent foreground is flattened onto the background first. */
export function contrastRatio(foreground: string | Rgba, background: string | Rgba): number {
  const bg = typeof background === 'string' ? parseColour(background) : background;
  if (bg.a < 1) throw new Error('The background of a contrast check must be opaque: composite it onto what lies beneath first.');
  const fg = composite(foreground, bg);
  const [light, dark] = [luminance(fg), luminance(bg)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
