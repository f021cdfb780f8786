/**
 * The `environments` store document: every environment and which one is active. Records read back
 * are checked, so a hand-edited or damaged entry is skipped rather than crashing the app.
 */
import type { Environment, EnvironmentKind } from '../../../shared/contract/environments';
import type { StoreOpener } from '../store/json-store';

/** The persisted document. */
export interface EnvironmentsDocument {
  environments: Environment[];
  activeId: string | null;
}

const kinds: readonly EnvironmentKind[] = ['dscc', 'com', 'greenlake', 'spec', 'custom'];

function readVariables(raw: unknown): Record<string, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The environment if `raw` has the shape of one, else undefined. Only known fields are kept. */
export function readEnvironment(raw: unknown): Environment | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const id = text(r.id);
  const name = text(r.name);
  if (!id || !name) return undefined;
  const presetId = text(r.presetId);
  const connectionId = text(r.connectionId);
  return {
    id,
    name,
    kind: kinds.find((k) => k === r.kind) ?? 'custom',
    ...(presetId && { presetId }),
    variables: readVariables(r.variables),
    ...(connectionId && { connectionId }),
    readOnly: r.readOnly === true,
    isSandbox: r.isSandbox === true,
    builtIn: r.builtIn === true,
    createdAt: text(r.createdAt) ?? new Date(0).toISOString(),
  };
}

/** Reads and writes the environments document. */
export interface EnvironmentRecords {
  read(): EnvironmentsDocument;
  write(document: EnvironmentsDocument): void;
}

/** Opens the `environments` document through `stores`. */
export function openEnvironmentRecords(stores: StoreOpener): EnvironmentRecords {
  const store = stores.open<EnvironmentsDocument>('environments', { environments: [], activeId: null });
  return {
    read() {
      const raw = store.get();
      const environments = Array.isArray(raw.environments) ? raw.environments.flatMap((e) => readEnvironment(e) ?? []) : [];
      const activeId = environments.some((e) => e.id === raw.activeId) ? (raw.activeId as string) : null;
      return { environments, activeId };
    },
    write: (document) => store.set(document),
  };
}
