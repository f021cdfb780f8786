// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TabStrip } from './tab-strip';

afterEach(cleanup);

const tabs = ['one', 'two', 'three'].map((value) => ({ value, label: value.toUpperCase(), id: `tab-${value}`, controls: `panel-${value}` }));

describe('the tab strip', () => {
  it('is one Tab stop on the selected tab; arrows, Home and End move focus, Enter or a click selects', () => {
    const onChange = vi.fn();
    render(<TabStrip tabs={tabs} value="two" onChange={onChange} label="Parts" />);
    const [one, two, three] = screen.getAllByRole('tab') as [HTMLElement, HTMLElement, HTMLElement];
    expect(screen.getByRole('tablist', { name: 'Parts' })).toBeTruthy();
    expect([one, two, three].map((t) => [t.tabIndex, t.getAttribute('aria-selected'), t.getAttribute('aria-controls')])).toEqual([
      [-1, 'false', 'panel-one'],
      [0, 'true', 'panel-two'],
      [-1, 'false', 'panel-three'],
    ]);
    two.focus();
    fireEvent.keyDown(two, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(three);
    fireEvent.keyDown(three, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(one);
    fireEvent.keyDown(one, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(three);
    fireEvent.keyDown(three, { key: 'Home' });
    expect(document.activeElement).toBe(one);
    fireEvent.keyDown(one, { key: 'End' });
    expect(document.activeElement).toBe(three);
    // Moving focus selects nothing (manual activation); a click (Enter and Space click a button) does.
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(three);
    expect(onChange).toHaveBeenCalledWith('three');
    fireEvent.click(two);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
