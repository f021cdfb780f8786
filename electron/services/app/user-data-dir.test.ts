import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveUserDataDir } from './user-data-dir';

describe('resolveUserDataDir', () => {
  it('prefers --user-data, then SHORELINE_USER_DATA, then the OS folder', () => {
    expect(resolveUserDataDir(['--user-data', 'a'], { SHORELINE_USER_DATA: 'b' })).toBe(resolve('a'));
    expect(resolveUserDataDir(['--user-data=c'], {})).toBe(resolve('c'));
    expect(resolveUserDataDir([], { SHORELINE_USER_DATA: 'b' })).toBe(resolve('b'));
    expect(resolveUserDataDir([], { XDG_CONFIG_HOME: '/x' }, 'linux')).toBe(join('/x', 'Shoreline'));
    expect(resolveUserDataDir([], { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain('Shoreline');
    expect(resolveUserDataDir([], {}, 'darwin')).toContain(join('Library', 'Application Support', 'Shoreline'));
  });
});
