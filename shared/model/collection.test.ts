import { describe, expect, it } from 'vitest';
import { collectionSchema, type Collection } from './collection';

describe('collection model', () => {
  it('parses nested folders with defaults filled in, and refuses an unknown field', () => {
    const parsed: Collection = collectionSchema.parse({
      id: 'c-1', name: 'DSCC', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
      items: [{ kind: 'folder', id: 'f-1', name: 'Storage', items: [{ kind: 'folder', id: 'f-2', name: 'Deeper', items: [
        { kind: 'request', id: 'r-1', name: 'Get all storage systems', request: { method: 'GET', url: '{{baseUrl}}/api/v1/storage-systems' } },
      ] }] }],
    });
    const deeper = parsed.items[0]!.kind === 'folder' ? parsed.items[0]!.items[0]! : undefined;
    expect(deeper).toMatchObject({ kind: 'folder', auth: { kind: 'inherit' }, variables: [], notRun: [] });
    const request = deeper?.kind === 'folder' ? deeper.items[0] : undefined;
    expect(request).toMatchObject({ kind: 'request', request: { query: [], auth: { kind: 'inherit' }, body: { kind: 'none' } }, examples: [], notRun: [] });
    expect(parsed.origin).toEqual({ kind: 'created' });
    expect(collectionSchema.safeParse({ ...parsed, secret: 'x' }).success).toBe(false);
    expect(collectionSchema.safeParse({ ...parsed, items: [{ kind: 'folder', id: 'f', name: '  ' }] }).success).toBe(false);
  });
});
