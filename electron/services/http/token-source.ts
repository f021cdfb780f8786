/**
 * What the HTTP executor needs from the rest of main, as interfaces it owns: tokens (from the token
 * manager), environments and connection facts (from the connection store). Adapters in
 * create-services.ts plug the real services in; tests plug in fakes.
 */

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
