/**
 * Big spec files arrive in pieces: the web host takes at most 10 MB per call, and a spec may be up
 * to 100 MB. Pieces are kept in memory per upload until the import, with a total cap, and uploads
 * left unfinished are dropped after a while.
 */
import { randomUUID } from 'node:crypto';
import { maxSpecBytes } from '../../../shared/contract/specs';
import { ShorelineError } from '../../../shared/errors';

/** Collects the text of uploads in pieces. */
export interface UploadBuffer {
  begin(fileName: string, size: number): string;
  append(uploadId: string, chunk: string): void;
  /** The whole text and file name; the upload is forgotten. */
  finish(uploadId: string): { text: string; fileName: string };
}

interface Upload {
  fileName: string;
  chunks: string[];
  length: number;
  timer: ReturnType<typeof setTimeout>;
}

/** Creates an upload buffer accepting at most `maxChars` per upload (100 M by default). */
export function createUploadBuffer(maxChars = maxSpecBytes, idleMs = 120_000): UploadBuffer {
  const uploads = new Map<string, Upload>();
  const touch = (id: string, upload: Upload) => {
    clearTimeout(upload.timer);
    upload.timer = setTimeout(() => uploads.delete(id), idleMs);
    upload.timer.unref?.();
  };
  const get = (id: string): Upload => {
    const upload = uploads.get(id);
    if (!upload) throw new ShorelineError('not_found', 'The file upload was interrupted. Import the file again.');
    return upload;
  };
  return {
    begin(fileName, size) {
      if (size > maxChars) throw new ShorelineError('too_large', `${fileName} is larger than the 100 MB Shoreline imports.`);
      const id = randomUUID();
      const upload: Upload = { fileName, chunks: [], length: 0, timer: setTimeout(() => undefined, 0) };
      uploads.set(id, upload);
      touch(id, upload);
      return id;
    },
    append(id, chunk) {
      const upload = get(id);
      upload.length += chunk.length;
      if (upload.length > maxChars) {
        uploads.delete(id);
        throw new ShorelineError('too_large', `${upload.fileName} is larger than the 100 MB Shoreline imports.`);
      }
      upload.chunks.push(chunk);
      touch(id, upload);
    },
    finish(id) {
      const upload = get(id);
      uploads.delete(id);
      clearTimeout(upload.timer);
      return { text: upload.chunks.join(''), fileName: upload.fileName };
    },
  };
}
