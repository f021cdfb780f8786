/**
 * The connection offered at import: from the GreenLake token pattern (a token request filling the
 * bearer variable) or, failing that, from an OAuth 2.0 client-credentials auth block. Variables are
 * filled in from the collection's own variables; one may hold host and path (`https://{{sso_URI}}`).
 */
import type { Collection, CollectionItem } from '../model/collection';
import { requestAddress } from '../model/request-url';
import { interpolate, variableNames } from '../model/variables';
import type { ImportState } from './import-state';
import type { ConnectionOffer } from './import-types';
import { textOf, type PostmanRow } from './postman-format';
import { importUrl } from './postman-url';
import { referencedVariable } from './secrets';
import type { TokenRequest } from './token-requests';

/** `text` with the collection's variables filled in (values that hold variables too, a few levels deep). */
function resolver(rows: readonly PostmanRow[]) {
  const values: Record<string, string> = {};
  for (const row of rows) if (row.disabled !== true) values[textOf(row.key ?? row.id)] = textOf(row.value);
  return (text: string): string => {
    let current = text;
    for (let round = 0; round < 5; round++) {
      const next = interpolate(current, values).text;
      if (next === current) break;
      current = next;
    }
    return current;
  };
}

/** Ids of the requests marked "handled by the connection", in order. */
function handledIds(items: readonly CollectionItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'folder' ? handledIds(item.items) : item.handledByConnection ? [item.id] : []));
}

/** The withheld secret with this name or value, if any. */
function secretNameOf(state: ImportState, variable: string | null, literal: string): string | null {
  const byName = variable === null ? undefined : state.secrets.withheld.find((w) => w.name === variable);
  const byValue = literal === '' || variable !== null ? undefined : state.secrets.withheld.find((w) => w.value === literal);
  return (byName ?? byValue)?.name ?? null;
}

/** The offer for this import, or null; adds a finding saying what is offered. */
export function buildOffer(tokenRequests: readonly TokenRequest[], variables: readonly PostmanRow[], state: ImportState, collection: Collection): ConnectionOffer | null {
  const resolve = resolver(variables);
  const unresolvedIn = (...texts: string[]) => [...new Set(texts.flatMap(variableNames))];
  const first = tokenRequests[0];
  let offer: ConnectionOffer | null = null;
  if (first && state.applyTo.length > 0) {
    const address = importUrl(first.url);
    const tokenUrl = resolve(requestAddress(address));
    const clientIdVariable = referencedVariable(first.clientId) ?? null;
    const clientSecretVariable = referencedVariable(first.clientSecret) ?? null;
    const clientId = resolve(first.clientId);
    offer = {
      tokenUrl,
      clientId: variableNames(clientId).length > 0 ? '' : clientId,
      clientAuth: first.clientAuth,
      ...(first.scope !== undefined && { scope: resolve(first.scope) }),
      clientIdVariable,
      clientSecretVariable,
      tokenVariable: first.tokenVariable,
      secretName: secretNameOf(state, clientSecretVariable, first.clientSecret),
      unresolved: unresolvedIn(tokenUrl, clientId),
      source: 'token-request',
      applyTo: [...state.applyTo],
      tokenRequests: handledIds(collection.items),
      suggestedName: collection.name,
    };
    const others = [...new Set(tokenRequests.map((t) => resolve(requestAddress(importUrl(t.url)))).filter((url) => url !== tokenUrl))];
    if (others.length > 0) state.note('info', `Other token requests in the file use ${others.join(', ')}; the connection offered uses ${tokenUrl}, which can be changed when accepting it.`, []);
  } else if (state.oauthOffers.length > 0) {
    const draft = state.oauthOffers[0]!;
    const tokenUrl = resolve(draft.tokenUrl);
    const clientId = resolve(draft.clientId);
    offer = {
      tokenUrl,
      clientId: variableNames(clientId).length > 0 ? '' : clientId,
      clientAuth: draft.clientAuth,
      ...(draft.scope !== '' && { scope: resolve(draft.scope) }),
      clientIdVariable: referencedVariable(draft.clientId) ?? null,
      clientSecretVariable: draft.clientSecretVariable,
      tokenVariable: null,
      secretName: draft.secretName ?? (draft.clientSecretVariable === null ? null : secretNameOf(state, draft.clientSecretVariable, '')),
      unresolved: unresolvedIn(tokenUrl, clientId),
      source: 'oauth2-auth',
      applyTo: [draft.scopeId],
      tokenRequests: [],
      suggestedName: collection.name,
    };
    for (const other of state.oauthOffers.slice(1)) state.note('warning', `“${other.where}” also uses OAuth 2.0 client credentials (${resolve(other.tokenUrl)}); only one connection is offered, so choose a connection there yourself.`, []);
  }
  if (offer) {
    const missing = offer.unresolved.length > 0 ? ` Fill in ${offer.unresolved.map((n) => `{{${n}}}`).join(', ')} when accepting it.` : '';
    state.note('info', `A connection is offered: client credentials from ${offer.tokenUrl}${offer.clientId ? ` for client ${offer.clientId}` : ''}; the secret is asked for and kept in the keychain.${missing}`, []);
  }
  return offer;
}
