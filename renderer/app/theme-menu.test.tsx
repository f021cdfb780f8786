// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThemeMenu } from './theme-menu';

afterEach(cleanup);

describe('the theme menu', () => {
  it('holds the automatic-updates switch where the host updates itself', () => {
    const onChange = vi.fn();
    render(<ThemeMenu choice="system" onChoose={() => undefined} autoUpdate={{ on: true, onChange }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Theme' }));
    const item = screen.getByRole('menuitemcheckbox', { name: /Update automatically/ });
    expect(item.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(item);
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('shows the switch off, and turns it on', () => {
    const onChange = vi.fn();
    render(<ThemeMenu choice="dark" onChoose={() => undefined} autoUpdate={{ on: false, onChange }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Theme' }));
    const item = screen.getByRole('menuitemcheckbox', { name: /Update automatically/ });
    expect(item.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(item);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('has no update switch where the host cannot update itself (the web host)', () => {
    render(<ThemeMenu choice="light" onChoose={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Theme' }));
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['Match my system', 'Light', 'Dark']);
    expect(screen.queryByRole('menuitemcheckbox')).toBeNull();
  });
});
