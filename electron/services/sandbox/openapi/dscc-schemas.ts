/**
 * Item schemas of the DSCC look-alike: storage systems (detail and list shapes), volumes and audit
 * events, written from what `data/storage-systems.ts`, `data/volumes.ts` and
 * `data/dscc-audit-events.ts` generate. The tests hold every real response to them.
 */
import { detailOnlyFields } from '../data/storage-systems';
import { arr, bool, dateTime, int, num, nullable, obj, omitProperties, oneOf, str, type Schema } from './schema-builders';

const link = obj('A related collection or resource.', {
  type: str('What the link points at, e.g. `volume-sets`.'),
  resourceUri: str('The API path of the linked resource.'),
});

const status = (what: string) => obj(`Health of ${what}.`, { status: oneOf('NORMAL or DEGRADED.', ['NORMAL', 'DEGRADED']) });

/** A storage system as `GET /api/v1/storage-systems/{id}` returns it. */
export const storageSystemSchema: Schema = obj('A storage array connected to Data Services.', {
  id: str('Serial number of the system; also its id.'),
  name: str('Display name of the system.'),
  description: str('Free-text description: model and site.'),
  type: str('Always `storage-system`.'),
  productFamily: oneOf('Device family: deviceType1 (Alletra 9000, Primera), deviceType2 (Alletra 6000, Nimble), deviceType4 (Alletra MP).', ['deviceType1', 'deviceType2', 'deviceType4']),
  model: str('Marketing model name.'),
  softwareVersion: str('Operating software version running on the array.'),
  tierType: str('Storage tier, e.g. `STORAGE_TIER_9000_NVME`.'),
  state: oneOf('Overall state of the system.', ['NORMAL', 'DEGRADED']),
  connectionStatus: oneOf('Whether the array currently talks to the cloud.', ['CONNECTED', 'DISCONNECTED']),
  callhomeStatus: oneOf('Call-home reporting status.', ['ENABLED_NORMAL', 'ENABLED_DEGRADED']),
  collectionStatus: obj('How well configuration and metrics are being collected.', {
    overAllStatus: oneOf('Summary of the collection status.', ['NORMAL', 'DEGRADED']),
    configStatus: status('configuration collection'),
    metricStatus: status('metric collection'),
  }),
  systemWWN: str('World Wide Name of the system.'),
  mgmtIp: str('Management IP address.', { format: 'ipv4' }),
  fqdn: str('Fully qualified domain name of the management interface (detail only).'),
  customerId: str('Workspace (customer) the system belongs to.'),
  generation: int('Change counter; goes up each time the record changes.'),
  upSince: int('When the system last started, in epoch milliseconds.', { format: 'int64' }),
  lastConnectedTime: int('When the system last connected, in epoch milliseconds.', { format: 'int64' }),
  arrayList: nullable(arr('Member arrays of a deviceType2 group; null for other families.', obj('One member array.', { name: str('Array name.'), model: str('Array model.') }))),
  associatedLinks: arr('Collections that belong to the system.', link),
  resourceUri: str('The API path of this system.'),
  consoleUri: str('Where the system opens in the console (detail only).'),
  requestUri: str('The path this record was requested at (detail only).'),
});

/** A storage system as an item of `GET /api/v1/storage-systems` (the detail-only fields dropped). */
export const storageSystemSummarySchema: Schema = omitProperties(storageSystemSchema, detailOnlyFields, 'A storage array, as the list returns it.');

/** A volume as an item of `GET /api/v1/volumes`. */
export const volumeSchema: Schema = obj('A volume on one of the storage systems.', {
  id: str('Volume id.'),
  name: str('Volume name.'),
  type: str('Always `volume`.'),
  systemId: str('Id of the storage system holding the volume.'),
  productFamily: str('Device family of that storage system.'),
  sizeMiB: int('Provisioned size in MiB.', { format: 'int64' }),
  usedSizeMiB: num('Space used, in MiB.'),
  usedCapacityPercent: num('Space used, as a percentage of the size.'),
  hostWrittenCapacityMiB: num('Data written by hosts, in MiB.'),
  spaceWarning: int('Used-space percentage that raises a warning; 0 for none.'),
  healthState: oneOf('Health of the volume.', ['NORMAL', 'DEGRADED']),
  isInternal: bool('True for a volume the array uses itself.'),
  isSystemVolume: bool('True for a system volume.'),
  thinSavings: str('Space saved by thin provisioning, as a ratio such as `2.5:1`.'),
  volumeType: oneOf('Base volume or snapshot.', ['VVTYPE_BASE', 'VVTYPE_SNAPSHOT']),
  subType: oneOf('Provisioning type.', ['PROVTYPE_TPVV', 'PROVTYPE_DDS', 'PROVTYPE_FULL']),
  wwn: str('World Wide Name of the volume.'),
  volumeSetId: str('Id of the volume set the volume is in.'),
  customerId: str('Workspace (customer) the volume belongs to.'),
  generation: int('Change counter.'),
  initiators: arr('Host initiators the volume is exported to (none in the Sandbox).', obj('One initiator.', { id: str('Initiator id.'), name: str('Initiator name.') })),
  associatedLinks: arr('The storage system and volume set of the volume.', link),
  resourceUri: str('The API path of this volume.'),
  consoleUri: str('Where the volume opens in the console.'),
});

/** An audit event as an item of `GET /api/v1/audit-events`. */
export const auditEventSchema: Schema = obj('Something a user or the service did in Data Services.', {
  id: str('Event id.', { format: 'uuid' }),
  uniqueId: str('Id that stays unique across event sources.'),
  customerId: str('Workspace (customer) the event belongs to.'),
  code: str('What happened, e.g. `volume.create`.'),
  message: str('Human-readable description.'),
  state: oneOf('Outcome.', ['Success', 'Failure', 'PermissionDenied', 'Initiated']),
  permission: str('The permission the action needed.'),
  occurredAt: dateTime('When it happened (UTC).'),
  loggedAt: dateTime('When it was recorded (UTC).'),
  userEmail: str('Who did it.', { format: 'email' }),
  source: str('Where the request came from: a service name or an API path.'),
  sourceIpAddress: str('Client IP address.', { format: 'ipv4' }),
  associatedResource: obj('The resource acted on.', { id: str('Resource id.'), name: str('Resource name.'), type: str('Resource type.') }),
  contextId: str('Correlates events of one request.'),
  scope: str('Scope of the event; empty when workspace-wide.'),
  taskId: str('Id of the asynchronous task started, or empty.'),
  version: int('Version of the event format.'),
});
