/** `shoreline export <collection> --format postman [--out FILE]`: a Postman v2.1 file, never a secret or a token. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import { findTarget } from './names';
import type { CliServices } from './open-services';

/** Exports one collection. */
export async function exportCommand(argv: readonly string[], open: () => CliServices, io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: ['--format', '--out'] }, 'export');
  if (args.positionals.length !== 1) throw new UsageError('Name one collection to export.', 'export');
  const format = args.values.get('--format');
  if (format === undefined) throw new UsageError('Say the format: --format postman (the one Shoreline exports).', 'export');
  if (format.toLowerCase() !== 'postman') throw new UsageError(`Shoreline exports --format postman only, not “${format}”.`, 'export');
  const services = open();
  try {
    const collections = services.collections.list().collections.map((outline) => services.collections.get(outline.id));
    const target = findTarget(collections, args.positionals[0]!, 'export');
    if (target.item) throw new UsageError(`Export takes a whole collection; “${target.label}” is inside “${target.collection.name}”.`, 'export');
    const file = services.postman.exportFile(target.collection.id);
    const out = args.values.get('--out');
    if (out === undefined) {
      io.out(file.text);
      return 0;
    }
    try {
      await writeFile(resolve(out), file.text, 'utf8');
    } catch (error) {
      throw new UsageError(`Cannot write ${out}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message}.`, 'export');
    }
    io.err(`Wrote “${target.collection.name}” as a Postman v2.1 collection to ${out}.\n`);
    return 0;
  } finally {
    await services.close();
  }
}
