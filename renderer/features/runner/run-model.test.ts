import { describe, expect, it } from 'vitest';
import type { RunPlan, RunResult, RunStepResult } from '../../../shared/contract/runner';
import { capturedLines, finished, plannedRun, progressed, progressPercent, resultFileName, runCounts, runHeadline, startedRun, startingRun, stepStatus } from './run-model';

const plan: RunPlan = {
  collectionId: 'c-1',
  collectionName: 'GreenLake',
  itemId: 'f-1',
  title: 'GreenLake › Devices',
  steps: [
    { itemId: 'r-token', name: 'Generate AccessToken', path: ['Devices'], method: 'POST', url: 'https://{{sso}}', skip: 'handled' },
    { itemId: 'r-list', name: 'List systems', path: ['Devices'], method: 'GET', url: '{{baseUrl}}/api/v1/storage-systems' },
    { itemId: 'r-one', name: 'One system', path: ['Devices'], method: 'GET', url: '{{baseUrl}}/api/v1/storage-systems/{{SystemId}}' },
  ],
  unsafe: [],
};

const passed = (itemId: string, url: string, extra: Partial<RunStepResult> = {}): RunStepResult => ({
  itemId, name: itemId, path: ['Devices'], method: 'GET', url, state: 'passed', status: 200, statusText: 'OK', timeMs: 12, captured: [], ...extra,
});

const result = (steps: RunStepResult[], outcome: RunResult['outcome'] = 'passed'): RunResult => ({
  runId: 'run-1', collectionId: 'c-1', collectionName: 'GreenLake', itemId: 'f-1', title: plan.title, startedAt: '2026-12-02T10:15:30.000Z', finishedAt: '2026-12-02T10:15:31.000Z',
  durationMs: 1000, outcome, bailed: false, totals: { requests: 3, passed: 2, failed: 0, errors: 0, skipped: 1, notRun: 0 }, steps,
});

describe('the Run panel’s model', () => {
  it('lists the plan in order, pending, with the token request skipped as handled by the connection', () => {
    const view = plannedRun(plan);
    expect(view.steps.map((s) => s.state)).toEqual(['skipped', 'pending', 'pending']);
    expect(view.steps[0]!.reason).toMatch(/Handled by the connection/);
    expect(runHeadline(view)).toBe('3 requests to run, in this order.');
    expect(progressPercent(view)).toBe(33);
  });

  it('replaces each row as its progress arrives, and the whole list with the result', () => {
    let view = startedRun(startingRun(plannedRun(plan)), 'run-1');
    const list = passed('r-list', 'http://127.0.0.1:5/api/v1/storage-systems', { captured: [{ variable: 'SystemId', value: 'sys-1' }] });
    view = progressed(view, { runId: 'run-1', index: 1, total: 3, step: list });
    expect(runCounts(view)).toMatchObject({ done: 2, passed: 1, skipped: 1 });
    expect(runHeadline(view)).toBe('Running: 2 of 3 done (1 passed, 1 skipped).');
    const one = passed('r-one', 'http://127.0.0.1:5/api/v1/storage-systems/sys-1');
    view = finished(view, result([view.steps[0]!, list, one]));
    expect(view.outcome).toBe('passed');
    expect(view.steps[2]!.url).toBe('http://127.0.0.1:5/api/v1/storage-systems/sys-1');
    expect(progressPercent(view)).toBe(100);
    expect(runHeadline(view)).toBe('Finished: every request answered 2xx or 3xx (2 passed, 1 skipped).');
  });

  it('keeps events that arrive before the run’s id is known, and applies only its own', () => {
    let view = startingRun(plannedRun(plan));
    view = progressed(view, { runId: 'run-1', index: 1, total: 3, step: passed('r-list', 'u1') });
    view = progressed(view, { runId: 'run-other', index: 2, total: 3, step: passed('r-one', 'u2') });
    expect(view.steps[1]!.state).toBe('pending');
    view = startedRun(view, 'run-1');
    expect(view.steps.map((s) => s.state)).toEqual(['skipped', 'passed', 'pending']);
    expect(view.early).toEqual([]);
  });

  it('ignores a progress event delivered after the result', () => {
    let view = startedRun(startingRun(plannedRun(plan)), 'run-1');
    view = finished(view, result([], 'stopped'));
    const after = progressed(view, { runId: 'run-1', index: 1, total: 3, step: passed('r-list', 'u') });
    expect(after).toBe(view);
    expect(runHeadline(view)).toMatch(/^Stopped/);
  });

  it('says a stop at the first failure', () => {
    let view = startedRun(startingRun(plannedRun(plan)), 'run-1');
    const failed: RunStepResult = { ...passed('r-list', 'u'), state: 'failed', status: 404, statusText: 'Not Found' };
    view = finished(view, { ...result([view.steps[0]!, failed, { ...view.steps[2]!, state: 'pending' }], 'failed'), bailed: true });
    expect(runHeadline(view)).toBe('Finished, stopped at the first failure: 0 passed, 1 failed, 1 skipped.');
    expect(stepStatus(failed)).toBe('404 Not Found');
    expect(stepStatus(view.steps[2]!)).toBe('waiting');
  });

  it('words captures and names result files', () => {
    expect(capturedLines([{ variable: 'DeviceId', value: 'abc' }, { variable: 'Token', value: '••••••' }, { variable: 'Missing', problem: 'No value at items[0].id.' }]))
      .toEqual(['DeviceId = abc', 'Token = ••••••', 'Missing: No value at items[0].id.']);
    expect(resultFileName({ title: 'GreenLake › Devices', startedAt: '2026-12-02T10:15:30.000Z' }, 'json')).toBe('GreenLake-Devices run 2026-12-02 10-15.json');
    expect(resultFileName({ title: 'a/b', startedAt: '2026-12-02T10:15:30.000Z' }, 'junit')).toBe('a-b run 2026-12-02 10-15.xml');
  });
});
