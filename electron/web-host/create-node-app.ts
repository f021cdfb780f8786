/** Wires services and handlers for a host that runs in plain Node (the web host, tests, tools). */
import { mkdirSync } from 'node:fs';
import type { Handlers } from '../../shared/contract/index';
import { createHandlers } from '../handlers/create-handlers';
import { findAppRoot } from '../services/app/app-root';
import { createServices, type Services } from '../services/create-services';
import { createConfStoreOpener } from '../services/store/conf-store';

/** Services and handlers of a Node-hosted Shoreline. */
export interface NodeApp {
  services: Services;
  handlers: Handlers;
}

/** Creates a Node-hosted app keeping its files in `userDataDir`. */
export function createNodeApp(userDataDir: string): NodeApp {
  mkdirSync(userDataDir, { recursive: true });
  const services = createServices({
    userDataDir,
    stores: createConfStoreOpener(userDataDir),
    platform: { kind: 'web', capabilities: { nativeDialogs: false, openExternal: false } },
    version: findAppRoot().version,
  });
  return { services, handlers: createHandlers(services) };
}
