/**
 * CSV export of the table view: RFC 4180 quoting, and cells that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@` …) are prefixed with `'`, because response data comes from a server
 * and must never execute when the user opens the file in Excel.
 */
import { formatCell, type Row } from './table';

const formulaStart = /^[=+\-@\t\r]/;

/** One CSV field: made formula-safe, then quoted when it holds a quote, comma or line break. */
export function csvField(value: unknown): string {
  let text = formatCell(value);
  // A real number such as -5 is data, not a formula; every other value starting with a trigger is neutralised.
  if (typeof value !== 'number' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV with a header line, CRLF line endings (RFC 4180). */
export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
