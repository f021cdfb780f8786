/**
 * History on disk as JSON lines: one append per request (cheap, so sending stays fast), a full
 * rewrite (temp file, then rename) only when entries are deleted or the file outgrows the cap. A
 * damaged line is skipped and the file kept aside, never silently dropped.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { appendFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { HistoryEntry } from '../../../shared/contract/history';

/** The history file. */
export interface HistoryFile {
  readonly path: string;
  /** Reads every readable entry, oldest first; `problem` says when a damaged file was kept aside. */
  load(): { entries: HistoryEntry[]; lines: number; problem?: string };
  /** Appends one entry (queued behind earlier writes). */
  append(entry: HistoryEntry): void;
  /** Replaces the whole file with `entries` (queued, atomic). */
  rewrite(entries: readonly HistoryEntry[]): void;
  /** Resolves when every queued write is on disk. */
  flush(): Promise<void>;
  /** Write failures so far, worded for the user. */
  readonly problems: string[];
}

function looksLikeEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.time === 'string' && typeof v.method === 'string' && typeof v.url === 'string';
}

/** Opens the history file at `path` (created on first write). */
export function openHistoryFile(path: string, now: () => Date = () => new Date()): HistoryFile {
  let queue: Promise<void> = Promise.resolve();
  const problems: string[] = [];
  const enqueue = (write: () => Promise<void>) => {
    queue = queue.then(write).catch((error: unknown) => {
      problems.push(`Shoreline could not save the request history (${(error as Error).message}).`);
    });
  };
  return {
    path,
    problems,
    load() {
      if (!existsSync(path)) return { entries: [], lines: 0 };
      const lines = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '');
      const entries: HistoryEntry[] = [];
      let damaged = 0;
      lines.forEach((line, index) => {
        try {
          const parsed: unknown = JSON.parse(line);
          if (looksLikeEntry(parsed)) entries.push(parsed);
          else damaged += 1;
        } catch {
          // A last line cut short by a crash mid-append is expected; anything else is damage.
          if (index < lines.length - 1) damaged += 1;
        }
      });
      if (damaged === 0) return { entries, lines: lines.length };
      const aside = `${path}.damaged-${now().toISOString().replace(/[:.]/g, '-')}`;
      copyFileSync(path, aside);
      return {
        entries,
        lines: lines.length,
        problem: `Part of the request history could not be read (${damaged} entr${damaged === 1 ? 'y' : 'ies'}). The file was kept as ${aside}.`,
      };
    },
    append(entry) {
      const line = `${JSON.stringify(entry)}\n`;
      enqueue(async () => {
        mkdirSync(dirname(path), { recursive: true });
        await appendFile(path, line, { encoding: 'utf8', mode: 0o600 });
      });
    },
    rewrite(entries) {
      const text = entries.map((e) => `${JSON.stringify(e)}\n`).join('');
      enqueue(async () => {
        mkdirSync(dirname(path), { recursive: true });
        const temp = `${path}.${randomUUID()}.tmp`;
        try {
          await writeFile(temp, text, { encoding: 'utf8', mode: 0o600 });
          await rename(temp, path);
        } catch (error) {
          await rm(temp, { force: true });
          throw error;
        }
      });
    },
    flush: () => queue,
  };
}
