/** Deterministic words and sentences for the generated spec (same seed, same text, every run). */

/** A small seeded generator (mulberry32): enough for varied, repeatable text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const groups = [
  'storage', 'compute', 'network', 'backup', 'identity', 'billing', 'firmware', 'monitoring', 'virtualization', 'security',
  'inventory', 'licensing', 'audit', 'scheduling', 'replication', 'analytics', 'provisioning', 'support', 'catalog', 'telemetry',
];

export const nouns = [
  'volume', 'snapshot', 'host', 'host-group', 'pool', 'disk', 'controller', 'port', 'switch', 'server', 'cluster', 'node', 'policy',
  'schedule', 'alert', 'event', 'report', 'subscription', 'license', 'user', 'role', 'token', 'certificate', 'key', 'vault', 'site',
  'rack', 'enclosure', 'fan', 'power-supply', 'interface', 'vlan', 'subnet', 'gateway', 'route', 'firewall-rule', 'bucket', 'object',
  'replica', 'protection-group', 'recovery-point', 'job', 'task', 'workflow', 'template', 'image', 'datastore', 'network-adapter',
];

const adjectives = ['primary', 'secondary', 'archived', 'degraded', 'healthy', 'encrypted', 'shared', 'dedicated', 'remote', 'local', 'scheduled', 'pending'];
const verbs = ['returns', 'lists', 'updates', 'reports', 'describes', 'tracks', 'records', 'validates', 'applies', 'schedules'];
const objects = ['the current state', 'all attributes', 'the configuration', 'usage statistics', 'health details', 'capacity figures', 'related resources', 'audit information'];
const tails = [
  'The result is paginated with offset and limit.', 'Filtering uses the OData-like filter syntax described in the guide.',
  'Use select to return only the properties you need.', 'Requests are rate limited per workspace.',
  'Times are in UTC and formatted as RFC 3339.', 'Deleted items stay visible for 24 hours with state deleted.',
  'The caller needs the matching read permission.', 'Values change when the device reports a new inventory.',
];

/** Picks one item of `list`. */
export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** One sentence about `subject`. */
export function sentence(random: () => number, subject: string): string {
  return `This ${pick(random, verbs).replace(/s$/, '')} call ${pick(random, verbs)} ${pick(random, objects)} of each ${pick(random, adjectives)} ${subject}. ${pick(random, tails)}`;
}

/** `count` sentences about `subject` as a Markdown paragraph (with a list after every fourth sentence). */
export function paragraph(random: () => number, subject: string, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(sentence(random, subject));
    if (i % 4 === 3) parts.push(`\n\n- **${pick(random, adjectives)}**: ${pick(random, objects)}\n- **${pick(random, adjectives)}**: ${pick(random, objects)}\n\n`);
  }
  return parts.join(' ');
}

/** `storage-pool` → `StoragePool`. */
export const pascal = (name: string) => name.split(/[-_]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
/** `storage-pool` → `storagePool`. */
export const camel = (name: string) => pascal(name).charAt(0).toLowerCase() + pascal(name).slice(1);
