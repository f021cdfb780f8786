#!/usr/bin/env node
/** `shoreline`: the command line over the same services and user-data folder as the app (see `shoreline --help`). */
import { shoreline } from './shoreline/main';

// `shoreline watch --json | head -3`: the reader went away, which ends the command as Ctrl+C would.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const interrupted = new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});

shoreline(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  env: process.env,
  interrupted,
}).then(
  // Exit once the output is written (a pipe may still be draining).
  (code) => process.stdout.write('', () => process.exit(code)),
  (error: unknown) => {
    process.stderr.write(`Shoreline failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
