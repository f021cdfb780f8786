/**
 * The options `run` and `watch` share: `--environment`, `--connection` and `--var`, checked against
 * what the user-data folder holds (the Sandbox's built-ins are started on demand when named).
 */
import type { RequestRow } from '../../../shared/model/request';
import { parseVars, type ParsedArgs } from './args';
import { pickByName } from './names';
import type { CliServices } from './open-services';

/** The overrides a command line asked for, as ids. */
export interface ScopeOverrides {
  environmentId?: string;
  connectionId?: string;
  variables: RequestRow[];
}

/** Finds an environment or connection, starting the Sandbox first when it is one of its built-ins not yet made. */
async function find<T extends { id: string; name: string }>(services: CliServices, list: () => T[], wanted: string, what: string, command: string): Promise<T> {
  try {
    return pickByName(list(), wanted, what, 'here', command);
  } catch (error) {
    if (!/sandbox/i.test(wanted)) throw error;
    await services.sandbox.join();
    return pickByName(list(), wanted, what, 'here', command);
  }
}

/** Reads `--environment`, `--connection` and `--var`. */
export async function scopeOverrides(args: ParsedArgs, services: CliServices, command: string): Promise<ScopeOverrides> {
  const variables = parseVars(args.repeated.get('--var') ?? [], command);
  const environmentName = args.values.get('--environment');
  const connectionName = args.values.get('--connection');
  const environment = environmentName === undefined ? undefined : await find(services, () => services.environments.list(), environmentName, 'environment', command);
  const connection = connectionName === undefined ? undefined : await find(services, () => services.connections.list(), connectionName, 'connection', command);
  return { ...(environment && { environmentId: environment.id }), ...(connection && { connectionId: connection.id }), variables };
}

/** The flags of the shared options. */
export const scopeFlags = { values: ['--environment', '--connection'], repeated: ['--var'] } as const;
