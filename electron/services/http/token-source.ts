/**
 * What the HTTP executor needs from the rest of main, as interfaces it owns: tokens (from the token
 * manager), environments and connection facts (from the connection store). Adapters in
 * create-services.ts plug the real services in; tests plug in fakes.
 */
import type { CaptureAnswer, CaptureOutcome } from '../../../shared/model/capture';
import type { Capture } from '../../../shared/model/request';

/**
 * Gives a bearer token for a connection. `withToken` calls `send` with a token; when `send` resolves
 * with status 401 it renews the token and calls `send` once more, then resolves with what `send`
 * returned last.
 */
export interface TokenSource {
  withToken<T>(connectionId: string, send: (token: string) => Promise<T & { status: number }>): Promise<T>;
}

/** An environment as the executor sees it. */
export interface ResolvedEnvironment {
  name: string;
  /** `{{baseUrl}}`; a variable of the same name wins. */
  baseUrl?: string;
  variables: Readonly<Record<string, string>>;
  /** The connection whose token is sent; none means requests go out without a token. */
  connectionId?: string;
  readOnly: boolean;
  isSandbox: boolean;
}

/** Finds environments by id. */
export interface EnvironmentLookup {
  get(id: string): ResolvedEnvironment | undefined;
}

/** The non-secret facts about a connection that "Copy as" needs. */
export interface ConnectionFacts {
  tokenUrl: string;
  clientAuth: 'body' | 'basic';
  scope?: string;
}

/** Finds connection facts by id. */
export interface ConnectionLookup {
  get(id: string): ConnectionFacts | undefined;
}

/** A send's scope once resolved (see `resolveScope`): the environment, connection and variables that apply. */
export interface ResolvedSendScope {
  /** The environment whose safety rules apply; undefined: none. */
  environmentId?: string;
  /** The connection whose token is added; undefined: no token. */
  connectionId?: string;
  /** Every variable in reach, the nearest winning. */
  variables: Record<string, string>;
}

/** What a send names that its scope is resolved from. */
export interface SendScopeInput {
  environmentId?: string | undefined;
  connectionId?: string | null | undefined;
  scope?: { collectionId: string; itemId: string } | undefined;
  variables?: readonly { key: string; value: string; enabled: boolean }[] | undefined;
}

/** Resolves the scope of a send: its collection and folders, the request's variables, the globals. */
export interface SendScopeLookup {
  resolve(input: SendScopeInput): ResolvedSendScope;
}

/** Runs a request's captures after a 2xx answer and says what each saved. */
export interface CaptureSink {
  apply(input: SendScopeInput & { captures?: readonly Capture[] | undefined }, answer: CaptureAnswer, environmentId: string | undefined): CaptureOutcome[];
}
