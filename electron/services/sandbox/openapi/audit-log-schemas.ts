/**
 * Item schemas of the GreenLake audit log look-alike: the v1 and v2beta1 shapes that
 * `data/platform-audit-logs.ts` renders one record in. The tests hold every real response to them.
 */
import { bool, dateTime, int, obj, str, type Schema } from './schema-builders';

const optionalDetails = ['serverName', 'serverSerial', 'serverProductId', 'deviceType'];

function details(description: string, withIp: boolean): Schema {
  const properties = {
    ...(withIp ? { ipAddress: str('Client IP address.', { format: 'ipv4' }) } : {}),
    serverName: str('Name of the device the entry is about.'),
    serverSerial: str('Serial number of that device.'),
    serverProductId: str('Product number of that device.'),
    deviceType: str('Kind of device, e.g. `COMPUTE` or `STORAGE`.'),
  };
  return { ...obj(description, properties, optionalDetails), additionalProperties: { type: 'string' } };
}

/** An entry as an item of `GET /audit-log/v1/logs`. */
export const auditLogV1Schema: Schema = obj('One audit log entry (v1 shape).', {
  id: str('Entry id.', { format: 'uuid' }),
  type: str('Always `/audit-log/logs`.'),
  application: obj('The service the entry comes from.', { id: str('Service id.', { format: 'uuid' }) }),
  region: str('Region of that service.'),
  user: obj('Who acted.', { username: str('Email of the user.', { format: 'email' }) }),
  category: str('Area of the platform, e.g. `User Management`.'),
  description: str('What happened.'),
  workspace: obj('The workspace.', { id: str('Workspace id (32 hex digits).'), workspaceName: str('Workspace name.') }),
  createdAt: dateTime('When it happened (UTC, microseconds).'),
  updatedAt: dateTime('When the entry last changed.'),
  generation: int('Change counter.'),
  additionalInfo: details('The client IP address, and device details when `hasDetails` is true.', true),
  hasDetails: bool('True when `additionalInfo` carries device details.'),
});

/** An entry as an item of `GET /audit-log/v2beta1/logs` and as `GET …/logs/{id}` returns it. */
export const auditLogSchema: Schema = obj(
  'One audit log entry.',
  {
    id: str('Entry id.', { format: 'uuid' }),
    type: str('Always `/audit-log/log`.'),
    category: str('Area of the platform, e.g. `User Management`.'),
    createdAt: dateTime('When it happened (UTC).'),
    description: str('What happened.'),
    hasDetails: bool('True when `additionalInfo` is present.'),
    ipAddress: str('Client IP address.', { format: 'ipv4' }),
    username: str('Email of the user.', { format: 'email' }),
    serviceOffer: obj('The service the entry comes from.', {
      id: str('Service id.', { format: 'uuid' }),
      name: str('Service name.'),
      region: str('Region of the service.'),
    }),
    workspace: obj('The workspace.', { id: str('Workspace id.', { format: 'uuid' }), name: str('Workspace name.'), type: str('Workspace type, e.g. `STANDALONE`.') }),
    additionalInfo: details('Device details; present only when `hasDetails` is true.', false),
  },
  ['additionalInfo'],
);
