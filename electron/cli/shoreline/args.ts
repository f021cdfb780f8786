/**
 * Reads a `shoreline` command line: the command, its positional arguments and its flags (`--flag
 * value` or `--flag=value`; repeatable ones collect every value). Anything it does not know is a
 * {@link UsageError}, which the command line reports with exit code 2.
 */

/** Bad usage or input, in words; exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to point at, if any. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** How a command's flags are read. */
export interface FlagSpec {
  /** Flags that take a value. */
  values?: readonly string[];
  /** Flags that take a value and may be given more than once. */
  repeated?: readonly string[];
  /** Flags without a value. */
  booleans?: readonly string[];
}

/** A command line read against a {@link FlagSpec}. */
export interface ParsedArgs {
  positionals: string[];
  values: Map<string, string>;
  repeated: Map<string, string[]>;
  booleans: Set<string>;
}

/** Flags every command takes. */
export const globalFlags: FlagSpec = { values: ['--user-data'], booleans: ['--help'] };

/** Reads `argv` (after the command name). */
export function parseArgs(argv: readonly string[], spec: FlagSpec, command: string): ParsedArgs {
  const values = new Set([...(spec.values ?? []), ...(globalFlags.values ?? [])]);
  const repeated = new Set(spec.repeated ?? []);
  const booleans = new Set([...(spec.booleans ?? []), ...(globalFlags.booleans ?? [])]);
  const out: ParsedArgs = { positionals: [], values: new Map(), repeated: new Map(), booleans: new Set() };
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      out.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '-h') {
      out.booleans.add('--help');
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (booleans.has(flag)) {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value.`, command);
      out.booleans.add(flag);
      continue;
    }
    if (!values.has(flag) && !repeated.has(flag)) throw new UsageError(`Unknown option ${flag} for “shoreline ${command}”.`, command);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${flag} needs a value.`, command);
    if (repeated.has(flag)) out.repeated.set(flag, [...(out.repeated.get(flag) ?? []), value]);
    else if (out.values.has(flag)) throw new UsageError(`${flag} is given twice.`, command);
    else out.values.set(flag, value);
  }
  return out;
}

/** A whole number from a flag, within bounds. */
export function wholeNumber(flag: string, raw: string, min: number, max: number, command: string): number {
  const value = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new UsageError(`${flag} needs a whole number from ${min} to ${max}, not “${raw}”.`, command);
  return value;
}

/**
 * A duration: `90` or `90s` seconds, `5m`, `2h`, `1h30m`, `1d`; at least one second. Returns milliseconds.
 */
export function parseDuration(flag: string, raw: string, command: string): number {
  const text = raw.trim().toLowerCase();
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const parts = [...text.matchAll(/(\d+)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) {
    throw new UsageError(`${flag} needs a duration such as 90s, 10m, 2h or 1h30m, not “${raw}”.`, command);
  }
  const ms = parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2]!]!, 0);
  if (ms < 1000) throw new UsageError(`${flag} needs at least one second.`, command);
  return ms;
}

/** `KEY=VALUE` pairs of `--var`. */
export function parseVars(raw: readonly string[], command: string): { key: string; value: string; enabled: true }[] {
  return raw.map((pair) => {
    const eq = pair.indexOf('=');
    const key = eq > 0 ? pair.slice(0, eq).trim() : '';
    if (!/^[A-Za-z_][\w.-]*$/.test(key)) throw new UsageError(`--var needs KEY=VALUE with a variable name before the =, not “${pair}”.`, command);
    return { key, value: pair.slice(eq + 1), enabled: true };
  });
}
