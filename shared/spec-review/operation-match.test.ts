import { describe, expect, it } from 'vitest';
import { matchOperation, matchWords, type MatchableOperation } from './operation-match';

const op = (id: string, operationId?: string): MatchableOperation => {
  const [method, path] = id.split(' ') as [MatchableOperation['method'], string];
  return { id, method, path, ...(operationId && { operationId }) };
};

describe('matchOperation', () => {
  it('finds an operation by operationId even when its path changed', () => {
    const found = matchOperation(op('GET /hosts', 'listHosts'), [op('GET /servers', 'listHosts'), op('GET /hosts', 'other')]);
    expect(found).toEqual({ operation: op('GET /servers', 'listHosts'), by: 'operationId' });
    expect(matchWords(op('GET /hosts', 'listHosts'), found)).toBe('Found by its operationId “listHosts”.');
  });

  it('falls back to method and path when the operationId was renamed or is missing', () => {
    const renamed = matchOperation(op('GET /hosts', 'listHosts'), [op('GET /hosts', 'getHosts')]);
    expect(renamed?.by).toBe('method-path');
    expect(matchWords(op('GET /hosts', 'listHosts'), renamed)).toBe('Found by its method and path; its operationId is now “getHosts” (was “listHosts”).');
    const none = matchOperation(op('GET /hosts'), [op('GET /hosts')]);
    expect(matchWords(op('GET /hosts'), none)).toBe('Found by its method and path.');
  });

  it('falls back to method and path when two operations share the operationId', () => {
    expect(matchOperation(op('GET /a', 'x'), [op('GET /b', 'x'), op('GET /a', 'x')])).toEqual({ operation: op('GET /a', 'x'), by: 'method-path' });
  });

  it('says why an operation is gone', () => {
    expect(matchOperation(op('DELETE /s/{id}', 'deleteSnapshot'), [op('GET /s/{id}', 'getSnapshot')])).toBeUndefined();
    expect(matchWords(op('DELETE /s/{id}', 'deleteSnapshot'), undefined)).toBe('Not in the new version: no operation has the operationId “deleteSnapshot” and no operation is DELETE /s/{id}.');
    expect(matchWords(op('DELETE /s/{id}'), undefined)).toBe('Not in the new version: no operation is DELETE /s/{id}.');
  });
});
