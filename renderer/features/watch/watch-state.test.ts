import { describe, expect, it } from 'vitest';
import type { WatchInfo } from '../../../shared/contract/watch';
import { watchStateWords } from './watch-state';

const now = Date.parse('2026-12-02T10:00:00.000Z');
const base: WatchInfo = {
  id: 'w1', name: 'Audit log', request: { method: 'GET', url: '{{baseUrl}}/audit-log/v1/logs', headers: [] }, intervalSeconds: 60, notify: true,
  createdAt: '2026-12-02T09:00:00.000Z', phase: 'waiting', status: 'Watching every 60 s; nothing new yet.', how: '', unseen: 0, found: 0, checks: 1, kept: true,
};

describe('watch state words', () => {
  it('counts down to the next check and to a retry from the times main sent', () => {
    expect(watchStateWords({ ...base, nextCheckAt: '2026-12-02T10:00:12.000Z' }, now)).toMatchObject({ label: 'Waiting · next check in 12 s', tone: 'success' });
    const retry = { code: 'server_error', reason: 'The server answered 503 Service Unavailable.', attempt: 2, waitMs: 20_000, at: '2026-12-02T10:00:20.000Z', asked: false };
    expect(watchStateWords({ ...base, phase: 'retrying', retry }, now)).toEqual({
      label: 'Retrying in 20 s', tone: 'warning', detail: 'The server answered 503 Service Unavailable. Shoreline waits longer after each failure in a row.',
    });
    // A window clock behind main's never shows more than the wait itself.
    expect(watchStateWords({ ...base, phase: 'retrying', retry }, now - 900).label).toBe('Retrying in 20 s');
    expect(watchStateWords({ ...base, phase: 'retrying', retry: { ...retry, asked: true } }, now + 25_000)).toMatchObject({ label: 'Retrying now', detail: expect.stringContaining('as the server asked') });
  });
  it('says why a watch stopped, and that one stopped by the user can resume', () => {
    const stop = { code: 'forbidden', reason: 'Your GreenLake role lacks audit.read.', status: 403, at: '2026-12-02T10:00:00.000Z' };
    expect(watchStateWords({ ...base, phase: 'stopped', stop }, now)).toEqual({ label: 'Stopped', tone: 'error', detail: 'Your GreenLake role lacks audit.read.' });
    expect(watchStateWords({ ...base, phase: 'stopped', stop: { ...stop, code: 'by_user' } }, now)).toMatchObject({ tone: 'neutral', detail: expect.stringContaining('Resume') });
    expect(watchStateWords({ ...base, phase: 'checking' }, now).label).toBe('Checking…');
  });
});
