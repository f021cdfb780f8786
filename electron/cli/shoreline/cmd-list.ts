/** `shoreline list collections|specs|connections|environments [--json]`. */
import { countItems } from '../../../shared/model/collection-tree';
import { parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import { table } from './io';
import type { CliServices } from './open-services';

const kinds = ['collections', 'specs', 'connections', 'environments'] as const;

/** Lists what the user-data folder holds; never a secret. */
export async function listCommand(argv: readonly string[], open: () => CliServices, io: CliIo): Promise<number> {
  const args = parseArgs(argv, { booleans: ['--json'] }, 'list');
  const what = args.positionals[0];
  if (args.positionals.length !== 1 || !kinds.includes(what as (typeof kinds)[number])) {
    throw new UsageError(`Say what to list: ${kinds.join(', ')}${what === undefined ? '' : ` (not “${args.positionals.join(' ')}”)`}.`, 'list');
  }
  const json = args.booleans.has('--json');
  const services = open();
  try {
    const print = (rows: Record<string, unknown>[], header: string[], cells: (row: Record<string, unknown>) => string[]) =>
      io.out(json ? `${JSON.stringify(rows, null, 2)}\n` : rows.length === 0 ? `No ${what}.\n` : table(header, rows.map(cells)));
    if (what === 'collections') {
      const rows = services.collections.list().collections.map((outline) => {
        const { folders } = countItems(services.collections.get(outline.id).items);
        return { id: outline.id, name: outline.name, requests: outline.requestCount, folders };
      });
      print(rows, ['NAME', 'ID', 'REQUESTS', 'FOLDERS'], (r) => [String(r.name), String(r.id), String(r.requests), String(r.folders)]);
    } else if (what === 'specs') {
      await services.specs.ready();
      const rows = services.specs.list().map((s) => ({ id: s.id, title: s.title, version: s.version, operations: s.operationCount }));
      print(rows, ['TITLE', 'ID', 'VERSION', 'OPERATIONS'], (r) => [String(r.title), String(r.id), String(r.version), String(r.operations)]);
    } else if (what === 'connections') {
      const rows = services.connections.list().map((c) => ({ id: c.id, name: c.name, kind: c.kind, tokenUrl: c.tokenUrl, clientId: c.clientId, clientAuth: c.clientAuth, hasSecret: c.hasSecret, builtIn: c.builtIn }));
      print(rows, ['NAME', 'ID', 'CLIENT ID', 'TOKEN URL'], (r) => [String(r.name), String(r.id), String(r.clientId), String(r.tokenUrl)]);
    } else {
      const active = services.environments.getActive()?.id;
      const connectionName = (id: string | undefined) => (id === undefined ? null : (services.connections.find(id)?.name ?? null));
      const rows = services.environments.list().map((e) => ({
        id: e.id,
        name: e.name,
        baseUrl: e.variables.baseUrl ?? null,
        connection: connectionName(e.connectionId),
        active: e.id === active,
        readOnly: e.readOnly,
        isSandbox: e.isSandbox,
      }));
      print(rows, ['NAME', 'ID', 'BASE URL', 'CONNECTION'], (r) => [`${String(r.name)}${r.active ? ' (active)' : ''}`, String(r.id), String(r.baseUrl ?? ''), String(r.connection ?? '')]);
    }
    return 0;
  } finally {
    await services.close();
  }
}
