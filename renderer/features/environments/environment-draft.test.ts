import { describe, expect, it } from 'vitest';
import type { Environment } from '../../../shared/contract/environments';
import { draftFromEnvironment, isEnvironmentDirty, isValid, rowsToVariables, toEnvironmentUpdate, validateEnvironment } from './environment-draft';
import { presetGroups } from './preset-groups';

const env: Environment = {
  id: 'e1',
  name: 'DSCC EU',
  kind: 'dscc',
  variables: { workspaceId: 'w1', baseUrl: 'https://eu1.data.cloud.hpe.com' },
  connectionId: 'c1',
  readOnly: false,
  isSandbox: false,
  builtIn: false,
  createdAt: '2026-01-01T00:00:00Z',
};

describe('environment drafts', () => {
  it('puts baseUrl first and adds it when missing', () => {
    expect(draftFromEnvironment(env).rows.map((r) => r.name)).toEqual(['baseUrl', 'workspaceId']);
    expect(draftFromEnvironment({ ...env, variables: {} }).rows.map((r) => [r.name, r.value])).toEqual([['baseUrl', '']]);
  });

  it('is clean until something changes, and sends only the change', () => {
    const draft = draftFromEnvironment(env);
    expect(isEnvironmentDirty(draft, env)).toBe(false);
    const linked = { ...draft, connectionId: '' };
    expect(toEnvironmentUpdate(linked, env)).toEqual({ id: 'e1', connectionId: null });
    const more = { ...draft, rows: [...draft.rows, { key: 'k', name: 'region', value: 'eu' }], readOnly: true };
    expect(toEnvironmentUpdate(more, env)).toEqual({ id: 'e1', variables: { baseUrl: env.variables.baseUrl, workspaceId: 'w1', region: 'eu' }, readOnly: true });
  });

  it('ignores blank rows and reports bad, duplicate and nameless ones', () => {
    const rows = [
      { key: 'a', name: 'baseUrl', value: 'eu1.data.cloud.hpe.com' },
      { key: 'b', name: '', value: '' },
      { key: 'c', name: '9lives', value: 'x' },
      { key: 'd', name: 'baseUrl', value: 'y' },
      { key: 'e', name: ' ', value: 'z' },
    ];
    expect(rowsToVariables(rows.slice(0, 2))).toEqual({ baseUrl: 'eu1.data.cloud.hpe.com' });
    const problems = validateEnvironment({ name: ' ', rows, connectionId: '', readOnly: false });
    expect(problems.name).toBe('Give the environment a name.');
    expect(Object.keys(problems.rows)).toEqual(['a', 'c', 'd', 'e']);
    expect(problems.rows.a).toBe('Start the base URL with https://');
    expect(isValid(problems)).toBe(false);
    expect(isValid(validateEnvironment(draftFromEnvironment(env)))).toBe(true);
  });
});

describe('presetGroups', () => {
  it('groups DSCC, both COM generations and GreenLake, regions as labels', () => {
    const groups = presetGroups();
    expect(groups.map((g) => g.title)).toEqual([
      'Data Services Cloud Console (DSCC)',
      'Compute Ops Management',
      'Compute Ops Management · newer endpoints',
      'HPE GreenLake platform',
    ]);
    expect(groups[0]!.presets.map((p) => p.label)).toEqual(['EU Central', 'AP Northeast', 'US West']);
    expect(groups[2]!.presets[0]).toEqual({ id: 'greenlake-us-west', label: 'US West', baseUrl: 'https://us-west.api.greenlake.hpe.com' });
    expect(groups[3]!.presets[0]!.label).toBe('Global');
  });
});
