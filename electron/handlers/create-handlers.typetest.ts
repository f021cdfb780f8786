/**
 * Compile-time proof that the handler table is exhaustive: if `Handlers` stopped requiring every
 * command, the `@ts-expect-error` below would be unused and `npm run typecheck` would fail.
 */
import type { Handlers } from '../../shared/contract/index';
import { createHandlers } from './create-handlers';

export function tableWithoutOneHandler(full: ReturnType<typeof createHandlers>): void {
  const { 'app.info': _removed, ...rest } = full;
  // @ts-expect-error — a table missing `app.info` is not a complete Handlers table.
  const incomplete: Handlers = rest;
  void incomplete;
}
