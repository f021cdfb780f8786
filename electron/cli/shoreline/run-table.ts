/** How `shoreline run` shows a run in a terminal: one line per request as it finishes, then a summary. */
import type { RunResult, RunStepResult } from '../../../shared/contract/runner';

const marks: Record<RunStepResult['state'], string> = { passed: '✓', failed: '✗', error: '✗', skipped: '–', pending: '·' };

/** One request's line: `✓ 200  GET  Storage › List systems  84 ms  SystemId = 2FF70002…`. */
export function stepLine(step: RunStepResult): string {
  const name = [...step.path, step.name].join(' › ');
  const status = step.status === undefined ? '   ' : String(step.status);
  const time = step.timeMs === undefined ? '' : `  ${step.timeMs} ms`;
  const captured = step.captured.map((c) => (c.value !== undefined ? `${c.variable} = ${c.value}` : `${c.variable}: ${c.problem ?? 'not saved'}`));
  const reason = step.state === 'passed' ? '' : step.reason ? `  ${step.reason}` : '';
  return `${marks[step.state]} ${status}  ${step.method.padEnd(6)} ${name}${time}${captured.length > 0 ? `  → ${captured.join(', ')}` : ''}${reason}`;
}

/** The closing lines. */
export function summaryLines(result: RunResult): string {
  const t = result.totals;
  const seconds = (result.durationMs / 1000).toFixed(1);
  const parts = [`${t.passed} passed`, `${t.failed} failed`, ...(t.errors > 0 ? [`${t.errors} not answered`] : []), ...(t.skipped > 0 ? [`${t.skipped} skipped`] : []), ...(t.notRun > 0 ? [`${t.notRun} not run`] : [])];
  const how = result.outcome === 'stopped' ? 'Stopped' : result.bailed ? 'Stopped at the first failure' : 'Done';
  return `${how}: ${result.title} — ${parts.join(', ')} of ${t.requests} requests in ${seconds} s.\n`;
}

/** The whole run as a table (what `--reporter table --out FILE` writes). */
export function runTable(result: RunResult): string {
  return `${result.steps.map(stepLine).join('\n')}\n${summaryLines(result)}`;
}
