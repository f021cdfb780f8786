/**
 * Where a response body's text comes from, once it may be shown: inline bodies at once, bodies
 * kept by the host too, except above 20 MB, which wait until the user says "Show anyway".
 * Reading and preparing the text is `useBodyView`'s job.
 */
import { useMemo, useState } from 'react';
import type { ResponseBody } from '../../../../shared/contract/http';
import type { BodySource } from './use-body-view';

/** Bodies above this size wait for the user before they are read and shown. */
export const showLimitBytes = 20 * 1024 * 1024;

/** Whether the body can be shown now. */
export type BodySourceState = { phase: 'none' } | { phase: 'gate'; size: number } | { phase: 'ready'; source: BodySource };

/** The body's source state, and `showAnyway` to let a body above the limit through. */
export function useBodySource(body: ResponseBody): { state: BodySourceState; showAnyway: () => void } {
  const [confirmed, setConfirmed] = useState<string>();
  const gated = body.kind === 'large' && body.size > showLimitBytes && confirmed !== body.id;
  // One object per body, so the view's reading and worker start once per answer.
  const source = useMemo<BodySource | undefined>(() => {
    if (body.kind === 'text') return { kind: 'inline', text: body.text };
    if (body.kind === 'large') return { kind: 'kept', id: body.id, size: body.size };
    return undefined;
  }, [body]);
  const showAnyway = () => body.kind === 'large' && setConfirmed(body.id);
  if (gated) return { state: { phase: 'gate', size: body.size }, showAnyway };
  if (source === undefined) return { state: { phase: 'none' }, showAnyway };
  return { state: { phase: 'ready', source }, showAnyway };
}
