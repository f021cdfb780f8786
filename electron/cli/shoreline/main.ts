/**
 * The `shoreline` command line: dispatches to a command, prints `--help`, and turns failures into
 * exit codes — 2 for bad usage or input (with why), 1 for what a command reports as failed.
 */
import { toAppError } from '../../../shared/errors';
import { resolveUserDataDir } from '../../services/app/user-data-dir';
import { UsageError } from './args';
import { exportCommand } from './cmd-export';
import { importCommand } from './cmd-import';
import { listCommand } from './cmd-list';
import { runCommand } from './cmd-run';
import { watchCommand } from './cmd-watch';
import type { CliIo } from './io';
import { openCliServices, type CliServices } from './open-services';
import { usage } from './usage';

type Command = (argv: readonly string[], open: () => CliServices, io: CliIo) => Promise<number>;

const commands: Record<string, Command> = { import: importCommand, list: listCommand, run: runCommand, export: exportCommand, watch: watchCommand };

/** Where the command's name is: the first argument that is neither an option nor `--user-data`'s value. */
function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--user-data') i++;
    else if (!arg.startsWith('-')) return i;
  }
  return -1;
}

/** Runs the command line `argv` (without node and the script); resolves with the exit code. */
export async function shoreline(argv: readonly string[], io: CliIo): Promise<number> {
  const index = commandIndex(argv);
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  if (index < 0) {
    io.out(`${usage['']!}\n`);
    return wantsHelp ? 0 : 2;
  }
  const name = argv[index]!;
  const command = commands[name];
  if (!command) {
    io.err(`“${name}” is not a shoreline command.\n\n${usage['']}\n`);
    return 2;
  }
  // Global options may come before the command: `shoreline --user-data DIR run X`.
  const rest = [...argv.slice(0, index), ...argv.slice(index + 1)];
  if (wantsHelp) {
    io.out(`${usage[name]!}\n`);
    return 0;
  }
  try {
    const userDataDir = resolveUserDataDir(rest, io.env as NodeJS.ProcessEnv);
    return await command(rest, () => openCliServices(userDataDir, io.env), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nRun “shoreline ${error.command ?? name} --help” for its usage.\n`);
      return 2;
    }
    const appError = toAppError(error);
    io.err(`${appError.message}\n`);
    return appError.code === 'invalid_input' || appError.code === 'not_found' ? 2 : 1;
  }
}
