import { describe, expect, it, vi } from 'vitest';
import type { SpecStorage, StoredSpec } from './spec-storage';
import { createValidationRunner } from './validation-runner';
import type { Validator } from './validator';

function setUp(deferMs: number) {
  const stored = { summary: { id: 'a', validation: 'pending', findingCounts: { error: 0, warning: 0, info: 0 } }, findings: [], operations: [], tags: [], syntax: 'json' } as unknown as StoredSpec;
  const specs = new Map([['a', stored]]);
  const validate = vi.fn<Validator['validate']>(async () => undefined);
  const storage = { saveSpec: vi.fn(), readDocJson: async () => '{}', docJsonPath: (id: string) => `/specs/${id}.source.json` } as unknown as SpecStorage;
  const onDone = vi.fn();
  const runner = createValidationRunner({ storage, specs, validator: { validate, dispose: () => undefined } as unknown as Validator, onDone }, deferMs);
  return { runner, validate, onDone, specs };
}

describe('createValidationRunner', () => {
  it('holds an import’s validation until the window has its list (release), so drawing it never competes with it', async () => {
    const { runner, validate, onDone, specs } = setUp(60_000);
    runner.start('a', '{"openapi":"3.0.3"}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(validate).not.toHaveBeenCalled();
    expect(runner.hasDeferred()).toBe(true);
    runner.release();
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(validate).toHaveBeenCalledWith('{"openapi":"3.0.3"}');
    expect(specs.get('a')?.summary.validation).toBe('done');
    expect(runner.hasDeferred()).toBe(false);
  });

  it('validates an import without its text from the file it was saved to (the validator reads it, main keeps no copy)', async () => {
    const { runner, validate, onDone } = setUp(60_000);
    runner.start('a');
    await runner.idle();
    expect(validate).toHaveBeenCalledWith({ path: '/specs/a.source.json' });
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('starts a held validation on its own after the delay, and at once when someone waits for idle', async () => {
    const late = setUp(100);
    late.runner.start('a', '{}');
    await vi.waitFor(() => expect(late.onDone).toHaveBeenCalledTimes(1), { timeout: 2000 });
    const waited = setUp(60_000);
    waited.runner.start('a', '{}');
    await waited.runner.idle();
    expect(waited.validate).toHaveBeenCalledTimes(1);
  });
});
