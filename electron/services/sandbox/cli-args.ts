/**
 * Parses `npm run sandbox` arguments: `--port N`, `--token-ttl S` (also written `--port=N`), and for
 * tests that run the Sandbox in another process `--test-controls` (the fault route) with
 * `--audit-interval MS` and `--audit-burst N` (how fast audit entries arrive, and how many share a moment).
 */
import type { SandboxOptions } from './sandbox';

/** What the command line asked for. */
export type SandboxArgs = { help: true } | { help: false; options: Pick<SandboxOptions, 'port' | 'tokenTtlSeconds' | 'testControls' | 'audit'> };

/** The usage text printed by `--help` and after a bad argument. */
export const sandboxUsage =
  'Usage: npm run sandbox -- [--port N] [--token-ttl SECONDS]\n' +
  'For tests: [--test-controls] (fault controls at /__sandbox/faults) [--audit-interval MS] [--audit-burst N]';

function wholeNumber(flag: string, raw: string | undefined, min: number, max: number): number {
  const value = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${flag} needs a whole number from ${min} to ${max}, not ${raw === undefined ? 'nothing' : `"${raw}"`}.`);
  }
  return value;
}

const valued = ['--port', '--token-ttl', '--audit-interval', '--audit-burst'];

/** Reads `argv` (without node and the script); throws a readable message for anything it does not understand. */
export function parseSandboxArgs(argv: readonly string[]): SandboxArgs {
  const options: { port?: number; tokenTtlSeconds?: number; testControls?: boolean; audit?: { intervalMs?: number; perArrival?: number } } = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--test-controls') {
      options.testControls = true;
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!valued.includes(flag)) throw new Error(`Unknown argument "${arg}".`);
    const raw = inline ?? argv[(i += 1)];
    if (flag === '--port') options.port = wholeNumber('--port', raw, 0, 65535);
    else if (flag === '--token-ttl') options.tokenTtlSeconds = wholeNumber('--token-ttl', raw, 1, 31_536_000);
    else if (flag === '--audit-interval') options.audit = { ...options.audit, intervalMs: wholeNumber('--audit-interval', raw, 1, 86_400_000) };
    else options.audit = { ...options.audit, perArrival: wholeNumber('--audit-burst', raw, 1, 1000) };
  }
  return { help: false, options };
}
