/**
 * Where a request's auth, environment and `{{variables}}` come from — the one place that decides it,
 * for the window (which shows "from folder Storage"), for sending, and for the runner and the command
 * line. A collection and each folder may set a connection, an environment and variables, or inherit:
 *
 * - **Environment**: the nearest folder (then the collection) that sets one, else the environment
 *   the request is sent to (the active one, or the one a tab re-opened from history remembers).
 * - **Auth**: the request's own choice, else the nearest folder, else the collection, else the
 *   connection of that environment. `none` at any level stops the search: no token is sent.
 * - **Variables**: request → folders (nearest first) → the environment → collection → globals, the
 *   precedence Postman and Bruno users know. Only ticked rows count.
 */
import type { RequestAuth, RequestRow } from './request';
import { isValidVariableName, variableNames } from './variables';

/** What the resolution reads of a collection or a folder: the common part of a collection and its outline. */
export interface ScopeNode {
  id: string;
  name: string;
  auth: RequestAuth;
  environmentId?: string | undefined;
  variables: readonly RequestRow[];
}

/** A collection (or its outline) as the resolution walks it. */
export interface ScopeTree extends ScopeNode {
  items: readonly ScopeTreeItem[];
}

/** A folder or a request in a {@link ScopeTree}. */
export type ScopeTreeItem = (ScopeNode & { kind: 'folder'; items: readonly ScopeTreeItem[] }) | { kind: 'request'; id: string; name: string };

/** An environment as the resolution needs it (`baseUrl` among its variables). */
export interface ScopeEnvironment {
  id: string;
  name: string;
  variables: Readonly<Record<string, string>>;
  connectionId?: string | undefined;
}

/** Where a value comes from. */
export type ScopeOrigin =
  | { kind: 'request' }
  | { kind: 'folder'; id: string; name: string }
  | { kind: 'collection'; id: string; name: string }
  | { kind: 'environment'; id: string; name: string }
  | { kind: 'globals' }
  /** The environment chosen at the top of the window. */
  | { kind: 'active' }
  /** The environment a tab re-opened from history was sent to. */
  | { kind: 'tab' };

/** The input of {@link resolveScope}. */
export interface ScopeInput {
  /** The collection holding the request, when it is saved in one. */
  collection?: ScopeTree | undefined;
  /** The request (or folder) inside `collection` whose scope is wanted; absent: the collection itself. */
  itemId?: string | undefined;
  /** The request's own auth and variables, as edited now. */
  request?: { auth: RequestAuth; variables: readonly RequestRow[] } | undefined;
  /** The environment the request is sent to unless a folder or the collection sets one: the active one. */
  environmentId: string | null | undefined;
  /** Says the environment above is a tab's own (re-opened from history), not the window's. */
  environmentFromTab?: boolean;
  environments: readonly ScopeEnvironment[];
  globals: readonly RequestRow[];
  /** True when a connection exists (to report one that was deleted); everything exists when absent. */
  connectionExists?: ((id: string) => boolean) | undefined;
}

/** A resolved variable. */
export interface ResolvedVariable {
  value: string;
  origin: ScopeOrigin;
}

/** The outcome of {@link resolveScope}. */
export interface ResolvedScope {
  /** The environment that applies and who chose it; absent when none does. */
  environment?: { id: string; name: string; chosenBy: ScopeOrigin };
  /** The token to send: a connection and where that choice was made, or none. */
  auth: { kind: 'connection'; connectionId: string; origin: ScopeOrigin } | { kind: 'none'; origin: ScopeOrigin | undefined };
  /** Every variable in reach, by name, with the value that wins and where it comes from. */
  variables: Record<string, ResolvedVariable>;
  /** The folders above the request, outermost first (for "DSCC › Storage"). */
  path: { id: string; name: string }[];
  /** What makes the request unsendable (a folder's environment was deleted), in words. */
  problem?: string;
}

/** A folder in a {@link ScopeTree}. */
export type ScopeFolder = Extract<ScopeTreeItem, { kind: 'folder' }>;

/** The folders from the collection down to `itemId` (excluded), outermost first; undefined when it is not there. */
export function foldersAbove(tree: ScopeTree, itemId: string): ScopeFolder[] | undefined {
  const walk = (items: readonly ScopeTreeItem[], above: ScopeFolder[]): ScopeFolder[] | undefined => {
    for (const item of items) {
      if (item.id === itemId) return above;
      if (item.kind === 'folder') {
        const found = walk(item.items, [...above, item]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(tree.items, []);
}

const nodeOrigin = (node: ScopeNode, kind: 'folder' | 'collection'): ScopeOrigin => ({ kind, id: node.id, name: node.name });

/** The levels that may set something, nearest first: the item itself when it is a folder, its folders, the collection. */
function levelsOf(input: ScopeInput): { node: ScopeNode; origin: ScopeOrigin }[] {
  const tree = input.collection;
  if (!tree) return [];
  const chain: ScopeNode[] = [];
  if (input.itemId !== undefined) {
    const folders = foldersAbove(tree, input.itemId) ?? [];
    chain.push(...folders);
    // Asked for a folder itself: its own settings are the nearest.
    const self = (folders.at(-1)?.items ?? tree.items).find((item) => item.id === input.itemId);
    if (self?.kind === 'folder') chain.push(self);
  }
  return [...chain.reverse().map((node) => ({ node, origin: nodeOrigin(node, 'folder') })), { node: tree, origin: nodeOrigin(tree, 'collection') }];
}

/** The ticked rows of `rows` whose names can be variables, as a map (a later row of the same name wins, as in Postman). */
function rowValues(rows: readonly RequestRow[]): [string, string][] {
  return rows.filter((row) => row.enabled && isValidVariableName(row.key.trim())).map((row) => [row.key.trim(), row.value]);
}

/** Resolves auth, environment and variables for a request (or folder) in its collection. */
export function resolveScope(input: ScopeInput): ResolvedScope {
  const levels = levelsOf(input);
  const path = input.collection && input.itemId !== undefined ? (foldersAbove(input.collection, input.itemId) ?? []).map(({ id, name }) => ({ id, name })) : [];
  let problem: string | undefined;

  // The environment: the nearest level that sets one, else the one the request is sent to.
  const setter = levels.find((level) => level.node.environmentId !== undefined);
  const wantedId = setter ? setter.node.environmentId : (input.environmentId ?? undefined);
  const chosenBy: ScopeOrigin = setter ? setter.origin : input.environmentFromTab ? { kind: 'tab' } : { kind: 'active' };
  const found = wantedId === undefined ? undefined : input.environments.find((e) => e.id === wantedId);
  if (wantedId !== undefined && !found) {
    problem = setter
      ? `${capitalised(originWords(setter.origin).replace(/^from /, ''))} uses an environment that no longer exists. Choose another one in its settings.`
      : 'This environment no longer exists. Choose another one.';
  }

  // Auth: the request, the levels nearest first, then the environment's connection.
  let auth: ResolvedScope['auth'] = { kind: 'none', origin: undefined };
  const choices: { auth: RequestAuth; origin: ScopeOrigin }[] = [
    ...(input.request ? [{ auth: input.request.auth, origin: { kind: 'request' } as ScopeOrigin }] : []),
    ...levels.map((level) => ({ auth: level.node.auth, origin: level.origin })),
  ];
  const decided = choices.find((choice) => choice.auth.kind !== 'inherit');
  if (decided?.auth.kind === 'connection') auth = { kind: 'connection', connectionId: decided.auth.connectionId, origin: decided.origin };
  else if (decided?.auth.kind === 'none') auth = { kind: 'none', origin: decided.origin };
  else if (found?.connectionId !== undefined) auth = { kind: 'connection', connectionId: found.connectionId, origin: { kind: 'environment', id: found.id, name: found.name } };
  if (auth.kind === 'connection' && input.connectionExists && !input.connectionExists(auth.connectionId)) {
    problem ??= `The connection ${auth.origin.kind === 'request' ? 'this request uses' : `chosen ${originWords(auth.origin)}`} no longer exists. Choose another one.`;
  }

  // Variables, lowest first so that nearer ones overwrite: globals, collection, environment, folders, request.
  const variables: Record<string, ResolvedVariable> = {};
  const put = (rows: [string, string][], origin: ScopeOrigin) => {
    for (const [name, value] of rows) variables[name] = { value, origin };
  };
  put(rowValues(input.globals), { kind: 'globals' });
  const collectionLevel = levels.at(-1);
  if (collectionLevel) put(rowValues(collectionLevel.node.variables), collectionLevel.origin);
  if (found) put(Object.entries(found.variables), { kind: 'environment', id: found.id, name: found.name });
  for (const level of levels.slice(0, -1).reverse()) put(rowValues(level.node.variables), level.origin);
  if (input.request) put(rowValues(input.request.variables), { kind: 'request' });

  return {
    ...(found && { environment: { id: found.id, name: found.name, chosenBy } }),
    auth,
    variables,
    path,
    ...(problem !== undefined && { problem }),
  };
}

/** The winning values only, for interpolation. */
export function variableValues(resolved: Pick<ResolvedScope, 'variables'>): Record<string, string> {
  return Object.fromEntries(Object.entries(resolved.variables).map(([name, v]) => [name, v.value]));
}

/** Each `{{name}}` in `texts`, once, in order, with its value and origin (none when it is defined nowhere). */
export function variableUses(texts: readonly string[], resolved: Pick<ResolvedScope, 'variables'>): { name: string; resolved?: ResolvedVariable }[] {
  const names = [...new Set(texts.flatMap((text) => variableNames(text)))];
  return names.map((name) => (Object.hasOwn(resolved.variables, name) ? { name, resolved: resolved.variables[name]! } : { name }));
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "from folder Storage", "from the active environment" … */
export function originWords(origin: ScopeOrigin): string {
  switch (origin.kind) {
    case 'request':
      return 'from this request';
    case 'folder':
      return `from folder ${origin.name}`;
    case 'collection':
      return `from collection ${origin.name}`;
    case 'environment':
      return `from environment ${origin.name}`;
    case 'globals':
      return 'from the global variables';
    case 'active':
      return 'the active environment';
    case 'tab':
      return 'the environment this request was sent to';
  }
}
