/**
 * The GreenLake platform audit log, newest first: v1 (what seed 003's scripts call, items shaped as
 * they read them) and v2beta1 (as `glp-audit-logs-v2beta1.json` describes it). Both carry
 * `remainingRecords`; v1 sets it while pages remain, v2beta1 when more than 10,000 records match.
 */
import { permissions } from '../auth/clients';
import { toAuditLogV1, toAuditLogV2, type PlatformAuditRecord } from '../data/platform-audit-logs';
import type { SandboxData } from '../data/sandbox-data';
import { ApiError } from '../http/api-error';
import { queryCollection, type CollectionRules, type Page } from '../query/collection-query';
import { buildFieldCatalogue } from '../query/field-catalogue';
import type { ApiRoute } from './api-route';

/** The most records v2beta1 counts in `total`. */
const v2TotalCap = 10_000;

/** What `/audit-log/v1/logs` accepts. */
export const auditLogV1Rules: CollectionRules = {
  separator: '/',
  parameters: ['filter', 'select', 'all', 'limit', 'offset'],
  limit: { default: 50, min: 0, max: 2000 },
  // The scripts in seed 003 filter on `startTime`; it means `createdAt`.
  filter: { aliases: { startTime: 'createdAt' } },
  select: { alwaysInclude: ['id', 'type'] },
  search: (item, text) => JSON.stringify(item).toLowerCase().includes(text.toLowerCase()),
};

/** What `/audit-log/v2beta1/logs` accepts. */
export const auditLogV2Rules: CollectionRules = {
  separator: '/',
  parameters: ['filter', 'select', 'limit', 'offset', 'sort'],
  limit: { default: 50, min: 0, max: 2000 },
  filter: {
    allowedFields: ['createdAt', 'category', 'description', 'ipAddress', 'username', 'workspace/name', 'workspace/type', 'serviceOffer/id', 'region', 'hasDetails'],
    aliases: { region: 'serviceOffer/region' },
  },
  select: {
    allowedFields: ['serviceOffer', 'createdAt', 'category', 'hasDetails', 'workspace', 'description', 'username', 'ipAddress', 'additionalInfo'],
    alwaysInclude: ['id', 'type'],
  },
  sort: { defaultDirection: 'desc' },
};

function newestFirst(records: readonly PlatformAuditRecord[], shape: (record: PlatformAuditRecord) => Record<string, unknown>) {
  const items: Record<string, unknown>[] = [];
  for (let i = records.length - 1; i >= 0; i -= 1) items.push(shape(records[i] as PlatformAuditRecord));
  return items;
}

function v1Envelope(page: Page): Record<string, unknown> {
  const count = page.items.length;
  return { items: page.items, count, offset: page.offset, total: page.total, remainingRecords: page.offset + count < page.total };
}

function v2Envelope(page: Page): Record<string, unknown> {
  return { items: page.items, count: page.items.length, offset: page.offset, total: Math.min(page.total, v2TotalCap), remainingRecords: page.total > v2TotalCap };
}

/** The audit-log routes over `data`. */
export function auditLogRoutes(data: SandboxData, startedAtMs: number): ApiRoute[] {
  const history = data.platformAuditLogs.itemsAt(startedAtMs);
  const v1Fields = buildFieldCatalogue(history.map(toAuditLogV1));
  const v2Fields = buildFieldCatalogue(history.map(toAuditLogV2));
  return [
    {
      family: 'glp',
      pattern: '/audit-log/v1/logs',
      permission: permissions.auditLogRead,
      handle: ({ query, nowMs }) => v1Envelope(queryCollection(newestFirst(data.platformAuditLogs.itemsAt(nowMs), toAuditLogV1), v1Fields, auditLogV1Rules, query)),
    },
    {
      family: 'glp',
      pattern: '/audit-log/v2beta1/logs',
      permission: permissions.auditLogRead,
      handle: ({ query, nowMs }) => v2Envelope(queryCollection(newestFirst(data.platformAuditLogs.itemsAt(nowMs), toAuditLogV2), v2Fields, auditLogV2Rules, query)),
    },
    {
      family: 'glp',
      pattern: '/audit-log/v2beta1/logs/{id}',
      permission: permissions.auditLogRead,
      handle: ({ params, query, nowMs }) => {
        if ([...query.keys()].length > 0) throw new ApiError('bad_request', 'This endpoint accepts no query parameters.', { subject: [...query.keys()][0] });
        const record = data.platformAuditLogs.itemsAt(nowMs).find((candidate) => candidate.id === params.id);
        if (!record) throw new ApiError('not_found', `Audit log '${params.id}' not found.`);
        return toAuditLogV2(record);
      },
    },
  ];
}
