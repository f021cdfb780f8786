/**
 * Postman auth blocks read into what Shoreline can do with them. Shoreline's auth is a connection
 * (OAuth2 client credentials, its secret in the keychain), "inherit" or "none", so a bearer token
 * becomes "inherit" (a connection is offered when the file shows where the token comes from), an
 * OAuth2 client-credentials block becomes a connection offer, an API key becomes a header or query
 * row, and Basic and the rest send nothing, each with its secrets withheld.
 */
import { textOf, type PostmanAuth } from './postman-format';

/** An auth block read. */
export type AuthReading =
  | { kind: 'inherit' }
  | { kind: 'none' }
  | { kind: 'bearer'; token: string }
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'apikey'; key: string; value: string; in: 'header' | 'query' }
  | { kind: 'oauth2'; grantType: string; tokenUrl: string; clientId: string; clientSecret: string; scope: string; clientAuth: 'body' | 'basic'; accessToken: string }
  | { kind: 'other'; type: string; secrets: [string, string][] };

/** The attributes of an auth block, as a v2.1 list of `{ key, value }` or a v2.0 object. */
export function authAttributes(auth: PostmanAuth): Map<string, string> {
  const raw = (auth as Record<string, unknown>)[auth.type];
  const attributes = new Map<string, string>();
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      if (typeof entry === 'object' && entry !== null && 'key' in entry) attributes.set(textOf((entry as { key: unknown }).key), textOf((entry as { value?: unknown }).value));
    }
  } else if (typeof raw === 'object' && raw !== null) {
    for (const [key, value] of Object.entries(raw)) attributes.set(key, textOf(value));
  }
  return attributes;
}

/** Attribute names that hold credentials in auth types Shoreline cannot use. */
const secretAttributes = /secret|password|token|key|signature/i;

/** Reads an auth block (absent or `null`: inherit). */
export function readAuth(auth: PostmanAuth | null | undefined): AuthReading {
  if (!auth) return { kind: 'inherit' };
  const a = authAttributes(auth);
  const get = (key: string) => a.get(key) ?? '';
  switch (auth.type) {
    case 'inherit':
      return { kind: 'inherit' };
    case 'noauth':
      return { kind: 'none' };
    case 'bearer':
      return { kind: 'bearer', token: get('token') };
    case 'basic':
      return { kind: 'basic', username: get('username'), password: get('password') };
    case 'apikey':
      return { kind: 'apikey', key: get('key') || 'X-API-Key', value: get('value'), in: get('in') === 'query' ? 'query' : 'header' };
    case 'oauth2':
      return {
        kind: 'oauth2',
        grantType: get('grant_type') || 'authorization_code',
        tokenUrl: get('accessTokenUrl'),
        clientId: get('clientId'),
        clientSecret: get('clientSecret'),
        scope: get('scope'),
        clientAuth: get('client_authentication') === 'body' ? 'body' : 'basic',
        accessToken: get('accessToken'),
      };
    default:
      return { kind: 'other', type: auth.type, secrets: [...a].filter(([k, v]) => secretAttributes.test(k) && v !== '') };
  }
}
