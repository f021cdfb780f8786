/** 350 DSCC volumes spread over the storage systems, shaped like `fleetVolumeDetailsList`. */
import { prngFor } from './prng';
import type { StorageSystem } from './storage-systems';
import { sandboxTenant } from './tenant';

/** How many volumes the Sandbox has. */
export const volumeCount = 350;

const apps = ['finance', 'oracle', 'sql', 'vdi', 'exchange', 'backup', 'web', 'analytics', 'k8s', 'sap'];
const volumeTypes = ['VVTYPE_BASE', 'VVTYPE_SNAPSHOT'];
const subTypes = ['PROVTYPE_TPVV', 'PROVTYPE_DDS', 'PROVTYPE_FULL'];

/** Builds volume `index` on one of `systems`. */
export function makeVolume(index: number, systems: readonly StorageSystem[]): Record<string, unknown> {
  const rng = prngFor('volume', index);
  const system = rng.pick(systems);
  const app = rng.pick(apps);
  const id = rng.hex(32);
  const sizeMiB = rng.pick([1024, 2048, 4096, 10_240, 51_200, 102_400, 512_000, 1_048_576]);
  const usedSizeMiB = Math.round(sizeMiB * rng.next() * 100) / 100;
  const internal = rng.chance(0.05);
  const health = rng.chance(0.08) ? 'DEGRADED' : 'NORMAL';
  const volumeSetId = rng.hex(32);
  const path = `/api/v1/storage-systems/${system.productFamily.toLowerCase().replace('devicetype', 'device-type')}/${system.id}`;
  return {
    id,
    name: `${app}-vol-${String(index + 1).padStart(3, '0')}`,
    type: 'volume',
    systemId: system.id,
    productFamily: system.productFamily,
    sizeMiB,
    usedSizeMiB,
    usedCapacityPercent: Math.round((usedSizeMiB / sizeMiB) * 10_000) / 100,
    hostWrittenCapacityMiB: Math.round(usedSizeMiB * 1.2 * 100) / 100,
    spaceWarning: rng.pick([0, 80, 85, 90]),
    healthState: health,
    isInternal: internal,
    isSystemVolume: internal,
    thinSavings: `${rng.int(10, 40) / 10}:1`,
    volumeType: rng.chance(0.85) ? volumeTypes[0] : volumeTypes[1],
    subType: rng.pick(subTypes),
    wwn: `60002AC0000000000000${rng.chars('0123456789ABCDEF', 12)}`,
    volumeSetId,
    customerId: sandboxTenant.customerId,
    generation: rng.int(1, 90_000),
    initiators: [],
    associatedLinks: [
      { type: 'systems', resourceUri: system.resourceUri as string },
      { type: 'volume-sets', resourceUri: `${path}/volume-sets/${volumeSetId}` },
    ],
    resourceUri: `${path}/volumes/${id}`,
    consoleUri: `/data-ops-manager/storage-systems/${system.id}/volumes/${id}`,
  };
}

/** Every volume. */
export function makeVolumes(systems: readonly StorageSystem[]): Record<string, unknown>[] {
  return Array.from({ length: volumeCount }, (_, i) => makeVolume(i, systems));
}
