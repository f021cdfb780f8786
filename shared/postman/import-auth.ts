/**
 * A Postman auth block (on the collection, a folder or a request) as Shoreline auth, with what it
 * implies: rows an API key adds below it, secrets withheld, offers, and findings. See
 * `postman-auth.ts` for the mapping in short.
 */
import type { RequestAuth } from '../model/request';
import type { AuthReading } from './postman-auth';
import type { AuthRow, ImportState } from './import-state';
import { isOnlyReference, referencedVariable } from './secrets';

/** What one level's auth became. */
export interface ScopeAuth {
  auth: RequestAuth;
  /** Rows every request under this level gets (an API key as a header or query parameter). */
  rows: AuthRow[];
}

/** Withholds a literal credential, or marks the variable it names as a secret. */
function withhold(state: ImportState, value: string, label: string, kind: 'password' | 'api-key' | 'token' | 'client-secret' | 'secret', where: string): string | undefined {
  if (value.trim() === '') return undefined;
  const variable = referencedVariable(value);
  if (variable) {
    // Being a client secret says the most (the connection offer asks for it); keep that.
    if (state.forcedSecrets.get(variable) !== 'client-secret') state.forcedSecrets.set(variable, kind);
    return undefined;
  }
  if (isOnlyReference(value)) return undefined;
  const name = `${label} in “${where}”`;
  state.secrets.add(name, kind, where, value);
  return name;
}

/** The Shoreline auth for one level (`scopeId`, shown as `path`). */
export function scopeAuth(reading: AuthReading, scopeId: string, path: readonly string[], state: ImportState): ScopeAuth {
  const where = path.length === 0 ? 'the collection' : (path[path.length - 1] as string);
  const inherit: ScopeAuth = { auth: { kind: 'inherit' }, rows: [] };
  const none: ScopeAuth = { auth: { kind: 'none' }, rows: [] };
  switch (reading.kind) {
    case 'inherit':
      return inherit;
    case 'none':
      return none;
    case 'bearer': {
      const variable = referencedVariable(reading.token);
      if (variable && state.offeredTokens.has(variable)) {
        state.applyTo.push(scopeId);
        return inherit;
      }
      if (variable) {
        state.note('info', `Postman sent "Bearer {{${variable}}}" here; Shoreline signs in with a connection instead (the one chosen here or by the active environment).`, path, scopeId);
        return inherit;
      }
      if (withhold(state, reading.token, 'bearer token', 'token', where)) {
        state.note('warning', 'A bearer token written into the file was withheld; Shoreline signs in here with a connection instead.', path, scopeId);
      }
      return inherit;
    }
    case 'basic':
      withhold(state, reading.password, 'password', 'password', where);
      state.note('warning', 'Postman used Basic sign-in (user name and password) here. Shoreline connections do not do Basic sign-in, so these requests are sent without sign-in; the password was not kept.', path, scopeId);
      return none;
    case 'apikey': {
      const withheld = withhold(state, reading.value, reading.key, 'api-key', where);
      const row = withheld
        ? { key: reading.key, value: '', enabled: false, description: 'API key withheld at import: Shoreline keeps secrets in the keychain, never in a collection.' }
        : { key: reading.key, value: reading.value, enabled: true };
      state.note('info', `Postman's API key auth here became a ${reading.in === 'query' ? 'query parameter' : 'header'} "${reading.key}" on each request below it.`, path, scopeId);
      return { auth: { kind: 'none' }, rows: [{ in: reading.in, row }] };
    }
    case 'oauth2': {
      withhold(state, reading.accessToken, 'access token', 'token', where);
      if (reading.grantType !== 'client_credentials') {
        state.note('warning', `Postman used OAuth 2.0 with the "${reading.grantType}" grant here; Shoreline connections use client credentials, so choose a connection for these requests.`, path, scopeId);
        return inherit;
      }
      const secretName = withhold(state, reading.clientSecret, 'client secret', 'client-secret', where);
      state.oauthOffers.push({ tokenUrl: reading.tokenUrl, clientId: reading.clientId, clientSecretVariable: referencedVariable(reading.clientSecret) ?? null, secretName: secretName ?? null, clientAuth: reading.clientAuth, scope: reading.scope, scopeId, where });
      return inherit;
    }
    case 'other':
      for (const [key, value] of reading.secrets) withhold(state, value, key, 'secret', where);
      state.note('warning', `Postman used "${reading.type}" auth here, which Shoreline cannot do; these requests are sent without sign-in and its secrets were not kept.`, path, scopeId);
      return none;
  }
}
