import { describe, expect, it } from 'vitest';
import type { FetchAllResult } from '../../../../shared/contract/http';
import { progressWords, resultWords } from './fetch-all-words';

const base: FetchAllResult = { requestId: 'f', body: { kind: 'text', text: '[]' }, fetched: 1473, total: 1473, pages: 30, complete: true };

describe('progressWords', () => {
  it('counts against the total, or the cap when that is lower', () => {
    expect(progressWords({ requestId: 'f', fetched: 350, total: 1473, pages: 7 }, 5000)).toEqual({ text: 'Fetched 350 of 1,473 items · 7 pages', percent: (350 / 1473) * 100 });
    expect(progressWords({ requestId: 'f', fetched: 50, total: 20000, pages: 1 }, 100).percent).toBe(50);
    expect(progressWords({ requestId: 'f', fetched: 20, pages: 1 }, 100)).toEqual({ text: 'Fetched 20 items · 1 page' });
    expect(progressWords(undefined, 100).text).toBe('Asking for the first page…');
  });
  it('explains a wait after the API asked to slow down', () => {
    expect(progressWords({ requestId: 'f', fetched: 0, pages: 0, waitingSeconds: 2.4 }, 10).waiting).toBe('Waiting 3 s — the API asked us to slow down');
  });
});

describe('resultWords', () => {
  it('says how many were fetched when complete', () => {
    expect(resultWords(base, 5000)).toEqual({ severity: 'success', text: 'Fetched 1,473 of 1,473 items in 30 pages.' });
  });
  it('says why it stopped early', () => {
    expect(resultWords({ ...base, complete: false, stoppedBy: 'cap', fetched: 100, pages: 2 }, 100).text).toBe(
      'Stopped at your limit of 100 items: fetched 100 of 1,473 in 2 pages. Raise the limit to get the rest.',
    );
    expect(resultWords({ ...base, complete: false, stoppedBy: 'cancelled', fetched: 350, pages: 7 }, 5000).text).toBe(
      'Stopped because you cancelled. Showing the 350 items fetched so far (7 pages).',
    );
    const error = resultWords({ ...base, complete: false, stoppedBy: 'error', fetched: 600, pages: 12, error: { code: 'rate_limited', message: 'x', advice: { title: 'Too many requests', advice: 'wait' } } }, 5000);
    expect(error).toEqual({ severity: 'warning', text: 'Stopped after 12 pages because of a problem: Too many requests. Showing the 600 items fetched so far (12 pages).' });
  });
});
