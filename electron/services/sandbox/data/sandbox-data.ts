/** Everything the Sandbox serves, built once when it starts. */
import { makeCatalogs } from './catalogs';
import { makeDsccAuditEvent } from './dscc-audit-events';
import { createLiveFeed, type LiveFeed } from './live-feed';
import { makePlatformAuditRecord, type PlatformAuditRecord } from './platform-audit-logs';
import { makeServers } from './servers';
import { makeStorageSystems, type StorageSystem } from './storage-systems';
import { makeVolumes } from './volumes';

/** DSCC audit events that existed before the start. */
export const dsccAuditHistoryCount = 250;
/** Platform audit logs that existed before the start. */
export const platformAuditHistoryCount = 300;
/** One new audit event and one new audit log arrive this often after the start. */
export const auditIntervalMs = 20_000;

/** How audit events and logs arrive after the start (tests speed it up). */
export interface AuditPace {
  /** Time between arrivals, in ms (20 s unless given). */
  intervalMs?: number;
  /** Entries arriving together, sharing one moment (1 unless given). */
  perArrival?: number;
}

/** The Sandbox's data. */
export interface SandboxData {
  storageSystems: StorageSystem[];
  volumes: Record<string, unknown>[];
  servers: (Record<string, unknown> & { id: string })[];
  catalogs: Record<string, unknown>[];
  dsccAuditEvents: LiveFeed<Record<string, unknown>>;
  platformAuditLogs: LiveFeed<PlatformAuditRecord>;
}

/** Builds the data; audit history is dated back from `startedAtMs`, the rest from a fixed epoch. */
export function createSandboxData(startedAtMs: number, pace: AuditPace = {}): SandboxData {
  const intervalMs = pace.intervalMs ?? auditIntervalMs;
  const perArrival = pace.perArrival ?? 1;
  const storageSystems = makeStorageSystems();
  return {
    storageSystems,
    volumes: makeVolumes(storageSystems),
    servers: makeServers(),
    catalogs: makeCatalogs(),
    dsccAuditEvents: createLiveFeed({
      label: 'dscc-audit',
      historyCount: dsccAuditHistoryCount,
      historySpacingMs: 6 * 60_000,
      intervalMs,
      perArrival,
      startedAtMs,
      make: makeDsccAuditEvent,
    }),
    platformAuditLogs: createLiveFeed({
      label: 'platform-audit',
      historyCount: platformAuditHistoryCount,
      historySpacingMs: 4 * 60_000,
      intervalMs,
      perArrival,
      startedAtMs,
      make: makePlatformAuditRecord,
    }),
  };
}
