/** `components.schemas` of the document: every item, page and error body, by name. */
import { auditLogSchema, auditLogV1Schema } from './audit-log-schemas';
import { serverSchema } from './com-schemas';
import { auditEventSchema, storageSystemSchema, storageSystemSummarySchema, volumeSchema } from './dscc-schemas';
import { dsccErrorSchema, dsccPage, greenLakeErrorSchema, greenLakePage } from './envelope-schemas';
import { catalogSchema } from './pcbe-schemas';
import type { Schema } from './schema-builders';

function requiring(schema: Schema, field: string, description: string): Schema {
  return { ...schema, description, required: [...((schema.required as string[] | undefined) ?? []), field] };
}

const beyondV2Cap = 'True when more than 10,000 entries match, so `total` stops counting.';

/** The named schemas, built fresh for each document. */
export function componentSchemas(): Record<string, Schema> {
  return {
    StorageSystem: storageSystemSchema,
    StorageSystemSummary: storageSystemSummarySchema,
    StorageSystemList: dsccPage('StorageSystemSummary', 'storage systems'),
    Volume: volumeSchema,
    VolumeList: dsccPage('Volume', 'volumes'),
    AuditEvent: auditEventSchema,
    AuditEventList: dsccPage('AuditEvent', 'audit events'),
    Server: serverSchema,
    ServerList: greenLakePage('Server', 'servers'),
    AuditLogV1: auditLogV1Schema,
    AuditLogV1List: greenLakePage('AuditLogV1', 'audit logs', 'True while more pages remain after this one.'),
    AuditLog: auditLogSchema,
    AuditLogList: greenLakePage('AuditLog', 'audit logs', beyondV2Cap),
    SystemSoftwareCatalog: catalogSchema,
    SystemSoftwareCatalogList: greenLakePage('SystemSoftwareCatalog', 'system software catalogs'),
    DsccError: dsccErrorSchema,
    DsccPermissionError: requiring(dsccErrorSchema, 'permission', 'A Data Services 403: the token lacks the permission named in `permission`.'),
    GreenLakeError: greenLakeErrorSchema,
    GreenLakePermissionError: requiring(greenLakeErrorSchema, 'permission', 'A 403: the token lacks the permission named in `permission`.'),
  };
}
