/** DSCC audit events (`GET /api/v1/audit-events`), shaped like the DSCC spec's `AuditData` and seed 001. */
import { prngFor } from './prng';
import { sandboxTenant } from './tenant';

interface EventKind {
  code: string;
  permission: string;
  resourceType: string;
  message: (name: string) => string;
  state: 'Success' | 'Failure' | 'PermissionDenied' | 'Initiated';
}

const kinds: readonly EventKind[] = [
  { code: 'volume.create', permission: 'data-services.volume.create', resourceType: 'volume', message: (n) => `Volume ${n} created`, state: 'Success' },
  { code: 'volume.update', permission: 'data-services.volume.update', resourceType: 'volume', message: (n) => `Volume ${n} resized`, state: 'Success' },
  { code: 'volume.delete', permission: 'data-services.volume.delete', resourceType: 'volume', message: (n) => `Volume ${n} deleted`, state: 'Initiated' },
  { code: 'host-group.update', permission: 'data-services.host-group.update', resourceType: 'host-group', message: (n) => `Host group ${n} updated`, state: 'Success' },
  { code: 'storage-system.update', permission: 'data-services.storage-system.update', resourceType: 'storage-system', message: (n) => `Storage system ${n} settings changed`, state: 'Failure' },
  { code: 'snapshot.create', permission: 'data-services.snapshot.create', resourceType: 'snapshot', message: (n) => `Snapshot of ${n} created`, state: 'Success' },
  { code: 'Unauthorized privilege', permission: 'data-services.host-initiator.read', resourceType: '', message: () => 'Unauthorized user access', state: 'PermissionDenied' },
  { code: 'Unauthorized privilege', permission: 'data-services.volume.read', resourceType: '', message: () => 'Unauthorized user access', state: 'PermissionDenied' },
];

const sources = ['/api/v1/volumes', '/api/v1/host-groups', '/api/v1/storage-systems', '/api/v1/host-initiators', '/api/v1/snapshots'];

/** Builds audit event `index`, which occurred at `atMs`. */
export function makeDsccAuditEvent(index: number, atMs: number): Record<string, unknown> {
  const rng = prngFor('dscc-audit-event', index);
  const kind = rng.pick(kinds);
  const resourceName = `${rng.pick(['finance', 'oracle', 'vdi', 'sql', 'k8s'])}-${kind.resourceType || 'resource'}-${rng.int(1, 99)}`;
  const resourceId = rng.hex(32);
  const source = rng.pick(sources);
  const at = new Date(atMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    id: rng.uuid(),
    uniqueId: `audit.events+${index % 8}+${3000 + index}`,
    customerId: sandboxTenant.customerId,
    code: kind.code,
    message: kind.message(resourceName),
    state: kind.state,
    permission: kind.permission,
    occurredAt: at,
    loggedAt: at,
    userEmail: rng.pick(sandboxTenant.users),
    source: kind.state === 'PermissionDenied' ? source : 'data-services',
    sourceIpAddress: rng.pick(sandboxTenant.ipAddresses),
    associatedResource: kind.resourceType
      ? { id: resourceId, name: resourceName, type: kind.resourceType }
      : { id: source, name: '', type: '' },
    contextId: rng.hex(16),
    scope: '',
    taskId: kind.state === 'Initiated' ? rng.uuid() : '',
    version: 1,
  };
}
