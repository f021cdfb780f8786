/**
 * The bytes of an OAuth2 client-credentials request (RFC 6749 §4.4). The client authenticates in the
 * form body or with HTTP Basic; for Basic, id and secret are form-urlencoded BEFORE base64 (§2.3.1),
 * so a secret containing `:` `+` `%` or `&` reaches the server intact.
 */
import type { ClientAuth } from '../../../shared/contract/connections';

/** What is needed to ask for a token, besides the secret. */
export interface ClientCredentials {
  tokenUrl: string;
  clientId: string;
  clientAuth: ClientAuth;
  scope?: string;
}

/** A ready-to-send token request. */
export interface TokenRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The exact strings that carry the secret on the wire, so errors can scrub them. */
  secretForms: string[];
}

/** `application/x-www-form-urlencoded` encoding of one value, by URLSearchParams itself. */
export function formEncodeValue(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

/** The `Authorization` value for HTTP Basic client authentication per RFC 6749 §2.3.1. */
export function basicAuthorization(clientId: string, secret: string): string {
  const pair = `${formEncodeValue(clientId)}:${formEncodeValue(secret)}`;
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}

/** Builds the token request for `credentials` and `secret`. */
export function buildTokenRequest(credentials: ClientCredentials, secret: string): TokenRequest {
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  const headers: Record<string, string> = {
    'Content-Type': 'application/x-www-form-urlencoded',
    Accept: 'application/json',
  };
  const secretForms = [secret];
  if (credentials.clientAuth === 'basic') {
    headers.Authorization = basicAuthorization(credentials.clientId, secret);
    secretForms.push(headers.Authorization.slice('Basic '.length));
  } else {
    form.set('client_id', credentials.clientId);
    form.set('client_secret', secret);
  }
  if (credentials.scope) form.set('scope', credentials.scope);
  return { url: credentials.tokenUrl, headers, body: form.toString(), secretForms };
}
