/**
 * What is kept of each watch across restarts, in the `watches` document: the request, the engine's
 * state (how it asks for what is new, the newest moment seen), the seen keys (bounded), the counts
 * behind "12 new since you last looked", and the last items found (bounded). Read back through a
 * schema: a damaged entry is dropped and reported, never allowed to break the others.
 */
import { z } from 'zod';
import { watchOriginSchema, watchRequestSchema, type WatchInfo, type WatchItem } from '../../../shared/contract/watch';
import type { Instant } from '../../../shared/watch/instant';
import type { EngineState, WatchPlan } from '../../../shared/watch/watch-tick';

/** One kept watch: the facts it shows (as in `WatchInfo`) and the engine's state behind them. */
export interface WatchRecord
  extends Pick<WatchInfo, 'id' | 'name' | 'request' | 'origin' | 'intervalSeconds' | 'notify' | 'createdAt' | 'stop' | 'unseen' | 'found' | 'checks' | 'lastCheckAt' | 'lastFoundAt' | 'clause'> {
  /** False once stopped (by the user or for a reason); a running watch resumes at the next start. */
  running: boolean;
  plan: WatchPlan;
  engine: EngineState;
  /** Seen keys, oldest first (at most the seen-set's cap). */
  seen: string[];
  /** The newest items found, oldest first. */
  recent: WatchItem[];
}

const cursorSchema = z.object({
  field: z.string().min(1).max(500),
  itemPath: z.array(z.string().max(500)).min(1).max(20),
  quote: z.enum(["'", '"', '']),
  format: z.object({ fractionDigits: z.number().int().min(0).max(9), zone: z.enum(['Z', '+00:00']) }),
  source: z.enum(['request', 'spec', 'known']),
});
const pathSchema = z.array(z.string().max(500)).min(1).max(20);
const modeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('time'), cursor: cursorSchema }),
  z.object({ kind: z.literal('cursor'), orderBy: pathSchema.optional() }),
  z.object({ kind: z.literal('list'), orderBy: pathSchema.optional() }),
  z.object({ kind: z.literal('single') }),
]);
const instantSchema = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
const isoSchema = z.string().max(64);

const recordSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  request: watchRequestSchema,
  origin: watchOriginSchema.optional(),
  intervalSeconds: z.number().int().min(1).max(86_400),
  notify: z.boolean(),
  createdAt: isoSchema,
  running: z.boolean(),
  stop: z.object({ code: z.string().max(64), reason: z.string().max(4000), status: z.number().int().optional(), permission: z.string().max(500).optional(), at: isoSchema }).optional(),
  plan: z.object({ method: z.enum(['GET', 'HEAD']), url: z.string().min(1).max(32_768), candidates: z.array(cursorSchema).max(10), dateFields: z.array(z.string().max(500)).max(50) }),
  engine: z.object({ mode: modeSchema.optional(), newest: instantSchema.optional(), newestFirst: z.boolean().optional() }),
  seen: z.array(z.string().max(4096)),
  unseen: z.number().int().min(0),
  found: z.number().int().min(0),
  checks: z.number().int().min(0),
  lastCheckAt: isoSchema.optional(),
  lastFoundAt: isoSchema.optional(),
  clause: z.string().max(32_768).optional(),
  recent: z.array(z.object({ key: z.string().max(4096), item: z.unknown(), foundAt: isoSchema })),
});

/** Reads one persisted entry; undefined when it is damaged. */
export function readRecord(raw: unknown): WatchRecord | undefined {
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const { engine, recent, ...rest } = parsed.data;
  return {
    ...rest,
    engine: { ...engine, ...(engine.newest !== undefined ? { newest: engine.newest as Instant } : {}) },
    recent: recent.map((r) => ({ key: r.key, item: r.item, foundAt: r.foundAt })),
  } as WatchRecord;
}
