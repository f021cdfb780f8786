/** What a Postman import produces: the collection, what was held back, what is offered, and what was noticed. */
import type { Collection } from '../model/collection';
import type { PlaceholderHint } from './placeholders';
import type { WithheldSecret } from './secrets';

/** Something the import noticed, in words, with where it was (`Step1 › Generate AccessToken`). */
export interface ImportFinding {
  severity: 'warning' | 'info';
  message: string;
  /** The folder path and item name, or empty for the whole collection. */
  location: string;
  /** The collection item concerned, when there is one. */
  itemId?: string;
}

/**
 * A connection the import offers to create (client credentials). Accepting it means: create the
 * connection with this token URL, client id and client authentication, the secret asked for (or
 * taken from `withheld` under `secretName`), then set the auth of every id in `applyTo` to it.
 */
export interface ConnectionOffer {
  /** The token URL with collection variables filled in (`https://sso.common.cloud.hpe.com/as/token.oauth2`). */
  tokenUrl: string;
  /** The client id with variables filled in; empty when the file does not give one. */
  clientId: string;
  /** Where the client id and secret go: the form body, or an HTTP Basic header. */
  clientAuth: 'body' | 'basic';
  scope?: string;
  /** The variable the client id came from (`ClientId`), if it came from one. */
  clientIdVariable: string | null;
  /** The variable the client secret came from (`ClientSecret`), if it came from one. */
  clientSecretVariable: string | null;
  /** The variable the token was saved into and sent from (`BearerToken`), if any. */
  tokenVariable: string | null;
  /** The withheld secret holding the client secret from the file, when the file had one. */
  secretName: string | null;
  /** Variables still in `tokenUrl` or `clientId` because the collection does not define them. */
  unresolved: string[];
  /** Where it was found: a token request and its script (the GreenLake pattern), or an OAuth 2.0 auth block. */
  source: 'token-request' | 'oauth2-auth';
  /** The collection, folder and request ids whose auth becomes the connection on acceptance. */
  applyTo: string[];
  /** The token requests now marked "handled by the connection". */
  tokenRequests: string[];
  /** A name for the connection (the collection's name). */
  suggestedName: string;
}

/** Counts and names for the import report (the CLI prints these). */
export interface ImportReport {
  requests: number;
  folders: number;
  /** Variable rows of the collection, its folders and its requests. */
  variables: number;
  captures: number;
  scriptsNotRun: number;
  secretsWithheld: string[];
  connectionOffer: ConnectionOffer | null;
  warnings: ImportFinding[];
}

/** A finished import. Nothing here is saved yet: the caller saves `collection` and offers the rest. */
export interface PostmanImport {
  collection: Collection;
  report: ImportReport;
  /** Values kept out of the collection, only so the caller can offer to keep them in the keychain. */
  withheld: WithheldSecret[];
  /** Placeholders that were emptied, with their hints. */
  hints: PlaceholderHint[];
}

/** What the caller decides about an import. */
export interface PostmanImportOptions {
  /** A new id (collection, folder or request), matching the collection id pattern. Default: random. */
  newId?: () => string;
  /** The time stamped on the collection (ISO 8601). Default: now. */
  now?: string;
  /** The file's name, kept in the collection's origin. */
  fileName?: string;
}
