/**
 * Every operation of the document, keyed by the route pattern it describes. The document builder
 * walks the route table and looks each route up here, so a route without words fails loudly, and
 * the tests check the other way round.
 */
import { auditLogV1Rules, auditLogV2Rules } from '../routes/audit-log-routes';
import { serverListRules } from '../routes/com-routes';
import { dsccAuditRules, dsccInventoryRules } from '../routes/dscc-routes';
import { catalogRules } from '../routes/pcbe-routes';
import { tags, type IdExamples, type OperationMeta } from './operation-types';

const serverBases = [
  { base: '/compute-ops-mgmt/v1beta2', suffix: '', note: '' },
  {
    base: '/compute-ops/v1beta2',
    suffix: 'Legacy',
    note: ' This is the older `/compute-ops` path that earlier scripts call; items name their type `compute-ops/server` and their `resourceUri` under this path.',
  },
];

function serverOperations(ids: IdExamples): Record<string, OperationMeta> {
  const operations: Record<string, OperationMeta> = {};
  for (const { base, suffix, note } of serverBases) {
    const older = suffix === '' ? '' : ' (older path)';
    operations[`${base}/servers`] = {
      tag: tags.com,
      operationId: `listServers${suffix}`,
      summary: `Get all servers${older}`,
      description: `Lists the servers Compute Ops Management manages in the workspace, in the order they were added.${note}`,
      response: 'ServerList',
      list: { rules: serverListRules, noun: 'servers', examples: { select: 'id,name,hardware/health/summary,state/connected', sort: 'name asc', filter: "hardware/powerState eq 'ON'" } },
    };
    operations[`${base}/servers/{id}`] = {
      tag: tags.com,
      operationId: `getServer${suffix}`,
      summary: `Get a server${older}`,
      description: `Returns one server with its hardware, host, state and firmware inventory.${note}`,
      response: 'Server',
      item: {
        idDescription: 'The server id: product id and serial number joined by `+`, sent as `%2B`.',
        idExample: ids.serverId,
        select: { rules: serverListRules, example: 'id,name,hardware/health' },
      },
    };
  }
  return operations;
}

/** The operations, keyed by route pattern. */
export function operationCatalogue(ids: IdExamples): Record<string, OperationMeta> {
  const catalogs = '/private-cloud-business/v1beta1/system-software-catalogs';
  return {
    '/api/v1/storage-systems': {
      tag: tags.dscc,
      operationId: 'listStorageSystems',
      summary: 'Get all storage systems',
      description: 'Lists the storage arrays connected to Data Services, with their state and connection status.',
      response: 'StorageSystemList',
      list: { rules: dsccInventoryRules, noun: 'storage systems', examples: { select: 'id,name,state,collectionStatus.overAllStatus', sort: 'name asc', filter: "productFamily eq 'deviceType1'" } },
    },
    '/api/v1/storage-systems/{id}': {
      tag: tags.dscc,
      operationId: 'getStorageSystem',
      summary: 'Get a storage system',
      description: 'Returns one storage array, with the fields the list leaves out (`fqdn`, `consoleUri`, `requestUri`).',
      response: 'StorageSystem',
      item: { idDescription: 'The storage system id (its serial number).', idExample: ids.storageSystemId, select: { rules: dsccInventoryRules, example: 'id,name,mgmtIp,collectionStatus.overAllStatus' } },
    },
    '/api/v1/volumes': {
      tag: tags.dscc,
      operationId: 'listVolumes',
      summary: 'Get all volumes',
      description: 'Lists the volumes on every storage system of the workspace.',
      response: 'VolumeList',
      list: { rules: dsccInventoryRules, noun: 'volumes', examples: { select: 'id,name,sizeMiB,associatedLinks.type', sort: 'sizeMiB desc,name asc', filter: "healthState eq 'DEGRADED' and sizeMiB ge 10240" } },
    },
    '/api/v1/audit-events': {
      tag: tags.dscc,
      operationId: 'listDsccAuditEvents',
      summary: 'Get audit events',
      description: 'Lists what users and the service did in Data Services, newest first. A new event arrives every 20 seconds.',
      response: 'AuditEventList',
      list: { rules: dsccAuditRules, noun: 'audit events', examples: { select: 'id,code,state,occurredAt,associatedResource.name', sort: 'occurredAt desc', filter: "state eq 'PermissionDenied' and occurredAt ge '2024-01-01T00:00:00Z'" } },
    },
    ...serverOperations(ids),
    '/audit-log/v1/logs': {
      tag: tags.auditLog,
      operationId: 'listAuditLogsV1',
      summary: 'Get audit logs (v1)',
      description: 'Lists the workspace audit log, newest first, in the v1 shape. `remainingRecords` is true while more pages remain. A new entry arrives every 20 seconds.',
      response: 'AuditLogV1List',
      list: { rules: auditLogV1Rules, noun: 'audit logs', examples: { select: 'id,category,createdAt,user/username', filter: "category eq 'User Management'", all: 'logged in' } },
    },
    '/audit-log/v2beta1/logs': {
      tag: tags.auditLog,
      operationId: 'listAuditLogs',
      summary: 'Get audit logs',
      description: 'Lists the workspace audit log, newest first. `total` counts at most 10,000 entries; `remainingRecords` is true when more than that match. A new entry arrives every 20 seconds.',
      response: 'AuditLogList',
      list: { rules: auditLogV2Rules, noun: 'audit logs', examples: { select: 'createdAt,category,description,workspace', sort: 'createdAt desc', filter: "category eq 'User Management' and createdAt ge '2024-01-01T00:00:00Z'" } },
    },
    '/audit-log/v2beta1/logs/{id}': {
      tag: tags.auditLog,
      operationId: 'getAuditLog',
      summary: 'Get an audit log',
      description: 'Returns one audit log entry. This endpoint takes no query parameters.',
      response: 'AuditLog',
      item: { idDescription: 'The audit log entry id.', idExample: ids.auditLogId },
    },
    [catalogs]: {
      tag: tags.pcbe,
      operationId: 'listSystemSoftwareCatalogs',
      summary: 'Get system software catalogs',
      description: 'Lists the software releases PCBE systems can be updated to, with the version of each component.',
      response: 'SystemSoftwareCatalogList',
      list: { rules: catalogRules, noun: 'catalogs', examples: { select: 'id,name,releaseDate,hypervisor/version', filter: "storageSoftware/name eq 'Nimble OS'" } },
    },
    [`${catalogs}/{id}`]: {
      tag: tags.pcbe,
      operationId: 'getSystemSoftwareCatalog',
      summary: 'Get a system software catalog',
      description: 'Returns one software release and the systems that can be updated to it.',
      response: 'SystemSoftwareCatalog',
      item: { idDescription: 'The catalog id.', idExample: ids.catalogId, select: { rules: catalogRules, example: 'id,name,storageSoftware/version' } },
    },
  };
}
