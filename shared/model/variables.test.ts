import { describe, expect, it } from 'vitest';
import { interpolate, isValidVariableName, variableNames } from './variables';

describe('interpolate', () => {
  it('replaces known variables, spaces inside braces allowed', () => {
    expect(interpolate('{{baseUrl}}/api/v1/{{ kind }}', { baseUrl: 'https://eu1.data.cloud.hpe.com', kind: 'volumes' })).toEqual({
      text: 'https://eu1.data.cloud.hpe.com/api/v1/volumes',
      unknown: [],
    });
  });

  it('reports unknown variables once and leaves them as written', () => {
    expect(interpolate('{{a}}/{{b}}/{{a}}/{{toString}}', {})).toEqual({ text: '{{a}}/{{b}}/{{a}}/{{toString}}', unknown: ['a', 'b', 'toString'] });
  });

  it('inserts values literally and never re-expands them', () => {
    expect(interpolate('{{x}}', { x: '{{y}} $& $1', y: 'no' }).text).toBe('{{y}} $& $1');
  });

  it('leaves single braces and empty names alone', () => {
    expect(interpolate('/oauth2/{workspaceId}/token {{}} {{ 1x }}', { workspaceId: 'w' })).toEqual({
      text: '/oauth2/{workspaceId}/token {{}} {{ 1x }}',
      unknown: [],
    });
  });
});

describe('variable names', () => {
  it('lists referenced names and validates names', () => {
    expect(variableNames('{{baseUrl}}?a={{ workspaceId }}&b={{baseUrl}}')).toEqual(['baseUrl', 'workspaceId']);
    expect(isValidVariableName('base_url.v-2')).toBe(true);
    expect(isValidVariableName('2x')).toBe(false);
    expect(isValidVariableName('a b')).toBe(false);
  });
});
