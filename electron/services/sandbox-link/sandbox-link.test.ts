// Two processes on one folder: the app runs the Sandbox; the command line joins it instead of
// starting its own, so the app's built-in environment and connection keep pointing at the app's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../create-services';
import { createDocumentStore } from '../store/document-store';
import { sandboxIds } from './sandbox-link';
import { testServiceDependencies } from '../test-support/temp-services';

const dir = mkdtempSync(join(tmpdir(), 'shoreline-sandbox-join-'));
const open = (by: string): Services =>
  createServices(testServiceDependencies(dir, { stores: createDocumentStore({ folder: dir, by }) }));
const opened: Services[] = [];

afterAll(async () => {
  for (const services of opened) await services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('joining the Sandbox', () => {
  it('uses the app’s running Sandbox without moving the built-ins, and starts one when none answers', async () => {
    const app = open('the app');
    opened.push(app);
    const sandbox = await app.sandbox.start();
    const cli = open('the command line');
    opened.push(cli);
    await cli.sandbox.join();
    expect(cli.sandbox.current()).toBeUndefined();
    expect(cli.environments.list().find((e) => e.id === sandboxIds.environment)?.variables.baseUrl).toBe(sandbox.baseUrl);
    expect(await cli.tokens.getToken(sandboxIds.connection)).toMatch(/^eyJ/);

    await app.close();
    const later = open('a later command line');
    opened.push(later);
    await later.sandbox.join();
    const own = later.sandbox.current();
    expect(own).toBeDefined();
    expect(own!.baseUrl).not.toBe(sandbox.baseUrl);
    expect(later.environments.list().find((e) => e.id === sandboxIds.environment)?.variables.baseUrl).toBe(own!.baseUrl);
  });
});
