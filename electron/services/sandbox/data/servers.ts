/**
 * Forty Compute Ops Management servers, shaped like the COM spec's `server-v1beta2`. Every id is
 * `productId+serialNumber`, so each contains a `+` that clients must send as `%2B`.
 */
import { prngFor } from './prng';
import { dataEpochMs, sandboxTenant } from './tenant';

/** How many servers the Sandbox has. */
export const serverCount = 40;

interface ServerModel {
  model: string;
  productId: string;
  generation: string;
  bios: string;
  ilo: string;
}

const serverModels: readonly ServerModel[] = [
  { model: 'ProLiant DL380 Gen10', productId: 'P06760-B21', generation: 'GEN_10', bios: 'U30', ilo: 'iLO 5' },
  { model: 'ProLiant DL360 Gen10', productId: 'P07595-B21', generation: 'GEN_10', bios: 'U32', ilo: 'iLO 5' },
  { model: 'ProLiant DL360 Gen10 Plus', productId: 'P39368-B21', generation: 'GEN_10', bios: 'U46', ilo: 'iLO 5' },
  { model: 'ProLiant DL380 Gen11', productId: 'P52534-B21', generation: 'GEN_11', bios: 'U54', ilo: 'iLO 6' },
  { model: 'ProLiant DL325 Gen11', productId: 'P54199-B21', generation: 'GEN_11', bios: 'A56', ilo: 'iLO 6' },
  { model: 'Synergy 480 Gen10', productId: '875765-S01', generation: 'GEN_10', bios: 'I42', ilo: 'iLO 5' },
];
const healthStates = ['OK', 'OK', 'OK', 'OK', 'WARNING', 'CRITICAL'];
const powerStates = ['ON', 'ON', 'ON', 'OFF'];
const subscriptionStates = ['SUBSCRIBED', 'SUBSCRIBED', 'SUBSCRIBED', 'REQUIRED', 'EXPIRED'] as const;
const tiers = ['Standard', 'Enhanced', 'Advanced'];
const operatingSystems = [
  { osName: 'VMware ESXi', osVersion: '8.0.2', osDescription: 'VMware ESXi 8.0.2 build-22380479' },
  { osName: 'Red Hat Enterprise Linux', osVersion: '9.3', osDescription: 'Red Hat Enterprise Linux 9.3 (Plow)' },
  { osName: 'Microsoft Windows Server 2022 Datacenter', osVersion: '10.0.20348', osDescription: 'Windows Server 2022' },
];
const processors = ['Intel(R) Xeon(R) Silver 4114 CPU @ 2.20GHz', 'Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz', 'AMD EPYC 9354 32-Core Processor'];
const locations = ['San Jose', 'Houston', 'Galway', 'Sofia'];

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Builds server `index` as `/compute-ops-mgmt/v1beta2/servers` serves it. */
export function makeServer(index: number): Record<string, unknown> & { id: string } {
  const rng = prngFor('server', index);
  const model = serverModels[index % serverModels.length] as ServerModel;
  const serialNumber = `${rng.chars('0123456789', 1)}${rng.chars('MXCZ', 1)}${rng.chars('0123456789', 5)}${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 3)}`;
  const id = `${model.productId}+${serialNumber}`;
  const createdAt = dataEpochMs - rng.int(30, 700) * 86_400_000;
  const updatedAt = dataEpochMs - rng.int(0, 29) * 86_400_000 - rng.int(0, 86_399) * 1000;
  const subscriptionState = rng.pick(subscriptionStates);
  const connected = rng.chance(0.85);
  const summary = rng.pick(healthStates);
  const os = rng.pick(operatingSystems);
  const hostname = `esx-${String(index + 1).padStart(2, '0')}.lab.example.com`;
  return {
    id,
    type: 'compute-ops-mgmt/server',
    name: serialNumber,
    resourceUri: `/compute-ops-mgmt/v1beta2/servers/${id}`,
    generation: rng.int(1, 500),
    createdAt: iso(createdAt),
    updatedAt: iso(updatedAt),
    platformFamily: 'PROLIANT',
    serverGeneration: model.generation,
    biosFamily: model.bios,
    processorVendor: rng.pick(processors),
    autoIloFwUpdate: rng.chance(0.5),
    maintenanceMode: rng.chance(0.05),
    firmwareBundleUri: null,
    hardware: {
      serialNumber,
      productId: model.productId,
      model: model.model,
      platform: model.model,
      formFactor: model.model.startsWith('Synergy') ? 'Blade' : 'Rack',
      uuid: rng.uuid(),
      memoryMb: rng.pick([65_536, 131_072, 262_144, 524_288]),
      powerState: rng.pick(powerStates),
      indicatorLed: 'OFF',
      health: {
        summary,
        bios: 'OK',
        fans: summary === 'CRITICAL' ? 'CRITICAL' : 'OK',
        fanRedundancy: 'REDUNDANT',
        memory: summary === 'WARNING' ? 'WARNING' : 'OK',
        network: 'OK',
        powerSupplies: 'OK',
        powerSupplyRedundancy: 'REDUNDANT',
        processor: 'OK',
        storage: 'OK',
        temperature: 'OK',
      },
      bmc: {
        mac: Array.from({ length: 6 }, () => rng.hex(2)).join(':'),
        ip: `10.40.${rng.int(0, 255)}.${rng.int(2, 254)}`,
        hostname: `ilo-${serialNumber.toLowerCase()}.lab.example.com`,
        license: rng.pick(['iLO Advanced', 'iLO Standard']),
      },
    },
    host: { hostname, osName: os.osName, osVersion: os.osVersion, osDescription: os.osDescription, osType: null },
    state: {
      managed: true,
      connected,
      connectedModifiedAt: iso(updatedAt),
      subscriptionState,
      subscriptionTier: subscriptionState === 'SUBSCRIBED' ? rng.pick(tiers) : null,
      subscriptionExpiresAt: subscriptionState === 'REQUIRED' ? null : iso(dataEpochMs + rng.int(-30, 900) * 86_400_000),
    },
    firmwareInventory: [
      { name: model.ilo, version: model.ilo === 'iLO 6' ? '1.55' : '2.78', deviceContext: 'System Board' },
      { name: 'System ROM', version: `${model.bios} v2.${rng.int(10, 90)} (${rng.int(1, 12)}/2023)`, deviceContext: 'System Board' },
    ],
    softwareInventory: [],
    lastFirmwareUpdate: null,
    lastFullInventoryCollectionAt: iso(updatedAt),
    lastFullInventoryCollectionPowerState: 'ON',
    oneview: null,
    tags: { location: rng.pick(locations), owner: sandboxTenant.workspace.name },
  };
}

/** Every server. */
export function makeServers(): (Record<string, unknown> & { id: string })[] {
  return Array.from({ length: serverCount }, (_, i) => makeServer(i));
}
