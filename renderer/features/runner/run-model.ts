/**
 * What the Run panel shows, as pure functions of the plan and the runner's events: every request of
 * the plan in order (pending until reached), each progress event replacing its row, the finished
 * result replacing all. Events that arrive before `runner.start` has answered with the run's id are
 * kept and applied once it is known, so a fast run never loses its first rows.
 */
import type { RunCaptured, RunOutcome, RunPlan, RunProgress, RunResult, RunStepResult } from '../../../shared/contract/runner';

/** The panel's state of one run. */
export interface RunView {
  plan: RunPlan;
  /** Known once `runner.start` answered. */
  runId?: string;
  /** `ready` before start, then the runner's outcome. */
  outcome: RunOutcome | 'ready';
  steps: RunStepResult[];
  result?: RunResult;
  /** Events that came before the run's id was known. */
  early: (RunProgress | RunResult)[];
}

/** Words for a step the plan already knows will not be sent. */
const skipReasons: Record<NonNullable<RunPlan['steps'][number]['skip']>, string> = {
  handled: 'Handled by the connection: Shoreline fetches the token itself.',
  trace: 'TRACE requests are never sent.',
};

/** The panel before the run: every step pending, or skipped when the plan says so. */
export function plannedRun(plan: RunPlan): RunView {
  const steps = plan.steps.map((step): RunStepResult => ({
    itemId: step.itemId,
    name: step.name,
    path: step.path,
    method: step.method,
    url: step.url,
    state: step.skip ? 'skipped' : 'pending',
    ...(step.skip && { reason: skipReasons[step.skip] }),
    captured: [],
  }));
  return { plan, outcome: 'ready', steps, early: [] };
}

const isResult = (event: RunProgress | RunResult): event is RunResult => 'outcome' in event;

/** One event applied (or kept for later while the run's id is not known yet). */
function applyEvent(view: RunView, event: RunProgress | RunResult): RunView {
  if (view.runId === undefined) return view.outcome === 'running' ? { ...view, early: [...view.early, event] } : view;
  if (event.runId !== view.runId) return view;
  if (isResult(event)) return { ...view, result: event, outcome: event.outcome, steps: event.steps };
  // A progress event after the result (a late delivery) changes nothing.
  if (view.result) return view;
  const steps = view.steps.slice();
  steps[event.index] = event.step;
  return { ...view, steps };
}

/** The run was asked to start: events are kept until its id is known. */
export function startingRun(view: RunView): RunView {
  return { ...plannedRun(view.plan), outcome: 'running' };
}

/**
 * `runner.start` answered: the run has an id (and the plan main actually runs, whose step indexes the
 * events use); events already received for it are applied.
 */
export function startedRun(view: RunView, runId: string, plan?: RunPlan): RunView {
  const base = plan ? { ...plannedRun(plan), outcome: view.outcome } : view;
  const known: RunView = { ...base, runId, early: [] };
  return view.early.reduce(applyEvent, known);
}

/** A `runner.progress` event. */
export function progressed(view: RunView, progress: RunProgress): RunView {
  return applyEvent(view, progress);
}

/** A `runner.finished` event (or the answer of `runner.result`). */
export function finished(view: RunView, result: RunResult): RunView {
  return applyEvent(view, result);
}

/** How far the run is, for the progress bar and its words. */
export function runCounts(view: RunView) {
  const counts = { total: view.steps.length, done: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const step of view.steps) {
    if (step.state === 'pending') continue;
    counts.done++;
    if (step.state === 'passed') counts.passed++;
    else if (step.state === 'failed') counts.failed++;
    else if (step.state === 'error') counts.errors++;
    else counts.skipped++;
  }
  return counts;
}

/** 0–100 for the progress bar. */
export function progressPercent(view: RunView): number {
  const { total, done } = runCounts(view);
  if (view.result) return 100;
  return total === 0 ? 0 : Math.round((done / total) * 100);
}

/** One sentence for the run's state (also announced to screen readers). */
export function runHeadline(view: RunView): string {
  const c = runCounts(view);
  const tally = [`${c.passed} passed`, c.failed && `${c.failed} failed`, c.errors && `${c.errors} not answered`, c.skipped && `${c.skipped} skipped`].filter(Boolean).join(', ');
  switch (view.outcome) {
    case 'ready':
      return `${c.total} request${c.total === 1 ? '' : 's'} to run, in this order.`;
    case 'running':
      return `Running: ${c.done} of ${c.total} done (${tally}).`;
    case 'passed':
      return `Finished: every request answered 2xx or 3xx (${tally}).`;
    case 'failed':
      return `Finished${view.result?.bailed ? ', stopped at the first failure' : ''}: ${tally}.`;
    case 'stopped':
      return `Stopped: ${c.done} of ${c.total} done (${tally}).`;
  }
}

/** The status cell: "200 OK", "skipped", "no answer"… */
export function stepStatus(step: RunStepResult): string {
  if (step.status !== undefined) return `${step.status}${step.statusText ? ` ${step.statusText}` : ''}`;
  switch (step.state) {
    case 'pending':
      return 'waiting';
    case 'skipped':
      return 'skipped';
    case 'error':
      return 'no answer';
    default:
      return step.state;
  }
}

/** "DeviceId = 5a3d…" for each capture, or why it saved nothing. */
export function capturedLines(captured: readonly RunCaptured[]): string[] {
  return captured.map((c) => (c.value !== undefined ? `${c.variable} = ${c.value}` : `${c.variable}: ${c.problem ?? 'nothing saved'}`));
}

/** A file name for the results: `<title> run 2026-12-02 10-15.json` (or `.xml` for JUnit). */
export function resultFileName(result: Pick<RunResult, 'title' | 'startedAt'>, kind: 'json' | 'junit'): string {
  const title = result.title.replace(/[\\/:*?"<>|›]+/g, '-').replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim().slice(0, 80) || 'run';
  const when = result.startedAt.slice(0, 16).replace('T', ' ').replace(':', '-');
  return `${title} run ${when}.${kind === 'json' ? 'json' : 'xml'}`;
}
