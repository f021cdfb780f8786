/** The benchmark's result rows and the Markdown table they print as. */

/** One measured line of the table. */
export interface BenchRow {
  what: string;
  measured: string;
  target: string;
  /** undefined: informational, no target; a string: the measurement failed (why). */
  pass: boolean | undefined | string;
}

function verdict(pass: BenchRow['pass']): string {
  if (pass === true) return '✅ pass';
  if (pass === false) return '❌ **MISS**';
  if (typeof pass === 'string') return `⚠️ not measured: ${pass}`;
  return 'info';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The rows as a Markdown table, ready to paste into the README. */
export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = ['| What | Measured | Target | Result |', '| --- | --- | --- | --- |'];
  for (const row of rows) lines.push(`| ${cell(row.what)} | ${cell(row.measured)} | ${cell(row.target)} | ${verdict(row.pass)} |`);
  return lines.join('\n');
}

/** "All 9 measured targets met." or "2 of 9 targets MISSED (❌ above)." */
export function summary(rows: readonly BenchRow[]): string {
  const judged = rows.filter((r) => typeof r.pass === 'boolean');
  const missed = judged.filter((r) => r.pass === false).length;
  const broken = rows.filter((r) => typeof r.pass === 'string').length;
  const parts = [missed === 0 ? `All ${judged.length} measured targets met.` : `${missed} of ${judged.length} targets MISSED (❌ above).`];
  if (broken > 0) parts.push(`${broken} measurement(s) could not run (⚠️ above).`);
  return parts.join(' ');
}
