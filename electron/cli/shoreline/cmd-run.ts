/**
 * `shoreline run <collection>[/<folder>…]`: sends the requests in order through the runner (the same
 * path as the app), prints a line per request as it finishes (table) or the report (json, junit),
 * and exits 0 when every request sent got a 2xx/3xx answer, 1 when one did not.
 */
import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { PayloadOf } from '../../../shared/contract/index';
import type { RunResult } from '../../../shared/contract/runner';
import { runResultJson, runResultJunit } from '../../../shared/runner/run-report';
import { parseArgs, UsageError, wholeNumber } from './args';
import type { CliIo } from './io';
import { findTarget } from './names';
import type { CliServices } from './open-services';
import { runTable, stepLine, summaryLines } from './run-table';
import { scopeFlags, scopeOverrides } from './run-options';

const reporters = ['table', 'json', 'junit'] as const;
type Reporter = (typeof reporters)[number];

/** The report in the reporter's format. */
export function reportText(result: RunResult, reporter: Reporter): string {
  return reporter === 'json' ? runResultJson(result) : reporter === 'junit' ? runResultJunit(result) : runTable(result);
}

/** A file the report can go to: its folder must exist, and it must not be a folder. */
function checkOut(path: string): string {
  const full = resolve(path);
  if (!existsSync(dirname(full)) || !statSync(dirname(full)).isDirectory()) throw new UsageError(`--out ${path}: the folder ${dirname(full)} does not exist.`, 'run');
  if (existsSync(full) && statSync(full).isDirectory()) throw new UsageError(`--out ${path} is a folder; give a file name.`, 'run');
  return full;
}

/** Runs a collection or folder. */
export async function runCommand(argv: readonly string[], open: () => CliServices, io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: [...scopeFlags.values, '--delay-ms', '--reporter', '--out'], repeated: scopeFlags.repeated, booleans: ['--bail'] }, 'run');
  if (args.positionals.length !== 1) throw new UsageError('Name one collection (or folder) to run, e.g. shoreline run "Storage tour/Storage".', 'run');
  const reporter = (args.values.get('--reporter') ?? 'table') as Reporter;
  if (!reporters.includes(reporter)) throw new UsageError(`--reporter is table, json or junit, not “${reporter}”.`, 'run');
  const delayMs = args.values.has('--delay-ms') ? wholeNumber('--delay-ms', args.values.get('--delay-ms')!, 0, 600_000, 'run') : 0;
  const out = args.values.has('--out') ? checkOut(args.values.get('--out')!) : undefined;

  const services = open();
  try {
    const overrides = await scopeOverrides(args, services, 'run');
    const collections = services.collections.list().collections.map((outline) => services.collections.get(outline.id));
    const target = findTarget(collections, args.positionals[0]!, 'run');
    const options = { collectionId: target.collection.id, ...(target.item && { itemId: target.item.id }), ...overrides };
    const plan = services.runner.plan(options);
    if (plan.steps.length === 0) throw new UsageError(`“${target.label}” holds no requests to run.`, 'run');
    const ids = services.runner.scopeIds(options);
    await services.sandboxIfNeeded([...ids.connectionIds, ...ids.environmentIds, overrides.connectionId, overrides.environmentId]);
    if (ids.connectionIds.length === 0 && plan.steps.some((step) => step.skip === 'handled')) {
      io.err(`No connection gives “${target.label}” its token: its token requests are left to a connection that was not created. Run with --connection NAME, or accept the connection offered when importing.\n`);
    }
    if (plan.unsafe.length > 0) {
      const listed = plan.unsafe.map((u) => `${u.method} ${u.name}`).join(', ');
      io.err(`Sending ${plan.unsafe.length} request${plan.unsafe.length === 1 ? '' : 's'} that can change data outside the Sandbox, as this command asks: ${listed}.\n`);
    }

    const live = reporter === 'table' || out !== undefined;
    let runId = '';
    const unsubscribe = services.bus.subscribe((name, payload) => {
      if (!live || name !== 'runner.progress') return;
      const progress = payload as PayloadOf<'runner.progress'>;
      if (progress.runId === runId && progress.step.state !== 'pending') io.out(`${stepLine(progress.step)}\n`);
    });
    ({ runId } = services.runner.start({ ...options, delayMs, stopOnFailure: args.booleans.has('--bail'), confirmedUnsafe: plan.unsafe.map((u) => u.itemId) }));
    void io.interrupted.then(() => services.runner.stop(runId));
    const result = await services.runner.done(runId);
    unsubscribe();

    const unsaved = result.steps.flatMap((s) => s.captured).find((c) => c.problem?.startsWith('Used for the rest of this run, but not saved'));
    if (unsaved) io.err(`Captured values were used by the requests after them but not saved: ${unsaved.problem!.replace(/^Used for the rest of this run, but not saved: /, '')}\n`);
    if (live) {
      for (const step of result.steps.filter((s) => s.state === 'pending')) io.out(`${stepLine(step)}\n`);
      io.out(summaryLines(result));
    } else io.out(reportText(result, reporter));
    if (out) {
      try {
        await writeFile(out, reportText(result, reporter), 'utf8');
      } catch (error) {
        io.err(`The report could not be written to ${out}: ${(error as Error).message}\n`);
        return 2;
      }
    }
    return result.outcome === 'passed' ? 0 : 1;
  } finally {
    await services.close();
  }
}
