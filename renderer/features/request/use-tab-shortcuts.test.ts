import { describe, expect, it } from 'vitest';
import { tabKeyAction } from './use-tab-shortcuts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('tab keys', () => {
  it('save, save as, close, new and switch with Ctrl (⌘ on a Mac)', () => {
    expect(tabKeyAction(key('s', { ctrlKey: true }), false)).toBe('save');
    expect(tabKeyAction(key('S', { ctrlKey: true, shiftKey: true }), false)).toBe('saveAs');
    expect(tabKeyAction(key('w', { ctrlKey: true }), false)).toBe('closeTab');
    expect(tabKeyAction(key('n', { ctrlKey: true }), false)).toBe('newRequest');
    expect(tabKeyAction(key('Tab', { ctrlKey: true }), false)).toBe('next');
    expect(tabKeyAction(key('Tab', { ctrlKey: true, shiftKey: true }), false)).toBe('previous');
    expect(tabKeyAction(key('PageDown', { ctrlKey: true }), false)).toBe('next');
    expect(tabKeyAction(key('s', { metaKey: true }), true)).toBe('save');
    expect(tabKeyAction(key('s', { ctrlKey: true }), true)).toBeUndefined();
    expect(tabKeyAction(key('Tab', { ctrlKey: true }), true)).toBe('next');
  });

  it('offer Alt keys where a browser keeps Ctrl W, N and Tab, and leave other keys alone', () => {
    expect(tabKeyAction(key('w', { altKey: true }), false)).toBe('closeTab');
    expect(tabKeyAction(key('n', { altKey: true }), false)).toBe('newRequest');
    expect(tabKeyAction(key('PageUp', { altKey: true }), false)).toBe('previous');
    expect(tabKeyAction(key('s'), false)).toBeUndefined();
    expect(tabKeyAction(key('Enter', { ctrlKey: true }), false)).toBeUndefined();
    expect(tabKeyAction(key('k', { ctrlKey: true }), false)).toBeUndefined();
    expect(tabKeyAction(key('ArrowDown', { altKey: true }), false)).toBeUndefined();
  });
});
