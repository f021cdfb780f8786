/** Eight PCBE system software catalogs, shaped like the PCBE spec's `SoftwareCatalog` and seed 004. */
import { prngFor } from './prng';
import { dataEpochMs, sandboxTenant } from './tenant';

/** How many catalogs the Sandbox has. */
export const catalogCount = 8;

interface Release {
  version: string;
  releaseDate: string;
  eula: string;
  hypervisor: [string, string, string];
  serverFirmware: [string, string];
  storageSoftware: [string, string];
}

const releases: readonly Release[] = [
  { version: '1.70', releaseDate: '2023-06-01', eula: 'juno-1100', hypervisor: ['ESXi 7.0U2 May 2021', '7.0.2-17867351', '2021-05-13'], serverFirmware: ['2022.09.1', '2022-09-28'], storageSoftware: ['5.2.1.1100-1027043', '2023-06-13'] },
  { version: '1.80', releaseDate: '2023-09-14', eula: 'juno-1100', hypervisor: ['ESXi 7.0U3 September 2022', '7.0.3-20328353', '2022-09-01'], serverFirmware: ['2023.03.0', '2023-03-21'], storageSoftware: ['6.0.0.300-1009185', '2023-08-30'] },
  { version: '2.10', releaseDate: '2023-12-05', eula: 'pebble-400', hypervisor: ['ESXi 8.0U1 April 2023', '8.0.1-21495797', '2023-04-18'], serverFirmware: ['2023.09.0', '2023-09-26'], storageSoftware: ['6.1.1.100-1020300', '2023-11-20'] },
  { version: '2.50', releaseDate: '2024-01-23', eula: 'pebble-400', hypervisor: ['ESXi 8.0U2 September 2023', '8.0.2-22380479', '2023-09-21'], serverFirmware: ['2023.09.0', '2023-09-26'], storageSoftware: ['6.1.2.200-1049213', '2024-01-10'] },
  { version: '2.98', releaseDate: '2024-03-05', eula: 'pebble-400', hypervisor: ['ESXi 8.0U2b February 2024', '8.0.2-23305546', '2024-02-29'], serverFirmware: ['2024.01.0', '2024-01-30'], storageSoftware: ['6.1.2.300-1060109', '2024-02-28'] },
  { version: '3.00', releaseDate: '2024-05-14', eula: 'pebble-400', hypervisor: ['ESXi 8.0U2c May 2024', '8.0.2-23825572', '2024-05-21'], serverFirmware: ['2024.04.0', '2024-04-23'], storageSoftware: ['6.1.2.400-1071235', '2024-05-02'] },
  { version: '3.10', releaseDate: '2024-08-20', eula: 'pebble-400', hypervisor: ['ESXi 8.0U3 June 2024', '8.0.3-24022510', '2024-06-25'], serverFirmware: ['2024.07.0', '2024-07-30'], storageSoftware: ['6.1.2.500-1083367', '2024-08-06'] },
  { version: '3.20', releaseDate: '2024-11-12', eula: 'pebble-400', hypervisor: ['ESXi 8.0U3b September 2024', '8.0.3-24280767', '2024-09-17'], serverFirmware: ['2024.09.0', '2024-09-24'], storageSoftware: ['6.1.2.600-1096021', '2024-10-29'] },
];

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Builds catalog `index`. */
export function makeCatalog(index: number): Record<string, unknown> {
  const rng = prngFor('catalog', index);
  const release = releases[index % releases.length] as Release;
  const id = rng.uuid();
  const createdAt = Date.parse(`${release.releaseDate}T00:00:00Z`) + rng.int(1, 20) * 86_400_000 + rng.int(0, 86_399) * 1000;
  const systems = Array.from({ length: rng.int(0, 2) }, (_, i) => ({
    id: rng.uuid(),
    name: `pcbe-system-${index + 1}-${i + 1}`,
    hypervisorClusters: [{ hypervisorClusterId: rng.uuid(), hypervisorClusterName: `cluster-${rng.int(1, 9)}` }],
  }));
  return {
    id,
    name: release.version,
    version: release.version,
    type: 'private-cloud-business/system-software-catalog',
    resourceUri: `/private-cloud-business/v1beta1/system-software-catalogs/${id}`,
    customerId: sandboxTenant.customerId,
    generation: rng.int(100_000, 3_200_000),
    createdAt: iso(createdAt),
    updatedAt: iso(Math.max(createdAt, dataEpochMs) + rng.int(0, 86_399) * 1000),
    releaseDate: release.releaseDate,
    eula: `https://update.example.com/catalog/download/eula-rel-${release.eula}.html`,
    hypervisor: {
      name: release.hypervisor[0],
      version: release.hypervisor[1],
      releaseDate: release.hypervisor[2],
      releaseNotesUrl: 'https://support.example.com/hypervisor-release-notes',
    },
    hypervisorManager: {
      name: 'VMware vCenter Server',
      version: release.hypervisor[1].startsWith('8') ? '8.0.2-22617221' : '7.0.3-20395099',
      releaseDate: release.hypervisor[2],
      releaseNotesUrl: 'https://support.example.com/vcenter-release-notes',
    },
    serverFirmware: {
      name: 'Service Pack for ProLiant',
      version: release.serverFirmware[0],
      releaseDate: release.serverFirmware[1],
      releaseNotesUrl: 'https://support.example.com/spp-release-notes',
    },
    storageConnectionManager: {
      name: 'Nimble Connection Manager',
      version: '7.0.1-700003',
      releaseDate: '2020-10-21',
      releaseNotesUrl: 'https://support.example.com/ncm-release-notes',
    },
    storageSoftware: {
      name: 'Nimble OS',
      version: release.storageSoftware[0],
      releaseDate: release.storageSoftware[1],
      releaseNotesUrl: 'https://support.example.com/nimbleos-release-notes',
    },
    systemsWithUpdatePath: systems,
  };
}

/** Every catalog. */
export function makeCatalogs(): Record<string, unknown>[] {
  return Array.from({ length: catalogCount }, (_, i) => makeCatalog(i));
}
