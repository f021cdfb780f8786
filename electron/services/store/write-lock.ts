/**
 * One writer at a time in a user-data folder, across processes (the app and the `shoreline` command
 * line may share one). A writer creates `shoreline.lock` exclusively, holding its pid, and removes it
 * when its write is done — a few milliseconds. A lock whose process is gone (same machine) or that is
 * older than `staleMs` is taken over; a live one is waited for, then refused with the holder named.
 */
import { hostname } from 'node:os';
import { ShorelineError } from '../../../shared/errors';
import type { StoreFileSystem } from './file-system';
import { errnoOf, reasonOf } from './read-failure';

/** What the lock file says about its holder. */
export interface LockHolder {
  pid: number;
  host: string;
  /** Who holds it, in words ("the Shoreline desktop app"). */
  by: string;
  /** ISO 8601. */
  since: string;
}

/** Runs writes one at a time. */
export interface WriteLock {
  /** Runs `write` while holding the folder's lock (re-entrant within this process). */
  run<T>(write: () => T): T;
  readonly path: string;
}

/** Options of {@link createWriteLock}. */
export interface WriteLockOptions {
  fs: StoreFileSystem;
  /** The lock file. */
  path: string;
  /** Who we are, for the message another process shows. */
  by: string;
  /** How long to wait for a live holder (5 s). */
  timeoutMs?: number;
  /** A lock older than this is abandoned, whoever holds it (30 s; writes take milliseconds). */
  staleMs?: number;
  /** Epoch milliseconds. */
  now?: () => number;
  /** Blocks for `ms` (tests pass a fake clock's). */
  sleep?: (ms: number) => void;
  /** Whether process `pid` on this machine still runs. */
  isAlive?: (pid: number) => boolean;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread for `ms` without spinning. */
function blockFor(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

/** True when process `pid` exists (EPERM: it exists but belongs to someone else). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

function parseHolder(bytes: Buffer): LockHolder | undefined {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string') {
      return { pid: value.pid, host: value.host, by: typeof value.by === 'string' ? value.by : 'another Shoreline', since: typeof value.since === 'string' ? value.since : '' };
    }
  } catch {
    // A lock being written this very moment, or garbage: judged by its age below.
  }
  return undefined;
}

/** Creates the folder's write lock. */
export function createWriteLock(options: WriteLockOptions): WriteLock {
  const { fs, path } = options;
  const timeoutMs = options.timeoutMs ?? 5000;
  const staleMs = options.staleMs ?? 30_000;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? blockFor;
  const isAlive = options.isAlive ?? processIsAlive;
  const host = hostname();
  let depth = 0;

  /** Removes the lock if it is abandoned; true when it did (or the lock went away meanwhile). */
  function clearIfStale(): boolean {
    let stat;
    let holder;
    try {
      stat = fs.stat(path);
      if (!stat) return true;
      holder = parseHolder(fs.readBytes(path));
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return true;
      throw error;
    }
    const age = now() - stat.mtimeMs;
    const dead = holder !== undefined && holder.host === host && holder.pid !== process.pid && !isAlive(holder.pid);
    const abandoned = age > staleMs || (holder === undefined && age > 2000);
    if (!dead && !abandoned) return false;
    // Take it over by renaming: of two processes doing this at once, only one rename finds the file.
    const aside = `${path}.stale-${process.pid}-${now()}`;
    try {
      fs.rename(path, aside);
      fs.remove(aside);
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') throw error;
    }
    return true;
  }

  function describeHolder(): string {
    try {
      const holder = parseHolder(fs.readBytes(path));
      if (holder) return `${holder.by} (process ${holder.pid}${holder.host === host ? '' : ` on ${holder.host}`})`;
    } catch {
      // gone meanwhile
    }
    return 'another Shoreline';
  }

  function acquire(): void {
    const deadline = now() + timeoutMs;
    let wait = 5;
    for (;;) {
      const holder: LockHolder = { pid: process.pid, host, by: options.by, since: new Date(now()).toISOString() };
      let created: boolean;
      try {
        created = fs.createExclusive(path, JSON.stringify(holder));
      } catch (error) {
        throw new ShorelineError(
          'store_unavailable',
          `Shoreline cannot save in its folder (${reasonOf(error)}), so nothing was changed. Check that you may write to the folder where Shoreline keeps its files.`,
        );
      }
      if (created) return;
      if (clearIfStale()) continue;
      if (now() >= deadline) {
        const who = describeHolder();
        const seconds = Math.max(1, Math.round(timeoutMs / 1000));
        throw new ShorelineError(
          'conflict',
          `${who.charAt(0).toUpperCase()}${who.slice(1)} has been saving to the same folder for ${seconds} second${seconds === 1 ? '' : 's'}, so nothing was changed here. Try again in a moment.`,
        );
      }
      sleep(wait);
      wait = Math.min(wait * 2, 100);
    }
  }

  return {
    path,
    run(write) {
      if (depth === 0) acquire();
      depth += 1;
      try {
        return write();
      } finally {
        depth -= 1;
        if (depth === 0) fs.remove(path);
      }
    },
  };
}
