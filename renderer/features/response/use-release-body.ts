/**
 * Tells main to forget a kept body once a newer answer replaces it. Done on replacement rather
 * than on unmount, so React's development double-mount never releases a body still on screen.
 */
import { useEffect, useRef } from 'react';
import type { ResponseBody } from '../../../shared/contract/http';
import { useHost } from '../../host/host-context';

/** The id of a body kept in main, if it is one. */
export function keptBodyId(body: ResponseBody | undefined): string | undefined {
  return body && (body.kind === 'large' || body.kind === 'binary') ? body.id : undefined;
}

/** Releases the previous kept body whenever `id` changes to another one. */
export function useReleaseReplaced(id: string | undefined): void {
  const host = useHost();
  const previous = useRef<string | undefined>(undefined);
  useEffect(() => {
    const before = previous.current;
    previous.current = id;
    if (before !== undefined && before !== id) void host.invoke('http.releaseBody', { id: before }).catch(() => undefined);
  }, [host, id]);
}
