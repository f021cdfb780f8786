/**
 * Wires every service for one host. Both hosts (Electron and the web host) and the tests call this
 * with their own store, platform and clock; nothing here imports Electron.
 */
import type { HostCapabilities, HostKind } from '../../shared/contract/app';
import { createEventBus, type EventBus } from './events/event-bus';
import { createSettingsService, type SettingsService } from './settings/settings-service';
import type { StoreOpener } from './store/json-store';

/** What only the host can do (open a browser, show a native dialog). */
export interface Platform {
  kind: HostKind;
  capabilities: HostCapabilities;
  /** Opens an https URL in the system browser; absent where the host cannot. */
  openExternal?: (url: string) => Promise<void>;
}

/** What a host provides to build the services. */
export interface ServiceDependencies {
  /** The folder every file Shoreline writes goes into. */
  userDataDir: string;
  stores: StoreOpener;
  platform: Platform;
  version: string;
}

/** The wired services of one running app. */
export interface Services {
  bus: EventBus;
  settings: SettingsService;
  platform: Platform;
  version: string;
  /** Problems met while starting (damaged files kept aside), shown once to the user. */
  startupProblems: string[];
}

/** Creates every service from its dependencies. */
export function createServices(deps: ServiceDependencies): Services {
  const bus = createEventBus();
  const settings = createSettingsService(deps.stores, bus);
  return {
    bus,
    settings,
    platform: deps.platform,
    version: deps.version,
    startupProblems: deps.stores.problems,
  };
}
