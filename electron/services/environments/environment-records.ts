/**
 * The `environments` document: every environment and which one is active. Version 1 (Shoreline 0.2)
 * wrapped 0.1's `{ environments, activeId }` in the store's envelope; entries that are not
 * environments are left out (and reported), and an active id that names none reads as none.
 */
import { z } from 'zod';
import { environmentSchema, type Environment } from '../../../shared/contract/environments';
import type { DocumentDefinition, DocumentStore } from '../store/document-store';
import { count, readableRecords } from '../store/salvage';

/** The persisted document. */
export interface EnvironmentsDocument {
  environments: Environment[];
  activeId: string | null;
}

/** An active id only when it names one of the environments. */
function checkedActive(document: { environments: Environment[]; activeId: string | null }): EnvironmentsDocument {
  const { environments, activeId } = document;
  return { environments, activeId: environments.some((e) => e.id === activeId) ? activeId : null };
}

/** The `environments.json` document. */
export const environmentsDocument: DocumentDefinition<EnvironmentsDocument> = {
  file: 'environments.json',
  label: 'your environments',
  schema: z.object({ environments: z.array(environmentSchema), activeId: z.string().nullable().catch(null) }).transform(checkedActive),
  migrations: [(v0) => v0],
  defaults: () => ({ environments: [], activeId: null }),
  salvage(data) {
    const raw = data as { environments?: unknown; activeId?: unknown } | null;
    const found = readableRecords(raw?.environments, environmentSchema);
    if (!found) return undefined;
    const activeId = typeof raw?.activeId === 'string' ? raw.activeId : null;
    return { value: checkedActive({ environments: found.kept, activeId }), lost: count(found.lost, ['environment', 'environments']) };
  },
};

/** Reads and changes the environments document. */
export interface EnvironmentRecords {
  read(): EnvironmentsDocument;
  /** Applies `change` to the newest document and saves it. */
  update(change: (current: EnvironmentsDocument) => EnvironmentsDocument): EnvironmentsDocument;
  /** Adds or replaces a built-in environment; in memory only when the file cannot be written. */
  putBuiltIn(environment: Environment): EnvironmentsDocument;
}

/** Opens the `environments` document in `store`. */
export function openEnvironmentRecords(store: DocumentStore): EnvironmentRecords {
  const document = store.open(environmentsDocument);
  // When the file cannot be read (so must not be written), the built-in Sandbox lives in memory only.
  const builtIns = new Map<string, Environment>();
  const read = (): EnvironmentsDocument => {
    const { environments, activeId } = document.get();
    return { environments: [...environments.filter((e) => !builtIns.has(e.id)), ...builtIns.values()], activeId };
  };
  const update = (change: (current: EnvironmentsDocument) => EnvironmentsDocument) => document.update(change);
  return {
    read,
    update,
    putBuiltIn(environment) {
      if (document.readOnlyReason) {
        builtIns.set(environment.id, environment);
        return read();
      }
      return update(({ environments, activeId }) => {
        const at = environments.findIndex((e) => e.id === environment.id);
        return { environments: at >= 0 ? environments.map((e, i) => (i === at ? environment : e)) : [...environments, environment], activeId };
      });
    },
  };
}
