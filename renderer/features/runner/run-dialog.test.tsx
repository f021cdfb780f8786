// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunPlan, RunResult, RunStepResult } from '../../../shared/contract/runner';
import { AnnouncerProvider } from '../../components/announcer';
import { HostProvider } from '../../host/host-context';
import { fakeHost } from '../../host/fake-host';
import { EnvironmentsProvider } from '../environments';
import { RunDialog } from './run-dialog';

afterEach(cleanup);

const plan: RunPlan = {
  collectionId: 'c-1',
  collectionName: 'GreenLake',
  itemId: 'f-1',
  title: 'GreenLake › Changes',
  steps: [
    { itemId: 'r-list', name: 'List systems', path: ['Changes'], method: 'GET', url: '{{baseUrl}}/api/v1/storage-systems' },
    { itemId: 'r-patch', name: 'Rename it', path: ['Changes'], method: 'PATCH', url: '{{baseUrl}}/api/v1/storage-systems/{{SystemId}}' },
  ],
  unsafe: [{ itemId: 'r-patch', name: 'Rename it', method: 'PATCH', url: '{{baseUrl}}/api/v1/storage-systems/{{SystemId}}', environmentName: 'EU' }],
};

const step = (over: Partial<RunStepResult>): RunStepResult => ({ itemId: 'r-list', name: 'List systems', path: ['Changes'], method: 'GET', url: 'u', state: 'passed', captured: [], ...over });

function setup() {
  const fake = fakeHost({
    'runner.plan': () => plan,
    'runner.start': () => ({ runId: 'run-1', plan }),
    'runner.stop': () => undefined,
    'environments.list': () => [{ id: 'eu', name: 'EU', variables: { baseUrl: 'https://eu1.data.cloud.hpe.com' }, readOnly: false, isSandbox: false, createdAt: '2026-01-01T00:00:00Z' }] as never,
    'environments.getActive': () => null,
  });
  render(
    <HostProvider host={fake.host}>
      <AnnouncerProvider>
        <EnvironmentsProvider>
          <RunDialog target={{ collectionId: 'c-1', itemId: 'f-1', title: plan.title }} onClose={() => undefined} />
        </EnvironmentsProvider>
      </AnnouncerProvider>
    </HostProvider>,
  );
  return fake;
}

describe('the Run panel', () => {
  it('asks once about changes outside the Sandbox, with their real host, and sends only what the user agreed to', async () => {
    const fake = setup();
    await waitFor(() => expect(screen.getByTestId('run-headline').textContent).toBe('2 requests to run, in this order.'));
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    const question = await screen.findByRole('dialog', { name: 'Send a change outside the Sandbox?' });
    await waitFor(() => expect(within(question).getByText('https://eu1.data.cloud.hpe.com/api/v1/storage-systems/{{SystemId}}')).toBeTruthy());
    fireEvent.click(within(question).getByRole('button', { name: 'Run without it' }));
    await waitFor(() => expect(fake.calls.some(([name]) => name === 'runner.start')).toBe(true));
    const start = fake.calls.find(([name]) => name === 'runner.start')![1];
    expect(start).toMatchObject({ collectionId: 'c-1', itemId: 'f-1', delayMs: 0, stopOnFailure: false, confirmedUnsafe: [] });
  });

  it('shows progress as it comes, offers Stop while running, and the result files once finished', async () => {
    const fake = setup();
    await waitFor(() => expect(screen.getByTestId('run-headline').textContent).toMatch(/to run/));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Stop at the first failure' }));
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Send it too' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Stop' })).toHaveProperty('disabled', false));
    expect(fake.calls.find(([name]) => name === 'runner.start')![1]).toMatchObject({ stopOnFailure: true, confirmedUnsafe: ['r-patch'] });

    const listed = step({ status: 200, statusText: 'OK', timeMs: 12, url: 'https://eu1.data.cloud.hpe.com/api/v1/storage-systems', captured: [{ variable: 'SystemId', value: 'sys-1' }] });
    fake.emit('runner.progress', { runId: 'run-1', index: 0, total: 2, step: listed });
    expect(screen.getByTestId('run-headline').textContent).toBe('Running: 1 of 2 done (1 passed).');
    // The start is said once; each request's progress is shown, not read out.
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Running 2 requests.'));
    expect(screen.getByTestId('run-headline').closest('[aria-live], [role="status"]')).toBeNull();
    expect(screen.getAllByTestId('run-step-captured')[0]!.textContent).toBe('SystemId = sys-1');

    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(fake.calls.some(([name, input]) => name === 'runner.stop' && (input as { runId: string }).runId === 'run-1')).toBe(true));
    const result: RunResult = {
      runId: 'run-1', collectionId: 'c-1', collectionName: 'GreenLake', itemId: 'f-1', title: plan.title, startedAt: '2026-12-02T10:00:00.000Z', finishedAt: '2026-12-02T10:00:01.000Z',
      durationMs: 1000, outcome: 'stopped', bailed: false, totals: { requests: 2, passed: 1, failed: 0, errors: 0, skipped: 0, notRun: 1 },
      steps: [listed, step({ itemId: 'r-patch', name: 'Rename it', method: 'PATCH', state: 'pending' })],
    };
    fake.emit('runner.finished', result);
    expect(screen.getByTestId('run-headline').textContent).toBe('Stopped: 1 of 2 done (1 passed).');
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toBe('Stopped: 1 of 2 done (1 passed).'));
    expect(screen.getByRole('button', { name: 'Save results as JSON' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Run again' })).toBeTruthy();
  });

  it('refuses a delay that is not a whole number of milliseconds, in words, before anything is sent', async () => {
    const fake = setup();
    await waitFor(() => expect(screen.getByTestId('run-headline').textContent).toMatch(/to run/));
    fireEvent.change(screen.getByRole('textbox', { name: 'Delay between requests (ms)' }), { target: { value: '1.5' } });
    expect(screen.getByText('A whole number of milliseconds, 0 or more.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Run' })).toHaveProperty('disabled', true);
    expect(fake.calls.some(([name]) => name === 'runner.start')).toBe(false);
  });
});
