/**
 * Which values of a Postman file are secrets Shoreline keeps out of a collection: values of
 * variables named like secrets (`client_secret`, `ClientSecret`, `password`, `apikey`), of
 * token-named variables that hold a token (a JWT or a long random string — `{{token}}` itself is
 * only a reference), any JWT, and literal credentials in auth blocks and rows.
 */

/** What kind of secret a withheld value is. */
export type SecretKind = 'client-secret' | 'password' | 'api-key' | 'token' | 'secret';

/**
 * A value kept out of the collection. `value` is handed back only so the caller can offer to put it
 * in the keychain (as a connection's secret); it is never written anywhere by the import.
 */
export interface WithheldSecret {
  /** The variable's name, or where the value was (`client_secret in “Get token”`). */
  name: string;
  kind: SecretKind;
  /** Where it was, in words. */
  where: string;
  value: string;
}

const squash = (name: string) => name.toLowerCase().replace(/[\s_.-]/g, '');

/** The kind of secret a variable or field named `name` holds regardless of its value, if any. */
export function secretKindOfName(name: string): SecretKind | undefined {
  const n = squash(name);
  if (n.includes('clientsecret')) return 'client-secret';
  if (n.includes('password') || n.includes('passwd') || n === 'pwd' || n.endsWith('pwd') || n.includes('passphrase')) return 'password';
  if (n.includes('apikey') || n === 'xapikey') return 'api-key';
  if (n.includes('secret') || n.includes('privatekey')) return 'secret';
  return undefined;
}

/** True when `name` reads like a token's (`BearerToken`, `access_token`, `glp_token`, `sessionId`). */
export function isTokenName(name: string): boolean {
  const n = squash(name);
  return n.includes('token') || n.includes('bearer') || n.includes('session') || n === 'jwt';
}

/** True when `value` is a JWT (three base64url parts, the first a JSON header). */
export function isJwt(value: string): boolean {
  return /^eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*$/.test(value.trim());
}

/** True when `value` looks like a token or key: long, no spaces, letters and digits mixed. */
export function looksLikeToken(value: string): boolean {
  const v = value.trim();
  return isJwt(v) || (v.length >= 20 && /^[A-Za-z0-9._~+/=-]+$/.test(v) && /[A-Za-z]/.test(v) && /[0-9]/.test(v));
}

/** True when `value` is only references to variables (`{{ClientSecret}}`, `Bearer {{token}}` is not). */
export function isOnlyReference(value: string): boolean {
  return /^\s*(\{\{[^{}]+\}\}\s*)+$/.test(value);
}

/** The one variable `value` refers to when it is exactly `{{name}}`. */
export function referencedVariable(value: string): string | undefined {
  return /^\s*\{\{\s*([^{}\s]+)\s*\}\}\s*$/.exec(value)?.[1];
}

/** The kind of secret a variable `name` holding `value` is, or undefined when its value may stay. */
export function secretKindOfVariable(name: string, value: string, postmanType?: string | null): SecretKind | undefined {
  if (value.trim() === '' || isOnlyReference(value)) return undefined;
  const byName = secretKindOfName(name);
  if (byName) return byName;
  if (postmanType === 'secret') return 'secret';
  if (isJwt(value) || (isTokenName(name) && looksLikeToken(value))) return 'token';
  return undefined;
}

/** The kind of secret a header, query or form row holds, or undefined when its value may stay. */
export function secretKindOfRow(key: string, value: string): SecretKind | undefined {
  if (value.trim() === '' || isOnlyReference(value)) return undefined;
  if (/^authorization$/i.test(key.trim())) {
    // `Bearer {{token}}` names a variable; a literal credential after the scheme is a secret.
    const credential = value.trim().replace(/^(Bearer|Basic|Token|Digest)\s+/i, '');
    return isOnlyReference(credential) || /^<[^<>]*>$/.test(credential) ? undefined : 'token';
  }
  if (/^<[^<>]*>$/.test(value.trim())) return undefined;
  return secretKindOfName(key) ?? (isJwt(value) || (isTokenName(key) && looksLikeToken(value)) ? 'token' : undefined);
}

/** Collects withheld secrets, one entry per name. */
export class SecretBag {
  readonly withheld: WithheldSecret[] = [];

  /** Records `value` as withheld under `name` (the first value of a name is kept). */
  add(name: string, kind: SecretKind, where: string, value: string): void {
    const existing = this.withheld.find((w) => w.name === name);
    if (existing) {
      if (kind === 'client-secret') existing.kind = kind;
      return;
    }
    this.withheld.push({ name, kind, where, value });
  }

  /** The names withheld, in the order found. */
  get names(): string[] {
    return this.withheld.map((w) => w.name);
  }
}
