/**
 * Saves a body kept in main: the desktop host asks where and writes the file itself; a host that
 * cannot (the web host answers `unsupported`) gets a browser download assembled from chunks.
 */
import type { Host } from '../../../host/host';
import { HostError } from '../../../host/host';
import { base64ToBytes, streamBody } from './body-chunks';
import { downloadBlob } from './download';

/** How saving ended: written to a path, downloaded by the browser, or cancelled by the user. */
export type SaveOutcome = { kind: 'saved'; path: string } | { kind: 'downloaded'; fileName: string } | { kind: 'cancelled' };

/** Saves body `id` (of media type `mediaType`) under the suggested `fileName`. */
export async function saveBody(host: Host, id: string, fileName: string, mediaType: string, onProgress?: (read: number, size: number) => void): Promise<SaveOutcome> {
  try {
    const result = await host.invoke('http.saveBody', { id });
    return result.path === null ? { kind: 'cancelled' } : { kind: 'saved', path: result.path };
  } catch (error) {
    if (!(error instanceof HostError) || error.error.code !== 'unsupported') throw error;
  }
  // Each chunk joins a Blob at once, so a 100 MB download is held by the browser, not the window's heap.
  let blob = new Blob([], { type: mediaType || 'application/octet-stream' });
  await streamBody((input) => host.invoke('http.bodyChunk', input), id, { onProgress }, (data) => (blob = new Blob([blob, base64ToBytes(data)], { type: blob.type })), 'base64');
  downloadBlob(blob, fileName);
  return { kind: 'downloaded', fileName };
}

/** The sentence to show after saving. */
export function savedWords(outcome: SaveOutcome): string | undefined {
  if (outcome.kind === 'saved') return `Saved to ${outcome.path}`;
  if (outcome.kind === 'downloaded') return `Downloaded as ${outcome.fileName}`;
  return undefined;
}
