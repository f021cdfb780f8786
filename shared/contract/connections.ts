/**
 * Commands about connections (credentials and tokens). The renderer only ever sees references to
 * secrets: `hasSecret`, decoded claims, a connection id. `connections.copyToken` is the one command
 * that returns a raw token, and the UI calls it only when the user clicks Copy.
 */
import { z } from 'zod';
import { tokenUrlProblem } from '../auth/greenlake-endpoints';
import type { AppError } from '../errors';
import { command, event } from './define';

/** How a connection gets its tokens: by client credentials, or from a token pasted by hand. */
export const connectionKindSchema = z.enum(['client-credentials', 'pasted-token']);
/** A connection kind. */
export type ConnectionKind = z.infer<typeof connectionKindSchema>;

/** Where the client id and secret go in the token request: the form body, or an HTTP Basic header. */
export const clientAuthSchema = z.enum(['body', 'basic']);
/** A client-authentication mode. */
export type ClientAuth = z.infer<typeof clientAuthSchema>;

/**
 * A saved connection as it is stored and as the renderer sees it: never its secret. Reading is
 * forgiving where an older file may lack a field (each gets the value Shoreline 0.1 assumed).
 */
export const connectionSchema = z.object({
  id: z.string().min(1).max(256),
  name: z.string().min(1).max(200),
  kind: connectionKindSchema,
  /** The OAuth2 token endpoint; empty for a pasted token. */
  tokenUrl: z.string().max(2000).catch(''),
  /** The client id; for a pasted token, its `client_id` claim when it has one, else empty. */
  clientId: z.string().max(500).catch(''),
  clientAuth: clientAuthSchema.catch('body'),
  scope: z.string().min(1).max(1000).optional().catch(undefined),
  /** Built into the app (the Sandbox): cannot be edited or deleted. */
  builtIn: z.boolean().catch(false),
  /** True when a secret (or pasted token) is kept in the keychain for this connection. */
  hasSecret: z.boolean().catch(true),
  /** ISO 8601. */
  createdAt: z.string().max(64).catch(new Date(0).toISOString()),
});

/** A saved connection. */
export type Connection = z.infer<typeof connectionSchema>;

/** A JSON object decoded from a token (header or claims). */
export type TokenPart = Record<string, unknown>;

/** What the token panel shows. Times are epoch milliseconds, for a live countdown. */
export interface TokenStatus {
  state: 'none' | 'valid' | 'expired';
  expiresAt?: number;
  obtainedAt?: number;
  /** The JWT header (alg, kid…), decoded: never the raw token. */
  header?: TokenPart;
  /** The JWT claims (client_id, iss, aud, sub, exp, iat…), decoded: never the raw token. */
  claims?: TokenPart;
}

/** The result of `connections.test`: a fresh token's decoded status, or the error worded for the user. */
export type TokenTestOutcome = { ok: true; status: TokenStatus } | { ok: false; error: AppError };

/** A client id found in the environment (`CLIENTID`/`CLIENTSECRET`); the secret is never sent. */
export interface EnvOffer {
  clientId: string;
}

/** Payload of `connections.tokenChanged`. */
export interface TokenChanged {
  connectionId: string;
  status: TokenStatus;
  /** Set when getting a token failed. */
  error?: AppError;
}

const idSchema = z.string().min(1).max(100);
const nameSchema = z.string().trim().min(1, 'Give the connection a name.').max(100);
const clientIdSchema = z.string().trim().min(1, 'Enter the client ID.').max(500);
const scopeSchema = z.string().trim().max(1000);
/** A client secret or a pasted access token: trimmed, never empty, never huge. */
const secretSchema = z.string().trim().min(1, 'Enter the secret.').max(16_384);
const tokenUrlSchema = z
  .url({ protocol: /^https?$/, error: 'Enter the token URL, starting with https://' })
  .max(2000)
  .refine((url) => tokenUrlProblem(url) === undefined, { error: (issue) => tokenUrlProblem(String(issue.input)) });

const clientCredentialsFields = {
  tokenUrl: tokenUrlSchema,
  clientId: clientIdSchema,
  clientAuth: clientAuthSchema.default('body'),
  scope: scopeSchema.optional(),
};

/** Input of `connections.add`. For a pasted token, `secret` is the token itself. */
export const addConnectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('client-credentials'), name: nameSchema, ...clientCredentialsFields, secret: secretSchema }).strict(),
  z.object({ kind: z.literal('pasted-token'), name: nameSchema, secret: secretSchema }).strict(),
]);

/** Input of `connections.update`: absent fields are kept; `secret` absent keeps the stored one; `scope: null` clears it. */
export const updateConnectionSchema = z
  .object({
    id: idSchema,
    name: nameSchema.optional(),
    tokenUrl: tokenUrlSchema.optional(),
    clientId: clientIdSchema.optional(),
    clientAuth: clientAuthSchema.optional(),
    scope: scopeSchema.nullable().optional(),
    secret: secretSchema.optional(),
  })
  .strict();

/** Unsaved client credentials, for testing before saving. */
export const draftCredentialsSchema = z
  .object({ tokenUrl: tokenUrlSchema, clientId: clientIdSchema, clientAuth: clientAuthSchema.default('body'), scope: scopeSchema.optional(), secret: secretSchema })
  .strict();

const byConnection = z.object({ connectionId: idSchema }).strict();

/** The connections domain of the contract. */
export const connectionsCommands = {
  /** Every saved connection (no secrets). */
  'connections.list': command<Connection[]>()(z.object({}).strict()),
  /** One connection (no secret). */
  'connections.get': command<Connection>()(z.object({ id: idSchema }).strict()),
  /** Saves a connection; its secret goes to the keychain, or nothing is saved. */
  'connections.add': command<Connection>()(addConnectionSchema),
  /** Changes a connection; a new `secret` replaces the stored one ("reset client secret"). */
  'connections.update': command<Connection>()(updateConnectionSchema),
  /** Copies a connection, its keychain secret included. */
  'connections.duplicate': command<Connection>()(z.object({ id: idSchema, name: nameSchema.optional() }).strict()),
  /** Deletes a connection and its keychain entry. */
  'connections.delete': command<void>()(z.object({ id: idSchema }).strict()),
  /** The client id found in `CLIENTID`/`CLIENTSECRET`, or null. Never the secret. */
  'connections.envOffer': command<EnvOffer | null>()(z.object({}).strict()),
  /** Saves the environment's client id and secret as a connection (the secret goes straight to the keychain). */
  'connections.acceptEnvOffer': command<Connection>()(
    z
      .object({ name: nameSchema, tokenUrl: tokenUrlSchema, clientAuth: clientAuthSchema.default('body'), scope: scopeSchema.optional() })
      .strict(),
  ),
  /** The cached token's decoded state (never the token). */
  'connections.tokenStatus': command<TokenStatus>()(byConnection),
  /** Drops the cached token and gets a new one. */
  'connections.renewToken': command<TokenStatus>()(byConnection),
  /** The raw access token, for the Copy button only. */
  'connections.copyToken': command<{ accessToken: string }>()(byConnection),
  /** Gets a fresh token for a saved connection or unsaved credentials and reports what happened. */
  'connections.test': command<TokenTestOutcome>()(z.union([byConnection, draftCredentialsSchema])),
};

/** Events of the connections domain. */
export const connectionsEvents = {
  /** The list of connections changed. */
  'connections.changed': event<{ connections: Connection[] }>(),
  /** A connection's token was obtained, renewed, dropped, or could not be obtained. */
  'connections.tokenChanged': event<TokenChanged>(),
};

/** A connections event name. */
export type ConnectionsEventName = keyof typeof connectionsEvents;
/** The payload of a connections event. */
export type ConnectionsEventPayload<E extends ConnectionsEventName> = Exclude<(typeof connectionsEvents)[E]['payload'], undefined>;
/** How services announce connections events (the host's event bus fits). */
export type ConnectionsEmit = <E extends ConnectionsEventName>(name: E, payload: ConnectionsEventPayload<E>) => void;
