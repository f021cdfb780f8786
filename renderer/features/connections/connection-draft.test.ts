import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../shared/contract/connections';
import { draftFromConnection, isDirty, newDraft, testPlan, toAddInput, toUpdateInput, validateDraft } from './connection-draft';

const saved: Connection = {
  id: 'c1',
  name: 'Prod',
  kind: 'client-credentials',
  tokenUrl: 'https://sso.common.cloud.hpe.com/as/token.oauth2',
  clientId: 'abc',
  clientAuth: 'body',
  scope: 'read',
  builtIn: false,
  hasSecret: true,
  createdAt: '2026-01-01T00:00:00Z',
};

describe('connection drafts', () => {
  it('a new draft starts on the GreenLake SSO token URL and asks for what is missing', () => {
    const d = newDraft();
    expect(d.tokenUrl).toBe('https://sso.common.cloud.hpe.com/as/token.oauth2');
    expect(validateDraft(d)).toEqual({ name: 'Give the connection a name.', clientId: 'Enter the client ID.', secret: 'Enter the client secret.' });
  });

  it('uses the contract message for the workspace placeholder', () => {
    const d = { ...newDraft(), name: 'x', clientId: 'a', secret: 's', tokenUrl: 'https://global.api.greenlake.hpe.com/authorization/v2/oauth2/{workspaceId}/token' };
    expect(validateDraft(d).tokenUrl).toMatch(/Replace \{workspaceId\}/);
  });

  it('cleans a pasted token before adding it', () => {
    const d = { ...newDraft('pasted-token'), name: 'Console token', secret: '  Bearer aaa.bbb.ccc \n' };
    expect(toAddInput(d)).toEqual({ kind: 'pasted-token', name: 'Console token', secret: 'aaa.bbb.ccc' });
    expect(validateDraft({ ...d, secret: ' "" ' })).toEqual({ secret: 'Paste the access token.' });
  });

  it('an untouched saved connection is not dirty and updates nothing', () => {
    const d = draftFromConnection(saved);
    expect(d.secret).toBe('');
    expect(isDirty(d, draftFromConnection(saved))).toBe(false);
    expect(toUpdateInput(d, saved)).toEqual({ id: 'c1' });
    expect(validateDraft(d, saved)).toEqual({});
  });

  it('sends only what changed, and clears an emptied scope', () => {
    const d = { ...draftFromConnection(saved), name: 'Production', scope: '  ', clientAuth: 'basic' as const, secret: 'new' };
    expect(toUpdateInput(d, saved)).toEqual({ id: 'c1', name: 'Production', secret: 'new', clientAuth: 'basic', scope: null });
    expect(isDirty(d, draftFromConnection(saved))).toBe(true);
  });
});

describe('testPlan', () => {
  it('tests a saved connection by id while its credentials are untouched', () => {
    expect(testPlan({ ...draftFromConnection(saved), name: 'Renamed' }, saved)).toEqual({ input: { connectionId: 'c1' } });
  });

  it('tests typed credentials before saving', () => {
    const d = { ...newDraft(), clientId: 'id', secret: 'wrong' };
    expect(testPlan(d)).toEqual({ input: { tokenUrl: d.tokenUrl, clientId: 'id', clientAuth: 'body', secret: 'wrong' } });
    expect(testPlan({ ...d, clientId: '' })).toEqual({ problems: { clientId: 'Enter the client ID.' } });
  });

  it('explains why changed settings without a new secret cannot be tested', () => {
    expect(testPlan({ ...draftFromConnection(saved), tokenUrl: 'https://other.example/token' }, saved)).toHaveProperty('reason');
    expect(testPlan({ ...newDraft('pasted-token'), secret: 'a.b.c' })).toHaveProperty('reason');
  });
});
