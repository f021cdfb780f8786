/** `npm run web`: Shoreline in the browser, served from 127.0.0.1. */
import { runWebHost } from './run-web-host';

runWebHost(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`Shoreline could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
