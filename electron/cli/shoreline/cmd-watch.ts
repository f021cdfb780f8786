/**
 * `shoreline watch <collection>/<request>`: starts a watch of a saved GET (kept only while the
 * command runs) and prints each new item as it arrives — one JSON object per line with `--json`,
 * the item as the API gave it. Exits 0 after `--for` or on Ctrl+C, 1 when the watch had to stop.
 */
import type { PayloadOf } from '../../../shared/contract/index';
import type { WatchItem } from '../../../shared/contract/watch';
import { sendFieldsOf } from '../../../shared/model/request-send';
import { interpolate } from '../../../shared/model/variables';
import { createRunScope } from '../../services/runner/run-scope';
import { parseArgs, parseDuration, UsageError, wholeNumber } from './args';
import type { CliIo } from './io';
import { findTarget } from './names';
import type { CliServices } from './open-services';
import { scopeFlags, scopeOverrides } from './run-options';

const timeFields = ['createdAt', 'occurredAt', 'timestamp', 'time', 'updatedAt'];
const textFields = ['description', 'message', 'summary', 'name', 'eventType', 'type', 'category'];

/** One item in a line a person reads: its time, what it says, and its id. */
export function itemLine(found: WatchItem): string {
  const item = found.item;
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return JSON.stringify(item);
  const record = item as Record<string, unknown>;
  const pick = (names: string[]) => names.map((n) => record[n]).find((v): v is string | number => typeof v === 'string' || typeof v === 'number');
  const time = pick(timeFields);
  const text = pick(textFields);
  const id = record.id;
  if (time === undefined && text === undefined) return JSON.stringify(item).slice(0, 400);
  return [time, text, typeof id === 'string' || typeof id === 'number' ? `(${id})` : undefined].filter((p) => p !== undefined).join('  ');
}

/** Watches one saved request. */
export async function watchCommand(argv: readonly string[], open: () => CliServices, io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: [...scopeFlags.values, '--every', '--for'], repeated: scopeFlags.repeated, booleans: ['--json'] }, 'watch');
  if (args.positionals.length !== 1) throw new UsageError('Name one saved request to watch, e.g. shoreline watch "GreenLake/Audit log".', 'watch');
  const every = args.values.has('--every') ? wholeNumber('--every', args.values.get('--every')!, 5, 86_400, 'watch') : 60;
  const forMs = args.values.has('--for') ? parseDuration('--for', args.values.get('--for')!, 'watch') : undefined;
  const json = args.booleans.has('--json');

  const services = open();
  try {
    const overrides = await scopeOverrides(args, services, 'watch');
    const collections = services.collections.list().collections.map((outline) => services.collections.get(outline.id));
    const target = findTarget(collections, args.positionals[0]!, 'watch');
    const item = target.item;
    if (!item || item.kind !== 'request') throw new UsageError(`“${target.label}” is ${item ? 'a folder' : 'a collection'}; name a request in it to watch.`, 'watch');
    const request = item.request;
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new UsageError(`A watch repeats GET and HEAD requests only; “${target.label}” is a ${request.method}.`, 'watch');

    // The request's scope, resolved as a run would: collection, folders, environment, --var.
    const scope = createRunScope(
      {
        collection: () => services.collections.get(target.collection.id),
        environments: () => services.environments.list(),
        activeEnvironmentId: () => services.environments.getActive()?.id,
        globals: () => services.collections.globals(),
        connectionExists: (id) => services.connections.find(id) !== undefined,
      },
      { environmentId: overrides.environmentId, connectionId: overrides.connectionId, variables: overrides.variables },
    );
    const resolved = (() => {
      try {
        return scope.resolve({ scope: { collectionId: target.collection.id, itemId: item.id } });
      } catch (error) {
        throw new UsageError((error as Error).message, 'watch');
      }
    })();
    await services.sandboxIfNeeded([resolved.connectionId, resolved.environmentId]);
    // The Sandbox's address is known only once it runs: resolve again.
    const variables = scope.resolve({ scope: { collectionId: target.collection.id, itemId: item.id } }).variables;
    const fields = sendFieldsOf(request);
    const missing = new Set<string>();
    const fill = (text: string) => {
      const done = interpolate(text, variables);
      for (const name of done.unknown) missing.add(name);
      return done.text;
    };
    const url = fill(fields.url);
    const headers = fields.headers.map((h) => ({ name: h.name, value: fill(h.value) }));
    if (missing.size > 0) {
      throw new UsageError(`“${target.label}” uses ${[...missing].map((n) => `{{${n}}}`).join(', ')}, defined nowhere Shoreline looks (the request, its folders, the environment, the collection, the globals). Give ${missing.size === 1 ? 'it' : 'them'} with --var.`, 'watch');
    }

    let info;
    try {
      info = await services.watch.start(
        {
          request: {
            ...(resolved.environmentId !== undefined && { environmentId: resolved.environmentId }),
            method: request.method,
            url,
            headers,
            connectionId: resolved.connectionId ?? null,
            ...(request.operation && { operation: { specId: request.operation.specId, operationId: request.operation.operationKey } }),
          },
          name: target.label.slice(0, 200),
          intervalSeconds: every,
          notify: false,
          origin: { kind: 'saved', id: item.id },
        },
        { keep: false },
      );
    } catch (error) {
      throw new UsageError((error as Error).message, 'watch');
    }
    const id = info.id;
    io.err(`Watching “${target.label}” every ${every} s${forMs === undefined ? ' until Ctrl+C' : ''}. ${info.how}\n`);

    let lastStatus = '';
    const stopped = new Promise<string>((resolveStop) => {
      services.bus.subscribe((name, payload) => {
        if (name === 'watch.newItems') {
          const batch = payload as PayloadOf<'watch.newItems'>;
          if (batch.id !== id) return;
          io.out(batch.items.map((found) => `${json ? JSON.stringify(found.item) : itemLine(found)}\n`).join(''));
        } else if (name === 'watch.changed') {
          const watch = (payload as PayloadOf<'watch.changed'>).watch;
          if (!watch || watch.id !== id) return;
          if (watch.phase === 'stopped' && watch.stop && watch.stop.code !== 'by_user') resolveStop(watch.stop.reason);
          else if (watch.phase === 'retrying' && watch.status !== lastStatus) io.err(`${watch.status}\n`);
          lastStatus = watch.status;
        }
      });
    });
    const timer = forMs === undefined ? undefined : new Promise<'done'>((done) => setTimeout(() => done('done'), forMs));
    const ended = await Promise.race([stopped, io.interrupted.then(() => 'done' as const), ...(timer ? [timer] : [])]);
    if (ended !== 'done') {
      io.err(`The watch stopped: ${ended}\n`);
      return 1;
    }
    services.watch.remove(id);
    return 0;
  } finally {
    await services.close();
  }
}
