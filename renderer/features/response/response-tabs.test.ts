import { describe, expect, it } from 'vitest';
import { chosenTab, responseTabs, tabLabel } from './response-tabs';

describe('response tabs', () => {
  it('opens lists on the Table, other JSON on Pretty', () => {
    const tabs = responseTabs({ kind: 'text', text: '{"items":[]}' }, true);
    expect(tabs).toEqual(['table', 'pretty', 'raw', 'headers']);
    expect(chosenTab(tabs, undefined)).toBe('table');
    expect(chosenTab(responseTabs({ kind: 'large', id: 'b', size: 1 }, false), undefined)).toBe('pretty');
  });
  it('keeps the user’s pick while the response offers it', () => {
    const tabs = responseTabs({ kind: 'text', text: '{}' }, false);
    expect(chosenTab(tabs, 'raw')).toBe('raw');
    expect(chosenTab(tabs, 'table')).toBe('pretty');
  });
  it('names the single body tab after what it holds', () => {
    const image = { kind: 'image', mediaType: 'image/png', base64: '', size: 1 } as const;
    expect(responseTabs(image, false)).toEqual(['body', 'headers']);
    expect(tabLabel('body', image)).toBe('Preview');
    expect(tabLabel('body', { kind: 'binary', id: 'b', size: 1 })).toBe('File');
    expect(tabLabel('body', { kind: 'empty' })).toBe('Body');
  });
});
