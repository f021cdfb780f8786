/**
 * The desktop app's store: the same document store the web host and the command line use, over the
 * user-data folder. (Shoreline 0.1 used `electron-store` here; it re-read the file on every access and
 * could neither version a document nor share the folder safely with another process.)
 */
import { createDocumentStore, type DocumentStore } from '../services/store/document-store';

/** Opens the documents in `folder` for the desktop app. */
export function openDesktopStore(folder: string): DocumentStore {
  return createDocumentStore({ folder, by: 'the Shoreline desktop app' });
}
