/**
 * Commands and events of Watch (C6): repeat a GET (or HEAD) every N seconds and show only the items
 * not seen before, oldest first, for as long as the user wants. The request is given as the
 * renderer knows it (`{{variables}}` included, close to `http.send`'s); main adds the token, keeps
 * going through renewals, 429s, 5xx, dropped connections and sleep, and stops only with a reason.
 */
import { z } from 'zod';
import { command, event } from './define';
import { collectionIdSchema } from '../model/collection';
import { maxRows, requestRowSchema } from '../model/request';
import { headerSchema, sendableMethodSchema } from './http';
import { specIdSchema } from './specs';

/** The request a watch repeats. Only GET and HEAD are accepted (the service says so in words). */
export const watchRequestSchema = z
  .object({
    /** The environment whose variables and connection apply; none means a plain request. */
    environmentId: z.string().min(1).max(256).optional(),
    method: sendableMethodSchema,
    url: z.string().min(1).max(32_768),
    headers: z.array(headerSchema).max(200).default([]),
    /** Overrides the environment's connection: an id to use another one, null to send no token. */
    connectionId: z.string().min(1).max(256).nullable().optional(),
    /** Per-request timeout; 30 s unless given. */
    timeoutMs: z.number().int().min(100).max(600_000).optional(),
    /**
     * The saved request this is (a collection's request, or a tab opened from one): its folders' and
     * collection's connection, environment and variables apply at every check, as `resolveScope` decides
     * for `http.send`.
     */
    scope: z.object({ collectionId: collectionIdSchema, itemId: collectionIdSchema }).strict().optional(),
    /** The request's own variables: the nearest place a `{{name}}` is looked up. */
    variables: z.array(requestRowSchema).max(maxRows).optional(),
    /** The spec operation the request came from: its `filter` parameter tells how the list filters by time. */
    operation: z.object({ specId: specIdSchema, operationId: z.string().min(3).max(4000) }).strict().optional(),
  })
  .strict();

/** A watched request as the renderer sends it. */
export type WatchRequestInput = z.input<typeof watchRequestSchema>;

/** A watched request after validation. */
export type WatchRequest = z.output<typeof watchRequestSchema>;

/** What a watch was started from, so the panel can lead back to it: a saved request or an open tab. */
export const watchOriginSchema = z.object({ kind: z.enum(['saved', 'tab']), id: z.string().min(1).max(256) }).strict();

/** What a watch was started from. */
export type WatchOrigin = z.infer<typeof watchOriginSchema>;

const idSchema = z.object({ id: z.string().min(1).max(64) }).strict();
const nameSchema = z.string().trim().min(1, 'Give the watch a name.').max(200);
/**
 * Seconds between checks: 60 unless given, at most a day. The service refuses less than its minimum
 * (5 s; tests of the web host lower it), in words.
 */
export const watchIntervalSchema = z.number().int().min(1, 'A watch checks at most every second.').max(86_400, 'A watch checks at least once a day.');

/** Input of `watch.start`. */
export const watchStartSchema = z
  .object({
    request: watchRequestSchema,
    /** Shown in the panel; "GET /audit-log/v1/logs" style when absent. */
    name: nameSchema.optional(),
    intervalSeconds: watchIntervalSchema.default(60),
    /** A desktop notification when new items arrive. */
    notify: z.boolean().default(true),
    origin: watchOriginSchema.optional(),
  })
  .strict();

/** Input of `watch.start` after validation. */
export type WatchStartInput = z.output<typeof watchStartSchema>;

/**
 * Where a watch is: `starting` (its first check learns what exists), `waiting` (for the next check),
 * `checking`, `retrying` (after a failure that may pass), `stopped` (see `stop`).
 */
export type WatchPhase = 'starting' | 'waiting' | 'checking' | 'retrying' | 'stopped';

/** How a watch finds what is new (see `how` for the words). */
export type WatchModeKind = 'time' | 'cursor' | 'list' | 'single';

/** A failure a watch waits out before trying again. */
export interface WatchRetry {
  /** `rate_limited` (429), `server_error` (5xx), or the network's `unreachable`, `network`, `timeout`, `tls`, or `token_failed` … */
  code: string;
  /** What happened, in words: "The server answered 503 (Service Unavailable)." */
  reason: string;
  /** 1 for the first retry in a row. */
  attempt: number;
  /** How long the wait is, in ms, and when it ends (ISO 8601). */
  waitMs: number;
  at: string;
  /** True when the wait is what the server asked for (`Retry-After`). */
  asked: boolean;
}

/** Why a watch stopped. */
export interface WatchStop {
  /**
   * `by_user`; `unauthorized` (401 after a renewed token), `forbidden` (403), `not_found` (404),
   * `rejected` (another 4xx), `invalid_client` (the token server refused the credentials),
   * `invalid_input` (the request cannot be sent: a missing variable, a deleted environment),
   * `too_many` (more than a watch can compare), `other_origin`, `too_large`.
   */
  code: string;
  /** The reason in words, with the advice the answer allows. */
  reason: string;
  status?: number;
  /** For a 403: the permission the API named. */
  permission?: string;
  /** ISO 8601. */
  at: string;
}

/** A watch as the panel and the command line see it. */
export interface WatchInfo {
  id: string;
  name: string;
  request: WatchRequest;
  origin?: WatchOrigin;
  intervalSeconds: number;
  notify: boolean;
  /** ISO 8601. */
  createdAt: string;
  phase: WatchPhase;
  /** One line for the panel: "Checked 09:04:05 · next in 60 s", "Retrying in 20 s: the server answered 503.", "Stopped: …". */
  status: string;
  /** How it finds what is new, in words. */
  how: string;
  mode?: WatchModeKind;
  /** The time condition added to the filter at the last check: `createdAt ge '2025-03-10T09:00:20.00Z'`. */
  clause?: string;
  /** New items not yet looked at (the badge); kept across restarts. */
  unseen: number;
  /** "12 new since you last looked", when `unseen` > 0. */
  unseenText?: string;
  /** Every new item found since the watch began. */
  found: number;
  /** Checks that succeeded. */
  checks: number;
  lastCheckAt?: string;
  lastFoundAt?: string;
  /** When the next check is due (ISO 8601), while waiting or retrying. */
  nextCheckAt?: string;
  retry?: WatchRetry;
  stop?: WatchStop;
  /** Something worth knowing that is not a failure: "The computer's clock jumped 55 min (asleep?); checked at once." */
  note?: string;
  /** False when the watch lives only until Shoreline quits (its request carries its own credentials, or the command line started it). */
  kept: boolean;
}

/** One new item, as the API gave it. */
export interface WatchItem {
  /** `id:<id>`, or `h:<hash>` for an item without an id. */
  key: string;
  item: unknown;
  /** ISO 8601: when the watch found it. */
  foundAt: string;
}

/** The watch domain of the contract. */
export const watchCommands = {
  /** Starts watching a GET or HEAD request; the first check runs at once and only learns what exists. */
  'watch.start': command<WatchInfo>()(watchStartSchema),
  /** Renames a watch, changes its interval, or turns its notifications on or off. */
  'watch.update': command<WatchInfo>()(
    z.object({ id: z.string().min(1).max(64), name: nameSchema.optional(), intervalSeconds: watchIntervalSchema.optional(), notify: z.boolean().optional() }).strict(),
  ),
  /** Stops a watch (it stays listed with what it found, and can be resumed). */
  'watch.stop': command<WatchInfo>()(idSchema),
  /** Starts a stopped watch again from where it was: nothing it showed is shown again. */
  'watch.resume': command<WatchInfo>()(idSchema),
  /** Stops and forgets a watch. */
  'watch.remove': command<void>()(idSchema),
  /** Every watch, in the order they were started. */
  'watch.list': command<WatchInfo[]>()(z.object({}).strict()),
  /** The user has looked: the unseen count goes back to 0. */
  'watch.markSeen': command<WatchInfo>()(idSchema),
  /** The newest items a watch found (up to `limit`, oldest first); older ones are not kept. */
  'watch.items': command<{ items: WatchItem[]; unseen: number; found: number }>()(
    z.object({ id: z.string().min(1).max(64), limit: z.number().int().min(1).max(1000).default(100) }).strict(),
  ),
};

/** Events of the watch domain. */
export const watchEvents = {
  /** A watch changed (phase, counts, retry, stop …); `watch` is null when it was removed. */
  'watch.changed': event<{ id: string; watch: WatchInfo | null }>(),
  /** A check found new items (oldest first); `notify` says whether the user wants a desktop notification for this watch. */
  'watch.newItems': event<{ id: string; name: string; items: WatchItem[]; unseen: number; notify: boolean }>(),
};
