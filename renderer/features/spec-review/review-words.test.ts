import { describe, expect, it } from 'vitest';
import type { SpecReview } from '../../../shared/contract/spec-review';
import { decisionWords, groupHeading, operationWords, reviewSummary } from './review-words';

const review = (over: Partial<SpecReview>): SpecReview => ({ specId: 's', title: 'Fleet', fromVersion: '1', toVersion: '2', available: true, items: [], pending: 0, ...over });
const item = { collectionId: 'c', itemId: 'r', name: 'n', collectionName: 'C', previousKey: 'GET /a', status: 'changed' as const, match: '', changes: [], decision: 'pending' as const, notes: [], undoable: false };

describe('review words', () => {
  it('heads each group with its count', () => {
    expect(groupHeading('changed', 2)).toBe('Changed — 2 saved requests');
    expect(groupHeading('removed', 1)).toBe('Endpoint removed — 1 saved request');
    expect(groupHeading('unchanged', 3)).toBe('Unchanged — 3 saved requests');
  });
  it('says what a decision did', () => {
    expect(decisionWords('pending')).toBeUndefined();
    expect(decisionWords('plain')).toBe('Kept as a plain request (no longer linked to the spec).');
  });
  it('sums the review up', () => {
    expect(reviewSummary(review({ available: false, reason: 'No earlier version.' }))).toBe('No earlier version.');
    expect(reviewSummary(review({}))).toBe('No saved request uses Fleet: there is nothing to review.');
    expect(reviewSummary(review({ items: [item, item], pending: 1 }))).toBe('2 saved requests use this spec. 1 waits for your decision.');
    expect(reviewSummary(review({ items: [item], pending: 0 }))).toBe('1 saved request uses this spec. Nothing waits for a decision.');
  });
  it('shows a moved endpoint with an arrow', () => {
    expect(operationWords({ previousKey: 'GET /hosts', newKey: 'GET /servers' })).toBe('GET /hosts → GET /servers');
    expect(operationWords({ previousKey: 'GET /a', newKey: 'GET /a' })).toBe('GET /a');
    expect(operationWords({ previousKey: 'GET /a' })).toBe('GET /a');
  });
});
