import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEventBus } from '../events/event-bus';
import { createDocumentStore } from '../store/document-store';
import { createSettingsService } from './settings-service';

describe('settings service', () => {
  it('merges a patch, persists it and announces the change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoreline-settings-'));
    const bus = createEventBus();
    const seen: unknown[] = [];
    bus.subscribe((name, payload) => seen.push([name, payload]));
    const settings = createSettingsService(createDocumentStore({ folder: dir, by: 'test' }), bus);
    expect(settings.get().theme).toBe('system');
    const next = settings.update({ theme: 'dark', sidebarTab: undefined });
    expect(next).toEqual({ theme: 'dark', sidebarTab: 'explorer', autoUpdate: true });
    expect(seen).toEqual([['settings.changed', next]]);
    expect(createSettingsService(createDocumentStore({ folder: dir, by: 'test' }), createEventBus()).get().theme).toBe('dark');
  });

  it('turns automatic updates on for settings saved before the setting existed, and keeps them off once chosen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoreline-settings-'));
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ theme: 'light', sidebarTab: 'history' }));
    const settings = createSettingsService(createDocumentStore({ folder: dir, by: 'a test' }), createEventBus());
    expect(settings.get()).toEqual({ theme: 'light', sidebarTab: 'history', autoUpdate: true });
    settings.update({ autoUpdate: false });
    expect(createSettingsService(createDocumentStore({ folder: dir, by: 'a test' }), createEventBus()).get().autoUpdate).toBe(false);
  });
});
