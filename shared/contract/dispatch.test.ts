import { describe, expect, it } from 'vitest';
import { ShorelineError } from '../errors';
import { dispatch } from './dispatch';
import type { Handlers } from './index';
import { defaultSettings } from './settings';

const context = { signal: new AbortController().signal };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const base = {
    'app.info': async () => ({ name: 'Shoreline', version: '1', host: 'web' as const, capabilities: { nativeDialogs: false, openExternal: false, selfUpdate: false }, startupProblems: [] }),
    'app.openExternal': async () => undefined,
    'settings.get': async () => defaultSettings,
    'settings.update': async (patch: object) => ({ ...defaultSettings, ...patch }),
  };
  return { ...base, ...overrides } as unknown as Handlers;
}

describe('dispatch', () => {
  it('refuses an unknown command by name', async () => {
    const result = await dispatch(handlers(), 'nope.never', {}, context);
    expect(result).toEqual({ ok: false, error: { code: 'unknown_command', message: 'There is no command called "nope.never".' } });
  });

  it('validates input before the handler runs and names the field', async () => {
    let called = false;
    const result = await dispatch(handlers({ 'settings.update': async () => ((called = true), defaultSettings) }), 'settings.update', { theme: 'purple' }, context);
    expect(called).toBe(false);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toContain('theme');
    }
  });

  it('keeps each field issue as data, with its path, so a form needs no sentence parsing', async () => {
    const result = await dispatch(handlers(), 'settings.update', { theme: 'purple', sidebarTab: 'nope' }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues).toEqual([
        { path: ['theme'], message: expect.any(String) },
        { path: ['sidebarTab'], message: expect.any(String) },
      ]);
      expect(JSON.parse(JSON.stringify(result.error))).toEqual(result.error);
    }
  });

  it('refuses unknown fields (strict input)', async () => {
    const result = await dispatch(handlers(), 'settings.update', { theme: 'dark', extra: 1 }, context);
    expect(result.ok).toBe(false);
  });

  it('returns the value of a successful handler', async () => {
    const result = await dispatch(handlers(), 'settings.update', { theme: 'dark' }, context);
    expect(result).toEqual({ ok: true, value: { ...defaultSettings, theme: 'dark' } });
  });

  it('turns a ShorelineError into data with its code and detail', async () => {
    const failing = handlers({ 'settings.get': async () => { throw new ShorelineError('store_damaged', 'Kept aside.', 'raw'); } });
    expect(await dispatch(failing, 'settings.get', {}, context)).toEqual({ ok: false, error: { code: 'store_damaged', message: 'Kept aside.', detail: 'raw' } });
  });

  it('never leaks the text of an unexpected error', async () => {
    const failing = handlers({ 'settings.get': async () => { throw new Error('Bearer eyJsecret-token'); } });
    const result = await dispatch(failing, 'settings.get', {}, context);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('eyJsecret');
    if (!result.ok) expect(result.error.code).toBe('internal');
  });
});
