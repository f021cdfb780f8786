/** Twelve DSCC storage systems, shaped like the DSCC spec's `storageSystemDetail`. */
import { prngFor } from './prng';
import { dataEpochMs, sandboxTenant } from './tenant';

/** How many storage systems the Sandbox has. */
export const storageSystemCount = 12;

interface Model {
  productFamily: string;
  model: string;
  tierType: string;
  softwareVersion: string;
  short: string;
}

const models: readonly Model[] = [
  { productFamily: 'deviceType1', model: 'HPE Alletra 9060', tierType: 'STORAGE_TIER_9000_NVME', softwareVersion: '9.5.3', short: 'a9060' },
  { productFamily: 'deviceType1', model: 'HPE Primera 650', tierType: 'STORAGE_TIER_MISSION_CRITICAL', softwareVersion: '4.5.11', short: 'p650' },
  { productFamily: 'deviceType2', model: 'HPE Alletra 6030', tierType: 'STORAGE_TIER_6000_NVME', softwareVersion: '6.1.2.200-1049213-opt', short: 'a6030' },
  { productFamily: 'deviceType2', model: 'HPE Nimble Storage HF20', tierType: 'STORAGE_TIER_NIMBLE_HYBRID', softwareVersion: '5.2.1.1100-1027043-opt', short: 'hf20' },
  { productFamily: 'deviceType4', model: 'HPE Alletra Storage MP B10000', tierType: 'STORAGE_TIER_10000_NVME', softwareVersion: '10.4.0', short: 'b10k' },
];
const sites = ['denver', 'austin', 'boblingen', 'galway', 'osaka', 'sydney'];
const linkTypes = ['controllers', 'shelves', 'disks', 'storage-ports', 'storage-pools', 'volume-sets', 'host-groups'];

/** One storage system as the detail endpoint returns it; the list drops `fqdn`, `consoleUri`, `requestUri`. */
export type StorageSystem = Record<string, unknown> & { id: string; name: string; productFamily: string; systemWWN: string };

/** The fields only `GET /api/v1/storage-systems/{id}` returns (the list's items are `storageSystemDetailList`). */
export const detailOnlyFields = ['fqdn', 'consoleUri', 'requestUri'] as const;

function serial(index: number): string {
  const rng = prngFor('storage-system-serial', index);
  return `${rng.int(1, 9)}${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${rng.int(100, 999)}${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${rng.int(100, 999)}`;
}

/** Builds storage system `index` (0-based). */
export function makeStorageSystem(index: number): StorageSystem {
  const rng = prngFor('storage-system', index);
  const model = models[index % models.length] as Model;
  const id = serial(index);
  const site = sites[index % sites.length] as string;
  const name = `${site}-${model.short}-${String(index + 1).padStart(2, '0')}`;
  const degraded = rng.chance(0.2);
  const connected = !rng.chance(0.1);
  const upSince = dataEpochMs - rng.int(5, 400) * 86_400_000;
  const resourceUri = `/api/v1/storage-systems/${id}`;
  return {
    id,
    name,
    description: `${model.model} in ${site}`,
    type: 'storage-system',
    productFamily: model.productFamily,
    model: model.model,
    softwareVersion: model.softwareVersion,
    tierType: model.tierType,
    state: degraded ? 'DEGRADED' : 'NORMAL',
    connectionStatus: connected ? 'CONNECTED' : 'DISCONNECTED',
    callhomeStatus: degraded ? 'ENABLED_DEGRADED' : 'ENABLED_NORMAL',
    collectionStatus: {
      overAllStatus: degraded ? 'DEGRADED' : 'NORMAL',
      configStatus: { status: 'NORMAL' },
      metricStatus: { status: degraded ? 'DEGRADED' : 'NORMAL' },
    },
    systemWWN: `2FF70002AC${rng.chars('0123456789ABCDEF', 6)}`,
    mgmtIp: `10.${20 + (index % 6)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    fqdn: `${name}.storage.example.com`,
    customerId: sandboxTenant.customerId,
    generation: rng.int(1, 90_000),
    upSince,
    lastConnectedTime: connected ? dataEpochMs - rng.int(1, 600) * 1000 : upSince,
    arrayList: model.productFamily === 'deviceType2' ? [{ name: `${name}-a`, model: model.model.split(' ').pop() ?? model.model }] : null,
    associatedLinks: linkTypes.map((type) => ({ type, resourceUri: `${resourceUri}/${type}` })),
    resourceUri,
    consoleUri: `/data-ops-manager/storage-systems/${model.productFamily}/${id}`,
    requestUri: resourceUri,
  };
}

/** Every storage system, in id order of creation. */
export function makeStorageSystems(): StorageSystem[] {
  return Array.from({ length: storageSystemCount }, (_, i) => makeStorageSystem(i));
}
