/**
 * The item schema of the Compute Ops Management look-alike: a server as `data/servers.ts` builds
 * it. Both server paths return this shape (the older path differs only in `type` and
 * `resourceUri`). The tests hold every real response to it.
 */
import { arr, bool, dateTime, int, nullable, obj, oneOf, str, type Schema } from './schema-builders';

const health = oneOf('OK, WARNING or CRITICAL.', ['OK', 'WARNING', 'CRITICAL']);
const redundancy = oneOf('Whether a spare is available.', ['REDUNDANT', 'NOT_REDUNDANT']);

const hardware = obj('What the server is made of, as its management processor reports it.', {
  serialNumber: str('Serial number.'),
  productId: str('HPE product number.'),
  model: str('Model name.'),
  platform: str('Platform name.'),
  formFactor: oneOf('Rack or blade.', ['Rack', 'Blade']),
  uuid: str('System UUID.', { format: 'uuid' }),
  memoryMb: int('Installed memory, in MB.'),
  powerState: oneOf('Power state.', ['ON', 'OFF']),
  indicatorLed: oneOf('Locator light.', ['ON', 'OFF']),
  health: obj('Health of each subsystem, with a summary.', {
    summary: health,
    bios: health,
    fans: health,
    fanRedundancy: redundancy,
    memory: health,
    network: health,
    powerSupplies: health,
    powerSupplyRedundancy: redundancy,
    processor: health,
    storage: health,
    temperature: health,
  }),
  bmc: obj('The management processor (iLO).', {
    mac: str('MAC address.'),
    ip: str('IP address.', { format: 'ipv4' }),
    hostname: str('Host name.'),
    license: str('iLO licence.'),
  }),
});

const host = obj('The operating system, as last reported.', {
  hostname: str('Host name.'),
  osName: str('Operating system name.'),
  osVersion: str('Operating system version.'),
  osDescription: str('Operating system description.'),
  osType: nullable(int('Numeric operating system type; null when unknown.')),
});

const state = obj('Management and subscription state.', {
  managed: bool('True when Compute Ops Management manages the server.'),
  connected: bool('True when the server is connected.'),
  connectedModifiedAt: dateTime('When `connected` last changed.'),
  subscriptionState: oneOf('Subscription state.', ['SUBSCRIBED', 'REQUIRED', 'EXPIRED']),
  subscriptionTier: nullable(oneOf('Subscription tier; null without a subscription.', ['Standard', 'Enhanced', 'Advanced'])),
  subscriptionExpiresAt: nullable(dateTime('When the subscription ends; null when none is required.')),
});

const component = obj('One firmware component.', { name: str('Component name.'), version: str('Installed version.'), deviceContext: str('Where it is installed.') });

/** A server as an item of `GET /compute-ops-mgmt/v1beta2/servers` and as `GET …/servers/{id}` returns it. */
export const serverSchema: Schema = obj('A server managed by Compute Ops Management.', {
  id: str('Product id and serial number joined by `+`; send the `+` as `%2B` in a path.'),
  type: oneOf('Resource type (the older path says `compute-ops/server`).', ['compute-ops-mgmt/server', 'compute-ops/server']),
  name: str('Server name (its serial number).'),
  resourceUri: str('The API path of this server.'),
  generation: int('Change counter.'),
  createdAt: dateTime('When the server was added.'),
  updatedAt: dateTime('When the record last changed.'),
  platformFamily: str('Platform family, e.g. `PROLIANT`.'),
  serverGeneration: oneOf('Hardware generation.', ['GEN_10', 'GEN_11']),
  biosFamily: str('BIOS family, e.g. `U30`.'),
  processorVendor: str('Processor model string.'),
  autoIloFwUpdate: bool('True when iLO firmware updates itself.'),
  maintenanceMode: bool('True while the server is in maintenance mode.'),
  firmwareBundleUri: nullable(str('The firmware baseline assigned; null when none.')),
  hardware,
  host,
  state,
  firmwareInventory: arr('Installed firmware.', component),
  softwareInventory: arr('Installed software (empty in the Sandbox).', obj('One software package.', { name: str('Package name.'), version: str('Installed version.') })),
  lastFirmwareUpdate: nullable(obj('The last firmware update job; null when none ran.', {})),
  lastFullInventoryCollectionAt: dateTime('When the full inventory was last collected.'),
  lastFullInventoryCollectionPowerState: oneOf('Power state during that collection.', ['ON', 'OFF']),
  oneview: nullable(obj('The OneView appliance managing the server; null when none does.', {})),
  tags: obj('Labels on the server.', { location: str('Site of the server.'), owner: str('Who owns it.') }),
});
