/**
 * Sends per second through `http.send` with a realistic amount stored (50 connections, 20
 * environments), counting every read of a stored file while sending: documents are read once at
 * start and then answered from memory, so a send reads nothing from disk (history appends a line).
 */
import { performance } from 'node:perf_hooks';
import { nodeFileSystem, type StoreFileSystem } from '../../electron/services/store/file-system';
import { startBenchApp } from './node-app';

/** What the run did. */
export interface StoredSends {
  sends: number;
  seconds: number;
  perSecond: number;
  /** Reads of stored files while sending (whole files and ranges). */
  diskReads: number;
  connections: number;
  environments: number;
  historyEntries: number;
}

/** The real disk, counting reads while `counting.on` is true. */
function countingFs(counting: { on: boolean; reads: number }): StoreFileSystem {
  const count = () => {
    if (counting.on) counting.reads += 1;
  };
  return {
    ...nodeFileSystem,
    readBytes: (path) => (count(), nodeFileSystem.readBytes(path)),
    readRange: (path, offset, length) => (count(), nodeFileSystem.readRange(path, offset, length)),
    readAsync: (path) => (count(), nodeFileSystem.readAsync(path)),
  };
}

/** Stores 50 connections and 20 environments, then sends for `seconds` with `concurrency` in flight. */
export async function measureStoredSends(userDataDir: string, origin: string, seconds: number, concurrency: number): Promise<StoredSends> {
  const counting = { on: false, reads: 0 };
  const bench = await startBenchApp(userDataDir, countingFs(counting));
  try {
    const { connections, environments } = bench.app.services;
    const ids: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      const added = await connections.add({ kind: 'client-credentials', name: `Connection ${i}`, tokenUrl: `https://sso-${i}.example.com/as/token.oauth2`, clientId: `client-${i}`, clientAuth: 'body', secret: `secret-${i}`, ...(i % 3 === 0 && { scope: 'openid' }) });
      ids.push(added.id);
    }
    const envIds: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const variables = { baseUrl: origin, workspaceId: `ws-${i}`, region: 'eu-central', ...Object.fromEntries(Array.from({ length: 10 }, (_, k) => [`var${k}`, `value-${i}-${k}`])) };
      envIds.push(environments.create({ name: `Environment ${i}`, variables, connectionId: ids[i] }).id);
    }
    const send = (n: number) =>
      // The Sandbox's token (cached after the first send) overrides each environment's connection: no network but loopback.
      bench.send({ requestId: `stored-${n}`, environmentId: envIds[n % envIds.length]!, connectionId: 'sandbox', method: 'GET', url: '{{baseUrl}}/small?workspace={{workspaceId}}&v={{var3}}' });
    for (let n = 0; n < 50; n += 1) await send(n);
    counting.on = true;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    let sent = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < deadline) {
          const response = await send(sent++);
          if (response.status !== 200) throw new Error(`a send answered ${response.status}`);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    counting.on = false;
    return {
      sends: sent,
      seconds: elapsed,
      perSecond: sent / elapsed,
      diskReads: counting.reads,
      connections: connections.list().filter((c) => !c.builtIn).length,
      environments: environments.list().filter((e) => !e.builtIn).length,
      historyEntries: bench.app.services.history.list(undefined, 1).total,
    };
  } finally {
    await bench.close();
  }
}
