/**
 * False until `value` is true for the first time, then true for good: a dialog loaded only when it
 * is first opened stays mounted after it closes, so its closing animation plays and the next opening
 * has nothing left to load.
 */
import { useState } from 'react';

/** Whether `value` has ever been true in this component's life. */
export function useOnceTrue(value: boolean): boolean {
  const [seen, setSeen] = useState(value);
  if (value && !seen) setSeen(true);
  return seen || value;
}
