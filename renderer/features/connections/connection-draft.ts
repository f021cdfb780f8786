/**
 * The connection form's working copy and how it becomes a command input: what changed, what is
 * invalid (with the same zod messages the host uses), and what a "Test connection" should send.
 */
import { cleanPastedToken } from '../../../shared/auth/jwt';
import { greenLakeSsoTokenUrl } from '../../../shared/auth/greenlake-endpoints';
import {
  addConnectionSchema,
  draftCredentialsSchema,
  updateConnectionSchema,
  type ClientAuth,
  type Connection,
  type ConnectionKind,
} from '../../../shared/contract/connections';
import type { InputOf } from '../../../shared/contract/index';
import { issuesByField } from '../../host/app-error';

/** What the form edits. */
export interface ConnectionDraft {
  kind: ConnectionKind;
  name: string;
  tokenUrl: string;
  clientId: string;
  clientAuth: ClientAuth;
  scope: string;
  /** A newly typed client secret or pasted token; empty on a saved connection keeps the stored one. */
  secret: string;
  /** The user asked to replace the stored secret (the empty field is showing). */
  replacingSecret: boolean;
}

/** A blank draft, starting from the classic GreenLake token URL most API clients use. */
export function newDraft(kind: ConnectionKind = 'client-credentials'): ConnectionDraft {
  return { kind, name: '', tokenUrl: greenLakeSsoTokenUrl, clientId: '', clientAuth: 'body', scope: '', secret: '', replacingSecret: false };
}

/** The draft for a saved connection: its secret is never known here. */
export function draftFromConnection(c: Connection): ConnectionDraft {
  return { kind: c.kind, name: c.name, tokenUrl: c.tokenUrl, clientId: c.clientId, clientAuth: c.clientAuth, scope: c.scope ?? '', secret: '', replacingSecret: false };
}

const credentialFields = ['tokenUrl', 'clientId', 'clientAuth', 'scope'] as const;

/** True when the credentials (not just the name) differ from `base`, a new secret included. */
export function credentialsChanged(draft: ConnectionDraft, base: ConnectionDraft): boolean {
  return draft.secret !== '' || credentialFields.some((f) => draft[f].trim() !== base[f].trim());
}

/** True when saving would change something. */
export function isDirty(draft: ConnectionDraft, base: ConnectionDraft): boolean {
  return draft.kind !== base.kind || draft.name.trim() !== base.name.trim() || credentialsChanged(draft, base);
}

/** The input of `connections.add`. */
export function toAddInput(d: ConnectionDraft): InputOf<'connections.add'> {
  if (d.kind === 'pasted-token') return { kind: 'pasted-token', name: d.name, secret: cleanPastedToken(d.secret) };
  const scope = d.scope.trim();
  return { kind: 'client-credentials', name: d.name, tokenUrl: d.tokenUrl.trim(), clientId: d.clientId, clientAuth: d.clientAuth, ...(scope && { scope }), secret: d.secret };
}

/** The input of `connections.update`: only what changed; an emptied scope is cleared. */
export function toUpdateInput(d: ConnectionDraft, saved: Connection): InputOf<'connections.update'> {
  const base = draftFromConnection(saved);
  const input: InputOf<'connections.update'> = { id: saved.id };
  if (d.name.trim() !== base.name.trim()) input.name = d.name;
  if (d.secret !== '') input.secret = d.kind === 'pasted-token' ? cleanPastedToken(d.secret) : d.secret;
  if (d.kind === 'pasted-token') return input;
  if (d.tokenUrl.trim() !== base.tokenUrl.trim()) input.tokenUrl = d.tokenUrl.trim();
  if (d.clientId.trim() !== base.clientId.trim()) input.clientId = d.clientId;
  if (d.clientAuth !== base.clientAuth) input.clientAuth = d.clientAuth;
  if (d.scope.trim() !== base.scope.trim()) input.scope = d.scope.trim() || null;
  return input;
}

/** Field messages for the draft, from the contract's own schemas; empty when it can be saved. */
export function validateDraft(d: ConnectionDraft, saved?: Connection): Record<string, string> {
  const parsed = saved ? updateConnectionSchema.safeParse(toUpdateInput(d, saved)) : addConnectionSchema.safeParse(toAddInput(d));
  const issues = parsed.success ? {} : issuesByField(parsed.error.issues);
  if (d.kind === 'client-credentials' && issues.secret !== undefined && d.secret.trim() === '') issues.secret = 'Enter the client secret.';
  if (!saved && d.kind === 'client-credentials' && d.secret.trim() === '') issues.secret ??= 'Enter the client secret.';
  if (!saved && d.kind === 'pasted-token' && cleanPastedToken(d.secret) === '') issues.secret = 'Paste the access token.';
  return issues;
}

/** What "Test connection" sends, or why it cannot test what is on screen. */
export type TestPlan = { input: InputOf<'connections.test'> } | { problems: Record<string, string> } | { reason: string };

/** Tests the saved connection when its credentials are untouched, else the typed credentials. */
export function testPlan(d: ConnectionDraft, saved?: Connection): TestPlan {
  if (saved && !credentialsChanged(d, draftFromConnection(saved))) return { input: { connectionId: saved.id } };
  if (d.kind === 'pasted-token') return { reason: 'Save the connection to try the pasted token; its decoded contents are shown above.' };
  if (saved && d.secret === '') return { reason: 'Save your changes to test them: the stored secret is only used with saved settings.' };
  const scope = d.scope.trim();
  const input = { tokenUrl: d.tokenUrl.trim(), clientId: d.clientId, clientAuth: d.clientAuth, ...(scope && { scope }), secret: d.secret };
  const parsed = draftCredentialsSchema.safeParse(input);
  if (!parsed.success) return { problems: issuesByField(parsed.error.issues) };
  return { input };
}
