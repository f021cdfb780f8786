/**
 * DSCC (Data Services Cloud Console) endpoints: storage systems, volumes, audit events, with the
 * `{items,total,pageLimit,pageOffset}` envelope and `.` between nested field names.
 */
import { permissions } from '../auth/clients';
import type { SandboxData } from '../data/sandbox-data';
import { detailOnlyFields } from '../data/storage-systems';
import { ApiError } from '../http/api-error';
import { itemProjection, queryCollection, type CollectionRules, type Page } from '../query/collection-query';
import { buildFieldCatalogue } from '../query/field-catalogue';
import type { ApiRoute } from './api-route';

const listParameters = ['limit', 'offset', 'filter', 'sort', 'select'];

/** Storage systems and volumes: several sort fields; a page of 100 unless asked otherwise. */
export const dsccInventoryRules: CollectionRules = {
  separator: '.',
  parameters: listParameters,
  limit: { default: 100, min: 0, max: 1000 },
  sort: { defaultDirection: 'asc' },
};

/** Audit events: "only support sorting by 1 property per request"; 500 a page, as seed 001 shows. */
export const dsccAuditRules: CollectionRules = {
  separator: '.',
  parameters: listParameters,
  limit: { default: 500, min: 0, max: 1000 },
  sort: { defaultDirection: 'asc', maxFields: 1 },
};

function envelope(page: Page): Record<string, unknown> {
  return { items: page.items, total: page.total, pageLimit: page.limit, pageOffset: page.offset };
}

function withoutDetailFields(system: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...system };
  for (const field of detailOnlyFields) delete copy[field];
  return copy;
}

/** The DSCC routes over `data`. */
export function dsccRoutes(data: SandboxData, startedAtMs: number): ApiRoute[] {
  const systemList = data.storageSystems.map(withoutDetailFields);
  const systemListFields = buildFieldCatalogue(systemList);
  const systemFields = buildFieldCatalogue(data.storageSystems);
  const volumeFields = buildFieldCatalogue(data.volumes);
  const auditFields = buildFieldCatalogue(data.dsccAuditEvents.itemsAt(startedAtMs));
  return [
    {
      family: 'dscc',
      pattern: '/api/v1/storage-systems',
      permission: permissions.storageSystemRead,
      handle: ({ query }) => envelope(queryCollection(systemList, systemListFields, dsccInventoryRules, query)),
    },
    {
      family: 'dscc',
      pattern: '/api/v1/storage-systems/{id}',
      permission: permissions.storageSystemRead,
      handle: ({ params, query }) => {
        const project = itemProjection(systemFields, dsccInventoryRules, query);
        const system = data.storageSystems.find((candidate) => candidate.id === params.id);
        if (!system) throw new ApiError('not_found', `Storage system object not found: '${params.id}'.`);
        return project(system);
      },
    },
    {
      family: 'dscc',
      pattern: '/api/v1/volumes',
      permission: permissions.volumeRead,
      handle: ({ query }) => envelope(queryCollection(data.volumes, volumeFields, dsccInventoryRules, query)),
    },
    {
      family: 'dscc',
      pattern: '/api/v1/audit-events',
      permission: permissions.auditEventRead,
      handle: ({ query, nowMs }) => {
        const newestFirst = [...data.dsccAuditEvents.itemsAt(nowMs)].reverse();
        return envelope(queryCollection(newestFirst, auditFields, dsccAuditRules, query));
      },
    },
  ];
}
