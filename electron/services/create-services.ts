/**
 * Wires every service for one host. Both hosts (Electron and the web host) and the tests call this
 * with their own store, keychain, fetch and platform; nothing here imports Electron.
 */
import { join } from 'node:path';
import { ShorelineError } from '../../shared/errors';
import type { HostCapabilities, HostKind } from '../../shared/contract/app';
import { createCollectionsService, type CollectionsService } from './collections/collections-service';
import { createOpenFoldersService, type OpenFoldersService } from './collections/open-folders';
import { createSendScope } from './collections/send-scope';
import { createConnectionsDomain } from './connections/create-connections-domain';
import type { ConnectionsService } from './connections/connections-service';
import { createDraftsService, type DraftsService } from './drafts/drafts-service';
import { createEnvironmentsService, type EnvironmentsService } from './environments/environments-service';
import { createEventBus, type EventBus } from './events/event-bus';
import { createHistoryService, type HistoryService } from './history/history-service';
import { createDefaultFetch } from './http/default-fetch';
import type { FetchLike } from './http/fetch-types';
import { createHttpService, type HttpService, type HttpServiceDeps } from './http/http-service';
import { withAppOwnedSecrets } from './keychain/app-owned-secrets';
import type { SecretVault } from './keychain/secret-vault';
import { createPostmanService, type PostmanService } from './postman/postman-service';
import { createRunnerService, type RunnerService } from './runner/runner-service';
import { createSandboxLink, type SandboxLink } from './sandbox-link/sandbox-link';
import { createSettingsService, type SettingsService } from './settings/settings-service';
import { createSpecReviewService, type SpecReviewService } from './spec-review/spec-review-service';
import { createSpecsService, type SpecsService } from './specs/specs-service';
import type { DocumentStore } from './store/document-store';
import type { TokenManager } from './tokens/token-manager';
import { createWatchService, type WatchService, type WatchTuning } from './watch/watch-service';
import { createWorkspaceService, type WorkspaceService } from './workspace/workspace-service';

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
  /** The one repository for every document in that folder. */
  stores: DocumentStore;
  platform: Platform;
  version: string;
  /** The OS keychain (tests pass a memory vault). */
  vault: SecretVault;
  /** The environment Shoreline started in (CLIENTID/CLIENTSECRET offer, proxies). */
  env: Readonly<Record<string, string | undefined>>;
  /** The fetch API requests go through (proxy-aware undici under Node, `net.fetch` in Electron). */
  fetch?: FetchLike;
  /** The fetch token requests go through. */
  tokenFetch?: typeof fetch;
  /** Asks the user where to save a response body (the desktop app's save dialog); undefined when cancelled. */
  chooseSavePath?: (suggestedName: string) => Promise<string | undefined>;
  /** Sandbox token lifetime, for tests that watch a token expire. */
  sandboxTokenTtlSeconds?: number;
  /** Shorter watch intervals and back-off, for tests that watch in real time. */
  watchTuning?: WatchTuning;
}

/** The wired services of one running app. */
export interface Services {
  bus: EventBus;
  settings: SettingsService;
  connections: ConnectionsService;
  tokens: TokenManager;
  environments: EnvironmentsService;
  history: HistoryService;
  http: HttpService;
  specs: SpecsService;
  /** Request drafts per operation, kept across restarts. */
  drafts: DraftsService;
  /** Watches of list requests (C6). */
  watch: WatchService;
  /** Collections of saved requests, and the global variables (C5). */
  collections: CollectionsService;
  /** Which collections and folders are open in the sidebar, kept across restarts. */
  openFolders: OpenFoldersService;
  /** Postman collections in and out, and the connection an import offers. */
  postman: PostmanService;
  /** Runs of a collection or folder (C5). */
  runner: RunnerService;
  /** The review of saved requests after a spec is re-imported. */
  specReview: SpecReviewService;
  /** The open tabs, kept across restarts. */
  workspace: WorkspaceService;
  sandbox: SandboxLink;
  platform: Platform;
  version: string;
  /** Problems met while starting (damaged files kept aside), shown once to the user. */
  startupProblems: string[];
  /** Re-reads what another process changed in the folder every `intervalMs`, until {@link close}. */
  watchFolder(intervalMs: number): void;
  /** Stops the Sandbox and writes what is pending. */
  close(): Promise<void>;
}

/** Creates every service from its dependencies (the Sandbox starts with {@link startServices}). */
export function createServices(deps: ServiceDependencies): Services {
  const bus = createEventBus();
  const emit = bus.emit.bind(bus);
  const settings = createSettingsService(deps.stores, bus);
  const ownedSecrets: Record<string, string> = {};
  const { connections, tokens } = createConnectionsDomain({
    stores: deps.stores,
    vault: withAppOwnedSecrets(deps.vault, ownedSecrets),
    env: deps.env,
    emit,
    ...(deps.tokenFetch && { fetch: deps.tokenFetch }),
    // Called only after both services exist: deleting a connection unlinks it from environments.
    onDeleted: (id) => environments.forgetConnection(id),
  });
  const environments = createEnvironmentsService({ stores: deps.stores, emit, connectionExists: (id) => connections.find(id) !== undefined });
  const history = createHistoryService({ store: deps.stores, emit });
  const collections = createCollectionsService({ stores: deps.stores, emit });
  // Every send is resolved through its collection, folders, own variables and the globals; captures write back.
  const sendScope = createSendScope({
    collections,
    environments: () => environments.list(),
    connectionExists: (id) => connections.find(id) !== undefined,
    setEnvironmentVariable: (id, name, value) => void environments.update({ id, variables: { ...environments.get(id).variables, [name]: value } }),
  });
  const httpPorts: HttpServiceDeps = {
    tokens: { withToken: (id, send) => tokens.withToken(id, send) },
    environments: {
      get(id) {
        const env = environments.list().find((e) => e.id === id);
        if (!env) return undefined;
        return { name: env.name, baseUrl: env.variables.baseUrl, variables: env.variables, connectionId: env.connectionId, readOnly: env.readOnly, isSandbox: env.isSandbox };
      },
    },
    connections: {
      get(id) {
        const c = connections.find(id);
        return c && { tokenUrl: c.tokenUrl, clientAuth: c.clientAuth, ...(c.scope && { scope: c.scope }) };
      },
    },
    fetch: deps.fetch ?? createDefaultFetch(deps.env),
    // Big bodies go to a temp file in the user-data folder, not memory; dispose() deletes them.
    tmpDir: join(deps.userDataDir, 'tmp'),
  };
  const http = createHttpService({ ...httpPorts, scopes: sendScope, captures: sendScope, ...(deps.chooseSavePath && { chooseSavePath: deps.chooseSavePath }), history, emit });
  const specs = createSpecsService({ store: deps.stores, emit });
  // Watches send through their own executor without history: history records a check that found something, not every poll.
  // A saved request's checks are resolved through its collection and folders, as its sends are (no captures: a poll saves nothing).
  const watch = createWatchService({
    stores: deps.stores,
    http: createHttpService({ ...httpPorts, scopes: sendScope }),
    emit,
    history,
    operation: (specId, operationId) => specs.operation(specId, operationId),
    environmentName: (id) => environments.list().find((e) => e.id === id)?.name,
    ...deps.watchTuning,
  });
  // A run sends through the app's executor, over its own scope (overrides, captured values), without history.
  const runner = createRunnerService({
    collections,
    environments: () => environments.list(),
    activeEnvironmentId: () => environments.getActive()?.id,
    connectionExists: (id) => connections.find(id) !== undefined,
    createHttp: (scope) => createHttpService({ ...httpPorts, scopes: scope, captures: scope }),
    persist: (outcome, collectionId, environmentId) => {
      if (outcome.scope === 'global') collections.setGlobal(outcome.variable, outcome.value);
      else if (outcome.scope === 'collection') collections.setVariable(collectionId, outcome.variable, outcome.value);
      else if (environmentId === undefined) throw new ShorelineError('invalid_input', 'No environment applies to this request, so there is no environment variable to set.');
      else void environments.update({ id: environmentId, variables: { ...environments.get(environmentId).variables, [outcome.variable]: outcome.value } });
    },
    emit,
  });
  // Another process (the command line) may change the same folder: pick its changes up and tell the windows.
  let stopWatching = () => undefined as void;
  deps.stores.onExternalChange((files) => {
    if (files.includes('connections.json')) emit('connections.changed', { connections: connections.list() });
    if (files.includes('environments.json')) emit('environments.changed', { environments: environments.list(), activeId: environments.getActive()?.id ?? null });
    if (files.includes('settings.json')) emit('settings.changed', settings.get());
    if (files.includes('history.jsonl')) emit('history.changed', { reason: 'added' });
  });
  const sandbox = createSandboxLink({ connections, environments, ownedSecrets, ...(deps.sandboxTokenTtlSeconds && { tokenTtlSeconds: deps.sandboxTokenTtlSeconds }) });
  return {
    watchFolder(intervalMs) {
      stopWatching = deps.stores.watch(intervalMs);
    },
    bus,
    settings,
    connections,
    tokens,
    environments,
    history,
    http,
    specs,
    drafts: createDraftsService(deps.stores),
    watch,
    collections,
    openFolders: createOpenFoldersService({ stores: deps.stores, collections }),
    runner,
    postman: createPostmanService({ collections, addConnection: (input) => connections.add(input) }),
    specReview: createSpecReviewService({ stores: deps.stores, specs, collections }),
    workspace: createWorkspaceService(deps.stores),
    sandbox,
    platform: deps.platform,
    version: deps.version,
    // Read live: documents opened later (the desktop window's state) report into the same list.
    get startupProblems() {
      return [...new Set([...deps.stores.problems, ...history.problems, ...watch.problems])];
    },
    close: async () => {
      stopWatching();
      await runner.dispose();
      await watch.dispose();
      await http.dispose();
      await specs.dispose();
      await sandbox.close();
      await history.flush();
    },
  };
}

/** Creates the services and starts the Sandbox, the app's embedded default. */
export async function startServices(deps: ServiceDependencies): Promise<Services> {
  const services = createServices(deps);
  await services.sandbox.start();
  // Damaged spec indexes are rebuilt before the window asks what went wrong at start (and before watches resume).
  await services.specs.ready();
  services.watch.resumeSaved();
  services.watchFolder(2000);
  return services;
}
