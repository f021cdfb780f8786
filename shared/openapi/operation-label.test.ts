import { describe, expect, it } from 'vitest';
import { operationSummary } from './operation-label';

describe('operationSummary', () => {
  it('prefers the summary', () => {
    expect(operationSummary({ summary: ' List servers ', description: 'Get all servers' })).toBe('List servers');
  });
  it('falls back to a short description, as DSCC writes them', () => {
    expect(operationSummary({ description: 'Get all storage systems' })).toBe('Get all storage systems');
    expect(operationSummary({ description: 'Get all volumes. Results are paged.\nMore text' })).toBe('Get all volumes');
  });
  it('gives up on long or empty descriptions', () => {
    expect(operationSummary({ description: 'x'.repeat(200) })).toBeUndefined();
    expect(operationSummary({})).toBeUndefined();
  });
});
