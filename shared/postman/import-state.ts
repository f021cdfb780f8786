/**
 * What an import keeps track of while it walks the file: ids, findings, withheld secrets, hints,
 * and the token variables a connection replaces. Also the row treatments every level shares:
 * placeholders emptied into hints, secret values withheld.
 */
import { collectionIdSchema } from '../model/collection';
import type { RequestRow } from '../model/request';
import type { ImportFinding } from './import-types';
import { hintDescription, placeholderOf, type PlaceholderHint } from './placeholders';
import { SecretBag, secretKindOfRow, secretKindOfVariable, type SecretKind } from './secrets';
import type { PostmanItem } from './postman-format';
import type { TokenRequest } from './token-requests';

/** A row an API-key auth adds to every request under it. */
export interface AuthRow {
  in: 'header' | 'query';
  row: RequestRow;
}

/** Where an offer found in an OAuth 2.0 auth block comes from, before it is resolved. */
export interface OAuthOfferDraft {
  tokenUrl: string;
  clientId: string;
  clientSecretVariable: string | null;
  /** The withheld secret holding a client secret written into the file. */
  secretName: string | null;
  clientAuth: 'body' | 'basic';
  scope: string;
  scopeId: string;
  where: string;
}

/** A random id in the collection id pattern (`r-3f9a1c2b`). */
function randomId(): string {
  const bytes = new Uint8Array(6);
  // Web Crypto is a global in Node 20 and in every window; shared/ declares neither, hence the cast.
  (globalThis as unknown as { crypto: { getRandomValues(array: Uint8Array): Uint8Array } }).crypto.getRandomValues(bytes);
  return `p-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The walk's state. */
export class ImportState {
  readonly findings: ImportFinding[] = [];
  readonly secrets = new SecretBag();
  readonly hints: PlaceholderHint[] = [];
  /** Variables that must be withheld whatever their name (used as a client secret, a password, a key). */
  readonly forcedSecrets = new Map<string, SecretKind>();
  /** Ids whose auth becomes the offered connection. */
  readonly applyTo: string[] = [];
  readonly oauthOffers: OAuthOfferDraft[] = [];
  private readonly usedIds = new Set<string>();

  constructor(
    /** The token requests a connection replaces, and the token variables they fill. */
    readonly tokenRequests: ReadonlyMap<PostmanItem, TokenRequest>,
    readonly offeredTokens: ReadonlySet<string>,
    private readonly makeId: () => string = randomId,
  ) {}

  /** The id to use: Postman's own when it fits and is free (so an export comes back with its ids), else a new one. */
  id(postmanId?: string | null): string {
    let id = postmanId && collectionIdSchema.safeParse(postmanId).success && !this.usedIds.has(postmanId) ? postmanId : this.makeId();
    while (this.usedIds.has(id)) id = this.makeId();
    this.usedIds.add(id);
    return id;
  }

  /** Records a finding at `path`. */
  note(severity: ImportFinding['severity'], message: string, path: readonly string[], itemId?: string): void {
    this.findings.push({ severity, message, location: path.join(' › '), ...(itemId !== undefined && { itemId }) });
  }

  /** A row with a placeholder value emptied into a hint. */
  placeholderRow<R extends { key: string; value: string; description?: string }>(row: R, itemId: string, where: PlaceholderHint['where']): R {
    const hint = placeholderOf(row.value);
    if (hint === undefined) return row;
    this.hints.push({ itemId, where, key: row.key, hint });
    return { ...row, value: '', description: hintDescription(hint, row.description) };
  }

  /** A query, header or form row with a literal credential withheld (its value emptied, the row turned off). */
  secretRow(row: RequestRow, where: string): RequestRow {
    const kind = secretKindOfRow(row.key, row.value);
    if (!kind) return row;
    const name = `${row.key} in “${where}”`;
    this.secrets.add(name, kind, where, row.value);
    return { ...row, value: '', enabled: false, description: withheldDescription(row.description) };
  }

  /** A variable row with a secret value withheld (kept with an empty value, so `{{name}}` is still known). */
  variableRow(row: RequestRow, where: string, postmanType?: string | null): RequestRow {
    const forced = this.forcedSecrets.get(row.key);
    const kind = forced && row.value.trim() !== '' && !/^\s*\{\{[^{}]+\}\}\s*$/.test(row.value) ? forced : secretKindOfVariable(row.key, row.value, postmanType);
    if (!kind) return row;
    this.secrets.add(row.key, kind, where, row.value);
    return { ...row, value: '', description: withheldDescription(row.description) };
  }
}

/** The description of a row whose secret was withheld. */
export function withheldDescription(description: string | undefined): string {
  const words = 'Secret withheld at import: Shoreline keeps secrets in the keychain, never in a collection.';
  return description === undefined || description === '' ? words : `${words} ${description}`;
}
