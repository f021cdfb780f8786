// @vitest-environment jsdom
import { cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWindowCommand } from '../../components/window-commands';
import { RequestError } from './request-error';

afterEach(cleanup);

describe('RequestError', () => {
  it('leads a refused client authentication method to the connection that can switch it', () => {
    const opened = vi.fn();
    renderHook(() => useWindowCommand('openConnections', opened));
    render(<RequestError error={{ code: 'client_auth_mismatch', message: 'The token server expects the client ID and secret in an HTTP Basic header, not in the request body.' }} />);
    expect(screen.getByText('Sign-in refused')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open the connection' }));
    expect(opened).toHaveBeenCalledWith({});
  });

  it('offers to replace a refused secret, and nothing for a cancelled request', () => {
    const opened = vi.fn();
    renderHook(() => useWindowCommand('openConnections', opened));
    render(<RequestError error={{ code: 'invalid_client', message: 'The client secret was refused.' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Replace the secret' }));
    expect(opened).toHaveBeenCalledWith({ replaceSecret: true });
    cleanup();
    render(<RequestError error={{ code: 'cancelled', message: 'You cancelled the request.' }} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
