import { describe, expect, it } from 'vitest';
import { itemHeadline, newItemsNotification } from './notification-text';

const found = (item: unknown) => ({ key: 'k', item, foundAt: '2026-12-02T10:00:00.000Z' });

describe('watch notification text', () => {
  it('names the count and the newest item by its description, else another naming field', () => {
    expect(newItemsNotification('Audit log', [found({ id: 'a', description: 'User alice logged in' })])).toEqual({ title: 'Audit log: 1 new', body: 'User alice logged in' });
    expect(newItemsNotification('Audit log', [found({ id: 'a', name: 'old' }), found({ id: 'b', name: 'vol-7' })])).toEqual({ title: 'Audit log: 2 new', body: 'Newest: vol-7' });
    expect(itemHeadline({ id: 42 })).toBe('42');
  });
  it('says only how many arrived when an item has nothing to name it, and cuts long names', () => {
    expect(newItemsNotification('HEAD /report', [found({ status: 200 }), found([1, 2])])).toEqual({ title: 'HEAD /report: 2 new', body: '2 new items arrived.' });
    expect(newItemsNotification('x', [found('plain text')]).body).toBe('A new item arrived.');
    expect(itemHeadline({ description: `a\n${'b'.repeat(200)}` })).toHaveLength(120);
  });
});
