import { describe, expect, it } from 'vitest';
import { HostError } from './host';
import { appErrorOf, fieldIssues, issuesByField } from './app-error';

describe('appErrorOf', () => {
  it('keeps the host error as sent', () => {
    const error = { code: 'invalid_client' as const, message: 'Not accepted.', detail: 'HTTP 401' };
    expect(appErrorOf(new HostError(error))).toBe(error);
  });

  it('never shows the text of an unknown throwable', () => {
    expect(appErrorOf(new Error('https://x/?token=abc'))).toEqual({ code: 'internal', message: expect.not.stringContaining('token') });
  });
});

describe('fieldIssues', () => {
  it('keys the host’s field issues by field, first message first', () => {
    const message =
      'The input to connections.add is not valid: tokenUrl: Enter the token URL, starting with https://; clientId: Enter the client ID.; clientId: second';
    const issues = [
      { path: ['tokenUrl'], message: 'Enter the token URL, starting with https://' },
      { path: ['clientId'], message: 'Enter the client ID.' },
      { path: ['clientId'], message: 'second' },
    ];
    expect(fieldIssues({ code: 'invalid_input', message, issues })).toEqual({
      tokenUrl: 'Enter the token URL, starting with https://',
      clientId: 'Enter the client ID.',
    });
  });

  it('keys nested paths by their first segment and pathless messages by the empty string', () => {
    const message = 'The input to environments.update is not valid: variables.9x: A variable name starts with a letter; Too many';
    const issues = [{ path: ['variables', '9x'], message: 'A variable name starts with a letter' }, { path: [], message: 'Too many' }];
    expect(fieldIssues({ code: 'invalid_input', message, issues })).toEqual({ variables: 'A variable name starts with a letter', '': 'Too many' });
  });

  it('never re-reads field names out of the sentence', () => {
    expect(fieldIssues({ code: 'invalid_input', message: 'The input to connections.add is not valid: name: That name is taken.' })).toEqual({});
  });

  it('ignores other errors', () => {
    expect(fieldIssues({ code: 'invalid_client', message: 'x: y' })).toEqual({});
    expect(fieldIssues({ code: 'invalid_input', message: 'The address is not complete.' })).toEqual({});
    expect(fieldIssues(undefined)).toEqual({});
  });
});

describe('issuesByField', () => {
  it('keeps the first message of each field', () => {
    expect(issuesByField([{ path: ['name'], message: 'a' }, { path: ['name'], message: 'b' }, { path: [], message: 'c' }])).toEqual({ name: 'a', '': 'c' });
  });
});
