/** Reads and changes user preferences, persisted in the `settings` document. */
import { settingsSchema, type Settings } from '../../../shared/contract/settings';
import type { EventBus } from '../events/event-bus';
import type { DocumentDefinition, DocumentStore } from '../store/document-store';

/** `settings.json`: version 1 wrapped 0.1's flat object; a value this version does not know reads as its default. */
export const settingsDocument: DocumentDefinition<Settings> = {
  file: 'settings.json',
  label: 'your settings',
  schema: settingsSchema,
  migrations: [(v0) => v0],
  defaults: () => settingsSchema.parse({}),
};

/** The settings service's public face. */
export interface SettingsService {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
}

/** Creates the settings service over `store`, announcing changes on `bus`. */
export function createSettingsService(store: DocumentStore, bus: EventBus): SettingsService {
  const document = store.open(settingsDocument);
  return {
    get: () => document.get(),
    update(patch) {
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next = document.update((current) => ({ ...current, ...defined }));
      bus.emit('settings.changed', next);
      return next;
    },
  };
}
