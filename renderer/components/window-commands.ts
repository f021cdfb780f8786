/**
 * Commands one part of the window asks another to carry out without importing it: the first-run guide
 * opening the connections dialog, an error's "Replace the secret" button, Import from the guide. The
 * part that owns the thing registers a handler while it is mounted; a command sent while nobody
 * handles it waits (ten seconds at most) for the handler to appear — e.g. the Explorer, shown a moment
 * later by the `showSidebarTab` command.
 */
import { useEffect, useRef } from 'react';

/** Every command and what it carries. */
export interface WindowCommands {
  /** Open the connections dialog on a connection (or `'new'`), optionally with "Replace secret" open. */
  openConnections: { id?: string | 'new'; replaceSecret?: boolean };
  /** Show a sidebar tab. */
  showSidebarTab: { tab: 'explorer' | 'collections' | 'history' | 'watch' };
  /** Pick OpenAPI files to import. */
  importSpecFile: Record<string, never>;
  /** Import the Sandbox's own API description. */
  importSandboxSpec: Record<string, never>;
  /** Import these OpenAPI files (dropped or picked in another panel): the Explorer takes them. */
  importSpecFiles: { files: File[] };
  /** Import these Postman collections (dropped or picked in another panel): the Collections tab takes them. */
  importCollectionFiles: { files: File[] };
}

type Name = keyof WindowCommands;
type Handler<N extends Name> = (payload: WindowCommands[N]) => void;

const handlers = new Map<Name, Handler<Name>>();
const waiting = new Map<Name, { payload: unknown; until: number }>();

/** Sends `name`; runs at once when handled, else when a handler registers within ten seconds. */
export function runWindowCommand<N extends Name>(name: N, payload: WindowCommands[N]): void {
  const handler = handlers.get(name) as Handler<N> | undefined;
  if (handler) return handler(payload);
  waiting.set(name, { payload, until: Date.now() + 10_000 });
}

/** Handles `name` while the calling component is mounted (the latest `handler` is used). */
export function useWindowCommand<N extends Name>(name: N, handler: Handler<N>): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const run: Handler<N> = (payload) => latest.current(payload);
    handlers.set(name, run as Handler<Name>);
    const pending = waiting.get(name);
    waiting.delete(name);
    if (pending && Date.now() <= pending.until) run(pending.payload as WindowCommands[N]);
    return () => {
      if (handlers.get(name) === (run as Handler<Name>)) handlers.delete(name);
    };
  }, [name]);
}
