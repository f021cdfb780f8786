/**
 * The text of a response body: inline bodies at once; bodies kept in main read in 1 MB chunks
 * with progress; and above 20 MB only after the user says "Show anyway".
 */
import { useEffect, useState } from 'react';
import type { ResponseBody } from '../../../../shared/contract/http';
import { useHost } from '../../../host/host-context';
import { readBodyText, ReadCancelled } from './body-chunks';

/** Bodies above this size wait for the user before they are read and shown. */
export const showLimitBytes = 20 * 1024 * 1024;

/** Where reading the body stands. */
export type BodyTextState =
  | { phase: 'none' }
  | { phase: 'gate'; size: number }
  | { phase: 'reading'; read: number; size: number }
  | { phase: 'ready'; text: string }
  | { phase: 'error'; message: string };

type Progress = { id: string; state: BodyTextState };

/** The body's text state, and `showAnyway` to read a body above the limit. */
export function useBodyText(body: ResponseBody): { state: BodyTextState; showAnyway: () => void } {
  const host = useHost();
  const id = body.kind === 'large' ? body.id : undefined;
  const size = body.kind === 'large' ? body.size : 0;
  const [confirmed, setConfirmed] = useState<string>();
  const [progress, setProgress] = useState<Progress>();
  const gated = body.kind === 'large' && body.size > showLimitBytes && confirmed !== body.id;

  useEffect(() => {
    if (id === undefined || gated) return;
    const controller = new AbortController();
    setProgress({ id, state: { phase: 'reading', read: 0, size } });
    readBodyText((input) => host.invoke('http.bodyChunk', input), id, {
      signal: controller.signal,
      onProgress: (read, total) => !controller.signal.aborted && setProgress({ id, state: { phase: 'reading', read, size: total } }),
    }).then(
      (text) => !controller.signal.aborted && setProgress({ id, state: { phase: 'ready', text } }),
      (error: unknown) => {
        if (error instanceof ReadCancelled || controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : 'The answer could not be read.';
        setProgress({ id, state: { phase: 'error', message: `Shoreline could not read the answer: ${message} Send the request again to get a fresh copy.` } });
      },
    );
    return () => controller.abort();
  }, [host, id, size, gated]);

  const showAnyway = () => id !== undefined && setConfirmed(id);
  if (body.kind === 'text') return { state: { phase: 'ready', text: body.text }, showAnyway };
  if (body.kind !== 'large') return { state: { phase: 'none' }, showAnyway };
  if (gated) return { state: { phase: 'gate', size: body.size }, showAnyway };
  if (progress?.id === body.id) return { state: progress.state, showAnyway };
  return { state: { phase: 'reading', read: 0, size: body.size }, showAnyway };
}
