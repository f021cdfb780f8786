/**
 * The names of every command and event, without their schemas. The sandboxed preload checks names
 * against these lists: importing the contract itself would bundle zod into it (463 KB instead of 2).
 * `names.typetest.ts` fails the typecheck when a list and the contract disagree.
 */

/** Every command name declared in `index.ts`. */
export const commandNameList = [
  'app.info',
  'app.openExternal',
  'settings.get',
  'settings.update',
  'connections.list',
  'connections.get',
  'connections.add',
  'connections.update',
  'connections.duplicate',
  'connections.delete',
  'connections.envOffer',
  'connections.acceptEnvOffer',
  'connections.tokenStatus',
  'connections.renewToken',
  'connections.copyToken',
  'connections.test',
  'environments.list',
  'environments.create',
  'environments.update',
  'environments.duplicate',
  'environments.delete',
  'environments.setActive',
  'environments.getActive',
  'http.send',
  'http.cancel',
  'http.fetchAll',
  'http.bodyChunk',
  'http.saveBody',
  'http.releaseBody',
  'http.snippet',
  'history.list',
  'history.get',
  'history.delete',
  'history.clear',
  'specs.list',
  'specs.tree',
  'specs.importText',
  'specs.importUrl',
  'specs.remove',
  'specs.reorder',
  'specs.operation',
  'specs.findings',
  'specs.getExpanded',
  'specs.setExpanded',
  'specs.resolveImport',
  'specs.undoReplace',
  'specs.lastReplacement',
  'drafts.get',
  'drafts.put',
  'watch.start',
  'watch.update',
  'watch.stop',
  'watch.resume',
  'watch.remove',
  'watch.list',
  'watch.markSeen',
  'watch.items',
  'collections.list',
  'collections.get',
  'collections.getRequest',
  'collections.create',
  'collections.addFolder',
  'collections.rename',
  'collections.updateSettings',
  'collections.move',
  'collections.reorder',
  'collections.duplicate',
  'collections.delete',
  'collections.undoDelete',
  'collections.forgetDeleted',
  'collections.saveRequest',
  'collections.openFolders',
  'collections.setOpenFolders',
  'collections.importPostman',
  'collections.acceptConnectionOffer',
  'collections.exportPostman',
  'runner.plan',
  'runner.start',
  'runner.stop',
  'runner.result',
  'collections.specReview',
  'collections.applySpecUpdate',
  'globals.get',
  'globals.update',
  'workspace.get',
  'workspace.save',
] as const;

/** Every event name declared in `index.ts`. */
export const eventNameList = [
  'app.menuAction',
  'settings.changed',
  'connections.changed',
  'connections.tokenChanged',
  'environments.changed',
  'http.progress',
  'history.changed',
  'specs.changed',
  'specs.validated',
  'watch.changed',
  'watch.newItems',
  'collections.changed',
  'runner.progress',
  'runner.finished',
  'globals.changed',
] as const;

/** A command name as listed here (the type test proves it equals the contract's `CommandName`). */
export type ListedCommandName = (typeof commandNameList)[number];
/** An event name as listed here (the type test proves it equals the contract's `EventName`). */
export type ListedEventName = (typeof eventNameList)[number];

const commandSet: ReadonlySet<string> = new Set(commandNameList);
const eventSet: ReadonlySet<string> = new Set(eventNameList);

/** True when `name` is a declared command; safe for any value (no prototype lookups). */
export function isListedCommand(name: unknown): name is ListedCommandName {
  return typeof name === 'string' && commandSet.has(name);
}

/** True when `name` is a declared event. */
export function isListedEvent(name: unknown): name is ListedEventName {
  return typeof name === 'string' && eventSet.has(name);
}
