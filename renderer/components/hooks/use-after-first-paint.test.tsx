// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAfterFirstPaint } from './use-after-first-paint';

afterEach(cleanup);

describe('useAfterFirstPaint', () => {
  it('is false in the first render and turns true once a frame has gone by', async () => {
    const { result } = renderHook(() => useAfterFirstPaint());
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
  });

  it('does nothing after an unmount before the frame', async () => {
    const { result, unmount } = renderHook(() => useAfterFirstPaint());
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current).toBe(false);
  });
});
