/**
 * Environments: named variable sets (`{{baseUrl}}` and friends) linked to a connection, created from
 * the GreenLake presets or blank, and the one active environment, remembered across restarts.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { findEnvironmentPreset } from '../../../shared/auth/greenlake-endpoints';
import type { Environment, EnvironmentsEmit, environmentsCommands } from '../../../shared/contract/environments';
import { ShorelineError } from '../../../shared/errors';
import type { DocumentStore } from '../store/document-store';
import { openEnvironmentRecords, type EnvironmentsDocument } from './environment-records';

/** Input of {@link EnvironmentsService.create}. */
export type CreateEnvironmentInput = z.output<(typeof environmentsCommands)['environments.create']['input']>;
/** Input of {@link EnvironmentsService.update}. */
export type UpdateEnvironmentInput = z.output<(typeof environmentsCommands)['environments.update']['input']>;
/** An environment built into the app (the Sandbox); set by the app only. */
export type BuiltInEnvironment = Pick<Environment, 'id' | 'name' | 'variables' | 'connectionId' | 'isSandbox'> & { readOnly?: boolean };

/** Dependencies of {@link createEnvironmentsService}. */
export interface EnvironmentsServiceDependencies {
  stores: DocumentStore;
  emit?: EnvironmentsEmit;
  /** When given, a link to a connection that does not exist is refused. */
  connectionExists?: (connectionId: string) => boolean;
  /** Epoch milliseconds. */
  now?: () => number;
  newId?: () => string;
}

/** The environments service's public face. */
export interface EnvironmentsService {
  list(): Environment[];
  /** The environment, or `not_found`. */
  get(id: string): Environment;
  create(input: CreateEnvironmentInput): Environment;
  update(input: UpdateEnvironmentInput): Environment;
  duplicate(id: string, name?: string): Environment;
  delete(id: string): void;
  setActive(id: string | null): Environment | null;
  getActive(): Environment | null;
  /** Unlinks a deleted connection from every environment. */
  forgetConnection(connectionId: string): void;
  /** Adds or refreshes a built-in environment (the Sandbox). */
  ensureBuiltIn(environment: BuiltInEnvironment): Environment;
}

/** Creates the environments service. */
export function createEnvironmentsService(deps: EnvironmentsServiceDependencies): EnvironmentsService {
  const records = openEnvironmentRecords(deps.stores);
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? randomUUID;

  /** Saves a change made to the newest document (another process may have written meanwhile) and announces it. */
  const commit = (change: (current: EnvironmentsDocument) => EnvironmentsDocument): EnvironmentsDocument => {
    const next = records.update(change);
    deps.emit?.('environments.changed', { environments: [...next.environments], activeId: next.activeId });
    return next;
  };
  const get = (id: string): Environment => {
    const found = records.read().environments.find((e) => e.id === id);
    if (!found) throw new ShorelineError('not_found', 'This environment no longer exists.');
    return found;
  };
  const editable = (id: string): Environment => {
    const found = get(id);
    if (found.builtIn) {
      throw new ShorelineError('read_only', `"${found.name}" is built into Shoreline and cannot be changed. Duplicate it to make your own copy.`);
    }
    return found;
  };
  const checkConnection = (connectionId: string | null | undefined) => {
    if (connectionId && deps.connectionExists && !deps.connectionExists(connectionId)) {
      throw new ShorelineError('not_found', 'The chosen connection no longer exists.');
    }
  };
  const upsert = (environment: Environment): Environment => {
    commit(({ environments, activeId }) => {
      const at = environments.findIndex((e) => e.id === environment.id);
      return { environments: at >= 0 ? environments.map((e, i) => (i === at ? environment : e)) : [...environments, environment], activeId };
    });
    return environment;
  };

  return {
    list: () => records.read().environments,
    get,

    create(input) {
      checkConnection(input.connectionId);
      const preset = input.presetId === undefined ? undefined : findEnvironmentPreset(input.presetId);
      if (input.presetId !== undefined && !preset) throw new ShorelineError('not_found', `There is no built-in environment "${input.presetId}".`);
      return upsert({
        id: newId(),
        name: input.name ?? preset?.name ?? 'New environment',
        kind: preset?.product ?? input.kind ?? 'custom',
        ...(preset && { presetId: preset.id }),
        variables: { baseUrl: preset?.baseUrl ?? '', ...input.variables },
        ...(input.connectionId && { connectionId: input.connectionId }),
        readOnly: input.readOnly ?? false,
        isSandbox: false,
        builtIn: false,
        createdAt: new Date(now()).toISOString(),
      });
    },

    update(input) {
      const current = editable(input.id);
      checkConnection(input.connectionId);
      const next: Environment = {
        ...current,
        ...(input.name !== undefined && { name: input.name }),
        ...(input.variables !== undefined && { variables: { ...input.variables } }),
        ...(input.readOnly !== undefined && { readOnly: input.readOnly }),
      };
      if (input.connectionId === null) delete next.connectionId;
      else if (input.connectionId !== undefined) next.connectionId = input.connectionId;
      return upsert(next);
    },

    duplicate(id, name) {
      const source = get(id);
      const taken = new Set(records.read().environments.map((e) => e.name));
      let copyName = name ?? `${source.name} (copy)`;
      for (let n = 2; !name && taken.has(copyName); n++) copyName = `${source.name} (copy ${n})`;
      return upsert({ ...source, id: newId(), name: copyName, variables: { ...source.variables }, isSandbox: false, builtIn: false, createdAt: new Date(now()).toISOString() });
    },

    delete(id) {
      editable(id);
      commit(({ environments, activeId }) => ({ environments: environments.filter((e) => e.id !== id), activeId: activeId === id ? null : activeId }));
    },

    setActive(id) {
      const chosen = id === null ? null : get(id);
      commit((current) => ({ ...current, activeId: chosen?.id ?? null }));
      return chosen;
    },

    getActive() {
      const { environments, activeId } = records.read();
      return environments.find((e) => e.id === activeId) ?? null;
    },

    forgetConnection(connectionId) {
      if (!records.read().environments.some((e) => e.connectionId === connectionId)) return;
      const unlink = (e: Environment): Environment => {
        if (e.connectionId !== connectionId) return e;
        const copy = { ...e };
        delete copy.connectionId;
        return copy;
      };
      commit(({ environments, activeId }) => ({ environments: environments.map(unlink), activeId }));
    },

    ensureBuiltIn(environment) {
      const existing = records.read().environments.find((e) => e.id === environment.id);
      const record: Environment = {
        ...environment,
        kind: 'custom',
        readOnly: environment.readOnly ?? false,
        builtIn: true,
        createdAt: existing?.createdAt ?? new Date(now()).toISOString(),
      };
      const next = records.putBuiltIn(record);
      deps.emit?.('environments.changed', { environments: [...next.environments], activeId: next.activeId });
      return record;
    },
  };
}
