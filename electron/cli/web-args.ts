/** Parses the web host's command line: `--port N`, `--no-open`, `--user-data DIR`. */

/** The web host's options as given on the command line. */
export interface WebArgs {
  port: number;
  open: boolean;
}

/** Reads `--port` and `--no-open` from `argv`; throws a readable message for a bad port. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  const index = argv.indexOf('--port');
  const raw = index >= 0 ? argv[index + 1] : argv.find((a) => a.startsWith('--port='))?.slice('--port='.length);
  const port = raw === undefined ? 0 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port needs a number from 0 to 65535, not "${raw}".`);
  }
  return { port, open: !argv.includes('--no-open') };
}
