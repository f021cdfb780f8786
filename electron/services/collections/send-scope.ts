/**
 * The HTTP executor's view of collections: every send is resolved through `resolveScope` (its
 * collection and folders when it is a saved request, its own variables, the environment and the
 * globals), and a request's captures write what they read from a 2xx answer into the collection,
 * the environment or the globals.
 */
import type { Environment } from '../../../shared/contract/environments';
import { ShorelineError, toAppError } from '../../../shared/errors';
import { readCapture, type CaptureOutcome } from '../../../shared/model/capture';
import type { RequestAuth } from '../../../shared/model/request';
import { resolveScope, variableValues, type ScopeEnvironment } from '../../../shared/model/resolve-scope';
import type { CaptureSink, SendScopeInput, SendScopeLookup } from '../http/token-source';
import type { CollectionsService } from './collections-service';

/** What the send scope needs. */
export interface SendScopeDependencies {
  collections: CollectionsService;
  environments: () => readonly Environment[];
  connectionExists: (id: string) => boolean;
  /** Sets one variable of an environment (refused for a built-in one, in words). */
  setEnvironmentVariable: (environmentId: string, name: string, value: string) => void;
}

/** A send's own auth choice as the request model says it: `connectionId` undefined inherits, null sends none. */
function authOf(connectionId: string | null | undefined): RequestAuth {
  if (connectionId === undefined) return { kind: 'inherit' };
  return connectionId === null ? { kind: 'none' } : { kind: 'connection', connectionId };
}

/** An outcome that saved nothing, and why. */
function failed(outcome: CaptureOutcome, problem: string): CaptureOutcome {
  return { variable: outcome.variable, scope: outcome.scope, problem };
}

const asScopeEnvironment = (e: Environment): ScopeEnvironment => ({ id: e.id, name: e.name, variables: e.variables, connectionId: e.connectionId });

/** Creates the scope lookup and the capture sink the HTTP executor uses. */
export function createSendScope(deps: SendScopeDependencies): SendScopeLookup & CaptureSink {
  return {
    resolve(input: SendScopeInput) {
      const collection = input.scope ? deps.collections.get(input.scope.collectionId) : undefined;
      const resolved = resolveScope({
        collection,
        itemId: input.scope?.itemId,
        request: { auth: authOf(input.connectionId), variables: input.variables ?? [] },
        environmentId: input.environmentId ?? null,
        environments: deps.environments().map(asScopeEnvironment),
        globals: deps.collections.globals(),
        connectionExists: deps.connectionExists,
      });
      if (resolved.problem) throw new ShorelineError('not_found', resolved.problem);
      return {
        ...(resolved.environment && { environmentId: resolved.environment.id }),
        ...(resolved.auth.kind === 'connection' && { connectionId: resolved.auth.connectionId }),
        variables: variableValues(resolved),
      };
    },

    apply(input, answer, environmentId) {
      return (input.captures ?? [])
        .filter((capture) => capture.enabled)
        .map((capture) => {
          const outcome = readCapture(capture, answer);
          if (outcome.value === undefined) return outcome;
          try {
            if (capture.scope === 'global') deps.collections.setGlobal(capture.variable, outcome.value);
            else if (capture.scope === 'collection') {
              if (!input.scope) return failed(outcome, 'This request is not saved in a collection, so there is no collection variable to set.');
              deps.collections.setVariable(input.scope.collectionId, capture.variable, outcome.value);
            } else {
              if (environmentId === undefined) return failed(outcome, 'No environment applies to this request, so there is no environment variable to set.');
              deps.setEnvironmentVariable(environmentId, capture.variable, outcome.value);
            }
            return outcome;
          } catch (error) {
            return failed(outcome, toAppError(error).message);
          }
        });
    },
  };
}
