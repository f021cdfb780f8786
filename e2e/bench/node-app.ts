/** Shoreline's services and command handlers in this process (the Sandbox running), with a memory keychain. */
import { dispatch } from '../../shared/contract/dispatch';
import type { HttpResponse, SendRequest } from '../../shared/contract/http';
import { createNodeApp, type NodeApp } from '../../electron/web-host/create-node-app';
import { createMemoryVaultForTests } from '../../electron/services/keychain/memory-vault-for-tests';
import type { StoreFileSystem } from '../../electron/services/store/file-system';

/** A started in-process app and a way to send through its `http.send` command. */
export interface BenchApp {
  app: NodeApp;
  /** Sends through the command boundary (validation included), as a window's request does. */
  send(request: SendRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

/** Starts the app on `userDataDir`; no proxy settings are read (everything here is loopback). */
export async function startBenchApp(userDataDir: string, fs?: StoreFileSystem): Promise<BenchApp> {
  const app = await createNodeApp(userDataDir, { vault: createMemoryVaultForTests(), env: {}, by: 'the benchmark', ...(fs && { fs }) });
  return {
    app,
    async send(request) {
      // One signal per call, as each window request has its own.
      const result = await dispatch(app.handlers, 'http.send', request, { signal: new AbortController().signal });
      if (!result.ok) throw new Error(`http.send failed: ${result.error.message}`);
      return result.value as HttpResponse;
    },
    close: () => app.services.close(),
  };
}
