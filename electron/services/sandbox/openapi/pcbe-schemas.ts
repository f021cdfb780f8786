/**
 * The item schema of the Private Cloud Business Edition look-alike: a system software catalog as
 * `data/catalogs.ts` builds it. The tests hold every real response to it.
 */
import { arr, dateTime, int, obj, str, type Schema } from './schema-builders';

function release(what: string): Schema {
  return obj(`The ${what} in this release.`, {
    name: str('Product name.'),
    version: str('Version.'),
    releaseDate: str('Release date.', { format: 'date' }),
    releaseNotesUrl: str('Where the release notes are.', { format: 'uri' }),
  });
}

const cluster = obj('A hypervisor cluster of the system.', { hypervisorClusterId: str('Cluster id.', { format: 'uuid' }), hypervisorClusterName: str('Cluster name.') });

/** A catalog as an item of `GET /private-cloud-business/v1beta1/system-software-catalogs` and by id. */
export const catalogSchema: Schema = obj('A tested set of software versions a PCBE system can be updated to.', {
  id: str('Catalog id.', { format: 'uuid' }),
  name: str('Catalog name (its version).'),
  version: str('Catalog version, e.g. `3.10`.'),
  type: str('Always `private-cloud-business/system-software-catalog`.'),
  resourceUri: str('The API path of this catalog.'),
  customerId: str('Workspace (customer) id.'),
  generation: int('Change counter.'),
  createdAt: dateTime('When the catalog was published.'),
  updatedAt: dateTime('When it last changed.'),
  releaseDate: str('Release date.', { format: 'date' }),
  eula: str('The licence agreement of the release.', { format: 'uri' }),
  hypervisor: release('hypervisor'),
  hypervisorManager: release('hypervisor manager'),
  serverFirmware: release('server firmware'),
  storageConnectionManager: release('storage connection manager'),
  storageSoftware: release('storage software'),
  systemsWithUpdatePath: arr(
    'Systems that can be updated to this catalog.',
    obj('One system.', { id: str('System id.', { format: 'uuid' }), name: str('System name.'), hypervisorClusters: arr('Its clusters.', cluster) }),
  ),
});
