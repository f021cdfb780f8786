import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateInput } from '../../shared/contract/dispatch';
import { watchCommands } from '../../shared/contract/watch';
import { createDocumentStore } from '../services/store/document-store';
import { createFakeWatchHttp } from '../services/watch/test-support/fake-watch-http';
import { createManualTime } from '../services/watch/test-support/manual-time';
import { createWatchService } from '../services/watch/watch-service';
import { watchHandlers } from './watch-handlers';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const context = { signal: new AbortController().signal };

describe('watch handlers', () => {
  it('run every watch command through the validated contract', async () => {
    dir = mkdtempSync(join(tmpdir(), 'shoreline-watch-handlers-'));
    const time = createManualTime();
    let items = [{ id: 'a' }];
    const watch = createWatchService({ stores: createDocumentStore({ folder: dir, by: 'a test' }), http: createFakeWatchHttp(() => ({ body: { items } })), clock: time.clock, timers: time.timers });
    const handlers = watchHandlers({ watch });
    const start = (input: unknown) => watchCommands['watch.start'].input.parse(input);

    const started = await handlers['watch.start'](start({ request: { method: 'GET', url: 'https://api.example/things' }, name: 'Things', intervalSeconds: 5 }), context);
    expect(started).toMatchObject({ name: 'Things', intervalSeconds: 5, phase: 'starting', notify: true });
    await time.advance(0);
    items = [{ id: 'a' }, { id: 'b' }];
    await time.advance(5_000);
    expect((await handlers['watch.list']({}, context)).map((w) => [w.id, w.found, w.unseenText])).toEqual([[started.id, 1, '1 new since you last looked']]);
    expect(await handlers['watch.items'](watchCommands['watch.items'].input.parse({ id: started.id }), context)).toMatchObject({ items: [{ key: 'id:b', item: { id: 'b' } }], unseen: 1, found: 1 });
    expect(await handlers['watch.markSeen']({ id: started.id }, context)).toMatchObject({ unseen: 0 });
    expect(await handlers['watch.update']({ id: started.id, notify: false }, context)).toMatchObject({ notify: false });
    expect(await handlers['watch.stop']({ id: started.id }, context)).toMatchObject({ phase: 'stopped' });
    expect(await handlers['watch.resume']({ id: started.id }, context)).toMatchObject({ phase: 'waiting' });
    await handlers['watch.remove']({ id: started.id }, context);
    expect(await handlers['watch.list']({}, context)).toEqual([]);
    await expect(handlers['watch.start'](start({ request: { method: 'DELETE', url: 'https://api.example/things/1' } }), context)).rejects.toThrow(/Only GET and HEAD requests can be watched/);
    await watch.dispose();
  });

  it('refuse bad input at the boundary, in words', () => {
    // The contract refuses what can never be right; the 5 s minimum is the service's (tests may lower it).
    const refused = validateInput('watch.start', { request: { method: 'GET', url: 'https://api.example/x' }, intervalSeconds: 0 });
    expect(refused.ok).toBe(false);
    if (!refused.ok && !refused.error.ok) expect(refused.error.error.message).toBe('The input to watch.start is not valid: intervalSeconds: A watch checks at most every second.');
    expect(validateInput('watch.items', { id: 'x', limit: 5000 }).ok).toBe(false);
    expect(validateInput('watch.start', { request: { method: 'GET', url: 'https://x', headers: [{ name: 'X', value: 'a\r\nb' }] } }).ok).toBe(false);
  });
});
