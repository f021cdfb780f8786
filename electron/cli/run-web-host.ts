/** Starts the web host for the current user and prints the one line that says where it is. */
import { join } from 'node:path';
import { findAppRoot } from '../services/app/app-root';
import { resolveUserDataDir } from '../services/app/user-data-dir';
import { watchTuningFromEnv } from '../services/watch/watch-tuning-env';
import { createNodeApp } from '../web-host/create-node-app';
import { startWebHost } from '../web-host/web-host';
import { browserUnavailable, openBrowser } from './open-browser';
import { parseWebArgs } from './web-args';

/** Runs the web host until the process is stopped. */
export async function runWebHost(argv: readonly string[]): Promise<void> {
  const args = parseWebArgs(argv);
  const ttl = Number(process.env.SHORELINE_SANDBOX_TOKEN_TTL ?? '') || undefined;
  const watchTuning = watchTuningFromEnv(process.env);
  const app = await createNodeApp(resolveUserDataDir(argv), { ...(ttl && { sandboxTokenTtlSeconds: ttl }), ...(watchTuning && { watchTuning }) });
  const host = await startWebHost({
    handlers: app.handlers,
    importSpecBytes: (input, signal) => app.services.specs.importBytes(input, signal),
    bus: app.services.bus,
    staticDir: join(findAppRoot().dir, 'dist', 'renderer'),
    port: args.port,
  });
  process.stdout.write(`Shoreline is running at ${host.url}\n`);
  if (args.open) {
    const byHand = (why: string) => process.stdout.write(`No browser could be opened (${why}), so open the address above in a browser yourself.\n`);
    const why = browserUnavailable();
    if (why) byHand(why);
    else openBrowser(host.url, byHand);
  }
  const stop = () => void Promise.all([host.close(), app.services.close()]).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Runs the web host; a failure to start is one line on stderr and exit code 1. */
export function runWebHostOrExit(argv: readonly string[]): void {
  runWebHost(argv).catch((error: unknown) => {
    process.stderr.write(`Shoreline could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
