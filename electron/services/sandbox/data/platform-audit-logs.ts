/**
 * GreenLake platform audit-log records and the two shapes they are served in: v1 (the fields
 * HPE's scripts in seed 003 read: `user.username`, `additionalInfo.ipAddress`, …) and v2beta1
 * (as `glp-audit-logs-v2beta1.json` describes `AuditLogItem`).
 */
import { prngFor, type Prng } from './prng';
import { sandboxTenant } from './tenant';

/** One audit-log entry, before it is shaped for an API version. */
export interface PlatformAuditRecord {
  id: string;
  createdAtMs: number;
  category: string;
  description: string;
  username: string;
  ipAddress: string;
  hasDetails: boolean;
  serviceOffer: { id: string; name: string; region: string };
  additionalInfo: Record<string, string>;
}

const platform = { id: '00000000-0000-0000-0000-000000000000', name: 'HPE GreenLake Platform', region: 'global' };
const compute = { id: 'd46569ae-0516-4dd2-81ce-b6d645842acc', name: 'Compute Cloud Console', region: 'us-west' };
const dataServices = { id: '68067533-5764-401a-9620-24e6e2cdc574', name: 'Data Services', region: 'eu-central' };

interface Template {
  category: string;
  serviceOffer: PlatformAuditRecord['serviceOffer'];
  describe: (user: string, rng: Prng) => string;
  details?: (rng: Prng) => Record<string, string>;
}

const workspace = sandboxTenant.workspace.hex;
const templates: readonly Template[] = [
  { category: 'User Management', serviceOffer: platform, describe: (u) => `User ${u} logged in via ping mode.` },
  { category: 'User Management', serviceOffer: platform, describe: (u) => `User ${u} logged out` },
  { category: 'Customer Management', serviceOffer: platform, describe: (u) => `Loading workspace ${workspace} for user ${u}` },
  { category: 'Customer Management', serviceOffer: platform, describe: () => `Platform customer ${workspace} profile Address updated` },
  { category: 'API Gateway', serviceOffer: platform, describe: (u, r) => `API client credential automation-${r.int(1, 5)} created by ${u}` },
  { category: 'Device Management', serviceOffer: platform, describe: (_, r) => `Device ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)} assigned to Compute Ops Management` },
  { category: 'Subscription Management', serviceOffer: platform, describe: (_, r) => `Subscription key ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 12)} added` },
  {
    category: 'ILO Settings',
    serviceOffer: compute,
    describe: () => 'Cloud Guest Activity',
    details: (r) => ({ serverName: `esx-${String(r.int(1, 40)).padStart(2, '0')}`, serverSerial: `2M2${r.int(1_000_000, 9_999_999)}`, serverProductId: 'P06760-B21', deviceType: 'COMPUTE' }),
  },
  {
    category: 'Storage settings',
    serviceOffer: dataServices,
    describe: () => 'Storage firmware updated',
    details: (r) => ({ serverName: `array-${r.int(1, 12)}`, deviceType: 'STORAGE' }),
  },
];

/** Builds record `index`, created at `atMs`. */
export function makePlatformAuditRecord(index: number, atMs: number): PlatformAuditRecord {
  const rng = prngFor('platform-audit-log', index);
  const template = rng.pick(templates);
  const username = rng.pick(sandboxTenant.users);
  return {
    id: rng.uuid(),
    createdAtMs: atMs,
    category: template.category,
    description: template.describe(username, rng),
    username,
    ipAddress: rng.pick(sandboxTenant.ipAddresses),
    hasDetails: template.details !== undefined,
    serviceOffer: template.serviceOffer,
    additionalInfo: template.details?.(rng) ?? {},
  };
}

/** `2023-12-18T09:06:11.000000Z`: the microsecond spelling the v1 API returns in seed 003. */
function microseconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** The record as `GET /audit-log/v1/logs` returns it (seed 003). */
export function toAuditLogV1(record: PlatformAuditRecord): Record<string, unknown> {
  const at = microseconds(record.createdAtMs);
  return {
    id: record.id,
    type: '/audit-log/logs',
    application: { id: record.serviceOffer.id },
    region: record.serviceOffer.region,
    user: { username: record.username },
    category: record.category,
    description: record.description,
    workspace: { id: sandboxTenant.workspace.hex, workspaceName: sandboxTenant.workspace.name },
    createdAt: at,
    updatedAt: at,
    generation: 1,
    additionalInfo: { ipAddress: record.ipAddress, ...record.additionalInfo },
    hasDetails: record.hasDetails,
  };
}

/** The record as `GET /audit-log/v2beta1/logs` returns it (`AuditLogItem`). */
export function toAuditLogV2(record: PlatformAuditRecord): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: record.id,
    type: '/audit-log/log',
    category: record.category,
    createdAt: new Date(record.createdAtMs).toISOString(),
    description: record.description,
    hasDetails: record.hasDetails,
    ipAddress: record.ipAddress,
    username: record.username,
    serviceOffer: record.serviceOffer,
    workspace: { id: sandboxTenant.workspace.uuid, name: sandboxTenant.workspace.name, type: 'STANDALONE' },
  };
  if (record.hasDetails) item.additionalInfo = record.additionalInfo;
  return item;
}
