/** Reads and changes user preferences, persisted in the `settings` document. */
import { defaultSettings, type Settings } from '../../../shared/contract/settings';
import type { EventBus } from '../events/event-bus';
import type { StoreOpener } from '../store/json-store';

/** The settings service's public face. */
export interface SettingsService {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
}

/** Creates the settings service over `stores`, announcing changes on `bus`. */
export function createSettingsService(stores: StoreOpener, bus: EventBus): SettingsService {
  const store = stores.open<Settings>('settings', defaultSettings);
  return {
    get: () => store.get(),
    update(patch) {
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next = { ...store.get(), ...defined };
      store.set(next);
      bus.emit('settings.changed', next);
      return next;
    },
  };
}
