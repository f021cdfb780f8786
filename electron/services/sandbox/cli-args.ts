/** Parses `npm run sandbox` arguments: `--port N` and `--token-ttl S` (also written `--port=N`). */
import type { SandboxOptions } from './sandbox';

/** What the command line asked for. */
export type SandboxArgs = { help: true } | { help: false; options: Pick<SandboxOptions, 'port' | 'tokenTtlSeconds'> };

/** The usage text printed by `--help` and after a bad argument. */
export const sandboxUsage = 'Usage: npm run sandbox -- [--port N] [--token-ttl SECONDS]';

function wholeNumber(flag: string, raw: string | undefined, min: number, max: number): number {
  const value = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${flag} needs a whole number from ${min} to ${max}, not ${raw === undefined ? 'nothing' : `"${raw}"`}.`);
  }
  return value;
}

/** Reads `argv` (without node and the script); throws a readable message for anything it does not understand. */
export function parseSandboxArgs(argv: readonly string[]): SandboxArgs {
  const options: { port?: number; tokenTtlSeconds?: number } = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return { help: true };
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag !== '--port' && flag !== '--token-ttl') throw new Error(`Unknown argument "${arg}".`);
    const raw = inline ?? argv[(i += 1)];
    if (flag === '--port') options.port = wholeNumber('--port', raw, 0, 65535);
    else options.tokenTtlSeconds = wholeNumber('--token-ttl', raw, 1, 31_536_000);
  }
  return { help: false, options };
}
