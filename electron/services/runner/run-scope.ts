/**
 * The scope of one run: every request resolves through `resolveScope` exactly as a send from a tab
 * does, with the run's overrides on top — an environment for every request (instead of what folders
 * choose), a connection for every request (instead of its auth), `--var` values — and the values
 * captured earlier in the run, which win over everything so they feed the requests after them.
 */
import type { Environment } from '../../../shared/contract/environments';
import type { RunCaptured } from '../../../shared/contract/runner';
import { ShorelineError, toAppError } from '../../../shared/errors';
import { readCapture, type CaptureOutcome } from '../../../shared/model/capture';
import type { Collection, CollectionItem } from '../../../shared/model/collection';
import { findItem } from '../../../shared/model/collection-tree';
import type { RequestRow } from '../../../shared/model/request';
import { resolveScope, variableValues, type ResolvedScope } from '../../../shared/model/resolve-scope';
import { isTokenName, secretKindOfName } from '../../../shared/postman/secrets';
import type { CaptureSink, ResolvedSendScope, SendScopeInput, SendScopeLookup } from '../http/token-source';

/** The overrides of a run. */
export interface RunOverrides {
  environmentId?: string | undefined;
  connectionId?: string | undefined;
  variables: readonly RequestRow[];
}

/** What the run scope reads. */
export interface RunScopeDependencies {
  collection: () => Collection;
  environments: () => readonly Environment[];
  /** The environment a send from the window would use when nothing chooses one (the active one). */
  activeEnvironmentId: () => string | undefined;
  globals: () => readonly RequestRow[];
  connectionExists: (id: string) => boolean;
  /** Saves a capture where the app would (the collection, the environment, the globals); throws when it cannot. */
  persist?: (outcome: CaptureOutcome & { value: string }, collectionId: string, environmentId: string | undefined) => void;
}

/** A collection (or folder) with every `environmentId` removed, so the run's environment applies everywhere. */
function withoutEnvironments(collection: Collection): Collection {
  const strip = (items: readonly CollectionItem[]): CollectionItem[] =>
    items.map((item) => {
      if (item.kind !== 'folder') return item;
      const { environmentId: _dropped, ...rest } = item;
      void _dropped;
      return { ...rest, items: strip(item.items) };
    });
  const { environmentId: _dropped, ...rest } = collection;
  void _dropped;
  return { ...rest, items: strip(collection.items) };
}

/** True for a variable whose value must not be shown: a token, a secret, a password. */
export function isSecretVariable(name: string): boolean {
  return isTokenName(name) || secretKindOfName(name) !== undefined;
}

/** What a step shows of its captures: values of secret-like names masked. */
export function shownCaptures(outcomes: readonly CaptureOutcome[] | undefined): RunCaptured[] {
  return (outcomes ?? []).map((o) => ({
    variable: o.variable,
    ...(o.value !== undefined && { value: isSecretVariable(o.variable) ? '••••••' : o.value }),
    ...(o.problem !== undefined && { problem: o.problem }),
  }));
}

/** The run's scope lookup and capture sink, and what was captured so far. */
export interface RunScope extends SendScopeLookup, CaptureSink {
  /** The full resolution for an item (the plan uses it to find unsafe requests and the Sandbox). */
  resolveItem(itemId: string): ResolvedScope;
  /** Values captured during the run, by name. */
  readonly captured: ReadonlyMap<string, string>;
}

/** Creates the scope of one run. */
export function createRunScope(deps: RunScopeDependencies, overrides: RunOverrides): RunScope {
  const captured = new Map<string, string>();
  const varOverrides = Object.fromEntries(overrides.variables.filter((row) => row.enabled && row.key.trim() !== '').map((row) => [row.key.trim(), row.value]));

  const resolveItem = (itemId: string): ResolvedScope => {
    const stored = deps.collection();
    const collection = overrides.environmentId === undefined ? stored : withoutEnvironments(stored);
    const place = findItem(stored, itemId);
    const own = place?.item.kind === 'request' ? place.item.request : undefined;
    const auth = overrides.connectionId !== undefined ? { kind: 'connection' as const, connectionId: overrides.connectionId } : (own?.auth ?? { kind: 'inherit' as const });
    return resolveScope({
      collection,
      itemId,
      request: { auth, variables: own?.variables ?? [] },
      environmentId: overrides.environmentId ?? deps.activeEnvironmentId(),
      environments: deps.environments().map((e) => ({ id: e.id, name: e.name, variables: e.variables, connectionId: e.connectionId })),
      globals: deps.globals(),
      connectionExists: deps.connectionExists,
    });
  };

  return {
    captured,
    resolveItem,
    resolve(input: SendScopeInput): ResolvedSendScope {
      const itemId = input.scope?.itemId;
      if (itemId === undefined) throw new ShorelineError('internal', 'A run sends saved requests only.');
      const resolved = resolveItem(itemId);
      if (resolved.problem) throw new ShorelineError('not_found', resolved.problem);
      return {
        ...(resolved.environment && { environmentId: resolved.environment.id }),
        ...(resolved.auth.kind === 'connection' && { connectionId: resolved.auth.connectionId }),
        variables: { ...variableValues(resolved), ...varOverrides, ...Object.fromEntries(captured) },
      };
    },
    apply(input, answer, environmentId) {
      const outcomes = (input.captures ?? [])
        .filter((capture) => capture.enabled)
        .map((capture): CaptureOutcome => {
          const outcome = readCapture(capture, answer);
          if (outcome.value === undefined) return outcome;
          const value = outcome.value;
          captured.set(capture.variable, value);
          if (!deps.persist || !input.scope) return outcome;
          try {
            deps.persist({ ...outcome, value }, input.scope.collectionId, environmentId);
            return outcome;
          } catch (error) {
            // Kept for the rest of the run all the same: the next requests still get it.
            return { ...outcome, problem: `Used for the rest of this run, but not saved: ${toAppError(error).message}` };
          }
        });
      return outcomes;
    },
  };
}
