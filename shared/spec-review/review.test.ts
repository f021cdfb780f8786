import { describe, expect, it } from 'vitest';
import { fleet } from './fleet-fixture.test-support';
import { classify, reviewEntrySchema } from './review';

const v1 = fleet(1);
const v2 = fleet(2);
const summaryOf = (key: string) => v1.operations.find((o) => o.id === key);
const previous = (key: string) => {
  const summary = summaryOf(key);
  return summary && { summary, signature: v1.signature(key) };
};
const now = (key: string) => (v2.operations.some((o) => o.id === key) ? v2.signature(key) : undefined);
const run = (key: string) => classify(key, previous(key), v2.operations, now);

describe('classify (the Fleet API from version 1 to 2)', () => {
  it('finds an untouched operation unchanged', () => {
    expect(run('GET /volumes/{volumeId}')).toEqual({ status: 'unchanged', newKey: 'GET /volumes/{volumeId}', match: 'Found by its operationId “getVolume”.', changes: [] });
  });

  it('finds changed parameters and a changed body', () => {
    expect(run('GET /volumes')).toMatchObject({ status: 'changed', newKey: 'GET /volumes' });
    expect(run('GET /volumes').changes.map((c) => c.kind)).toEqual(['param-retyped', 'param-added', 'param-removed']);
    expect(run('POST /volumes').changes.map((c) => c.kind)).toEqual(['body-changed', 'body-changed']);
  });

  it('follows a moved operation by its operationId', () => {
    expect(run('GET /hosts')).toMatchObject({ status: 'changed', newKey: 'GET /servers', match: 'Found by its operationId “listHosts”.' });
  });

  it('finds a removed operation and says which match failed', () => {
    expect(run('DELETE /snapshots/{snapshotId}')).toEqual({
      status: 'removed',
      match: 'Not in the new version: no operation has the operationId “deleteSnapshot” and no operation is DELETE /snapshots/{snapshotId}.',
      changes: [],
    });
  });

  it('without the earlier operation, only says whether the link still leads somewhere', () => {
    expect(classify('GET /servers', undefined, v2.operations, now)).toMatchObject({ status: 'unchanged', newKey: 'GET /servers' });
    expect(classify('GET /nowhere', undefined, v2.operations, now)).toMatchObject({ status: 'removed' });
  });
});

describe('reviewEntrySchema', () => {
  it('refuses an entry with an unknown decision and fills notes in', () => {
    const entry = { collectionId: 'c-1', itemId: 'r-1', name: 'n', collectionName: 'c', previousKey: 'GET /a', status: 'changed', match: 'm', changes: [], decision: 'pending' };
    expect(reviewEntrySchema.parse(entry).notes).toEqual([]);
    expect(reviewEntrySchema.safeParse({ ...entry, decision: 'maybe' }).success).toBe(false);
  });
});
