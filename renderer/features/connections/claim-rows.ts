/**
 * Turns a decoded token part into rows a non-programmer can read: the well-known GreenLake claims
 * first, each with a plain label, times also as local date-times, then everything else as sent.
 */
import { formatDateTime } from '../../components/format/countdown';

/** One row of the token panel's table. */
export interface ClaimRow {
  name: string;
  /** A plain-words name for well-known claims. */
  label?: string;
  /** The value as text (objects and arrays as compact JSON). */
  value: string;
  /** For time claims: the same moment as a local date-time. */
  when?: string;
}

const knownClaims: readonly [string, string][] = [
  ['client_id', 'API client ID'],
  ['iss', 'Issued by'],
  ['aud', 'Audience'],
  ['sub', 'Subject (who the token acts for)'],
  ['exp', 'Expires'],
  ['iat', 'Issued at'],
  ['nbf', 'Not valid before'],
  ['platform_customer_id', 'Workspace (platform customer) ID'],
  ['application_instance_id', 'Application instance ID'],
  ['hpe_token_type', 'Token type'],
  ['user_ctx', 'User context (the user the client acts for)'],
  ['auth_source', 'How the token was obtained'],
  ['permissions', 'Permissions the token carries'],
  ['scope', 'Scopes'],
  ['auth_time', 'Signed in at'],
  ['jti', 'Token ID'],
];

const headerLabels: Record<string, string> = { alg: 'Signature algorithm', typ: 'Type', kid: 'Signing key ID' };

const timeClaims = new Set(['exp', 'iat', 'nbf', 'auth_time']);

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function row(name: string, value: unknown, label: string | undefined, formatTime: (ms: number) => string): ClaimRow {
  const result: ClaimRow = { name, value: text(value) };
  if (label) result.label = label;
  if (timeClaims.has(name) && typeof value === 'number' && Number.isFinite(value)) result.when = formatTime(value * 1000);
  return result;
}

/** The claims of a token, well-known ones first in a fixed order, then the rest in their own order. */
export function claimRows(claims: Record<string, unknown> | undefined, formatTime: (ms: number) => string = formatDateTime): ClaimRow[] {
  if (!claims) return [];
  const known = new Map(knownClaims);
  const first = knownClaims.filter(([name]) => Object.hasOwn(claims, name)).map(([name, label]) => row(name, claims[name], label, formatTime));
  const rest = Object.keys(claims)
    .filter((name) => !known.has(name))
    .map((name) => row(name, claims[name], undefined, formatTime));
  return [...first, ...rest];
}

/** The header of a token (alg, typ, kid…), in its own order, with labels for the usual fields. */
export function headerRows(header: Record<string, unknown> | undefined): ClaimRow[] {
  if (!header) return [];
  return Object.keys(header).map((name) => row(name, header[name], headerLabels[name], formatDateTime));
}
