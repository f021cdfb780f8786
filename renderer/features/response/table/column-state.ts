/** The table's choices — which columns show, in what order, sorted how — and their widths, as pure functions. */
import { formatCell, type Row, type SortDirection } from '../../../../shared/http/table';

/** A sort on one column; undefined means the order the API sent. */
export type SortState = { column: string; direction: SortDirection } | undefined;

/** Shows a hidden column (at the end) or hides a shown one. */
export function toggleColumn(visible: readonly string[], name: string): string[] {
  return visible.includes(name) ? visible.filter((c) => c !== name) : [...visible, name];
}

/** Every column, keeping the shown ones in their current order first. */
export function showAllColumns(visible: readonly string[], all: readonly string[]): string[] {
  return [...visible, ...all.filter((c) => !visible.includes(c))];
}

/** The columns whose name contains every word of `search` (case-insensitive; `.`, `_` and `-` count as spaces). */
export function matchColumns(all: readonly string[], search: string): string[] {
  const words = search.toLowerCase().split(/[\s._-]+/).filter(Boolean);
  if (words.length === 0) return [...all];
  return all.filter((name) => {
    const hay = name.toLowerCase().replace(/[._-]+/g, ' ');
    return words.every((w) => hay.includes(w));
  });
}

/** Clicking a header: ascending, then descending, then back to the API's order. */
export function nextSort(current: SortState, column: string): SortState {
  if (current?.column !== column) return { column, direction: 'asc' };
  return current.direction === 'asc' ? { column, direction: 'desc' } : undefined;
}

/** Approximate pixels per character of the table's 13 px font, when text cannot be measured. */
export const charWidth = 7.2;
const minWidth = 84;
const maxWidth = 340;

/** Measures the pixel width of a text; the default estimates it from the number of characters. */
export type Measure = (text: string) => number;

const estimate: Measure = (text) => text.length * charWidth;

/**
 * A width per column that fits its header and the longest of its first `sample` values, capped so
 * one long description cannot push the other columns off screen (longer values show a tooltip).
 */
export function columnWidths(rows: readonly Row[], columns: readonly string[], measure: Measure = estimate, sample = 200): Record<string, number> {
  const widths: Record<string, number> = {};
  const sampled = rows.slice(0, sample);
  for (const column of columns) {
    // The header is bold and has a sort arrow beside it.
    let widest = measure(column) * 1.1 + 18;
    for (const row of sampled) {
      if (widest >= maxWidth) break;
      widest = Math.max(widest, measure(formatCell(row[column]).slice(0, 80)));
    }
    widths[column] = Math.round(Math.min(maxWidth, Math.max(minWidth, widest + 26)));
  }
  return widths;
}
