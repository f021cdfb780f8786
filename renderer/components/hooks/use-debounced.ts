/** A value that follows another after it has stopped changing for a moment (search-as-you-type). */
import { useEffect, useState } from 'react';

/** `value`, `delayMs` after its last change. */
export function useDebounced<T>(value: T, delayMs = 200): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
