/**
 * What the HTTP executor hands to history after each exchange, before redaction. Kept apart from the
 * history service so the executor depends on this shape only.
 */
import type { HistoryEntry } from '../../../shared/contract/history';

/** An entry as recorded, before the history service redacts it and gives it an id and a time. */
export type HistoryDraft = Omit<HistoryEntry, 'id' | 'time'>;

/** Where the executor records exchanges. `secrets` are the tokens used, removed wherever they appear. */
export interface HistoryRecorder {
  /** Records an exchange and returns the entry's id (undefined when it could not be kept). */
  record(draft: HistoryDraft, secrets: readonly string[]): string | undefined;
}
