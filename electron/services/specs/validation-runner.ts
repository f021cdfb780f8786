/**
 * Strict validation in the background, after the spec is already usable: findings are stored with
 * their JSON paths, and a newer import (or removal) of the same spec makes an older run's answer
 * void. Specs left "pending" by a restart are validated again from their cached JSON.
 */
import { validationFindings } from '../../../shared/openapi/validation-findings';
import type { SpecStorage, StoredSpec } from './spec-storage';
import type { Validator } from './validator';

/** What the runner needs from the service. */
export interface ValidationRunnerDependencies {
  storage: SpecStorage;
  /** The service's live specs, by id. */
  specs: Map<string, StoredSpec>;
  validator: Validator;
  /** Called after a run's findings were saved. */
  onDone(stored: StoredSpec): void;
}

/** Starts and forgets background validations. */
export interface ValidationRunner {
  /**
   * Validates the document of spec `id` as just imported — `json` when given, else its saved file,
   * which the validator reads itself (main keeps no big text for it) — once {@link release} is
   * called (the window has the new list) or `deferMs` passed, so validation never competes for the
   * CPU with drawing the list it is advice about.
   */
  start(id: string, json?: string): void;
  /** Lets every deferred run begin now. */
  release(): void;
  /** Whether a run waits for {@link release}. */
  hasDeferred(): boolean;
  /** Validates a spec from its saved JSON (after a restart). */
  restart(id: string): void;
  /** Forgets any run for `id` (its answer will be ignored). */
  forget(id: string): void;
  /** Drops every run that has not reached the validator (the service is closing). */
  stop(): void;
  /** Resolves when no run is pending (deferred runs begin at once). */
  idle(): Promise<void>;
}

/** Creates the runner; a deferred run begins at the latest `deferMs` after its start. */
export function createValidationRunner(deps: ValidationRunnerDependencies, deferMs = 1000): ValidationRunner {
  const runs = new Map<string, { token: symbol; done: Promise<void> }>();
  const deferred = new Set<() => void>();
  let stopped = false;
  const release = () => {
    for (const go of [...deferred]) go();
  };
  const gate = () =>
    new Promise<void>((resolve) => {
      const go = () => {
        clearTimeout(timer);
        deferred.delete(go);
        resolve();
      };
      const timer = setTimeout(go, deferMs);
      timer.unref?.();
      deferred.add(go);
    });

  /** The saved file of spec `id`'s document, for the validator to read. */
  const savedDocument = (id: string) => {
    const path = deps.storage.docJsonPath(id);
    return path === undefined ? undefined : { path };
  };

  async function run(id: string, token: symbol, document: string | { path: string } | undefined): Promise<void> {
    if (document === undefined || stopped) return;
    const failure = await deps.validator.validate(document);
    if (runs.get(id)?.token !== token || failure?.name === 'Cancelled') return;
    const stored = deps.specs.get(id);
    if (!stored) return;
    const importFindings = stored.findings.filter((f) => f.source === 'import');
    const danglingKnown = importFindings.some((f) => f.severity === 'error');
    const broken = failure?.name === 'Timeout' || failure?.name === 'Crash';
    const findings = [...importFindings, ...validationFindings(failure, danglingKnown)];
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings) counts[f.severity] += 1;
    const next: StoredSpec = { ...stored, findings, summary: { ...stored.summary, validation: broken ? 'failed' : 'done', findingCounts: counts } };
    deps.specs.set(id, next);
    deps.storage.saveSpec(next);
    deps.onDone(next);
  }

  function begin(id: string, document: () => Promise<string | { path: string } | undefined>) {
    const token = Symbol(id);
    const done = document()
      .then((text) => run(id, token, text))
      .catch(() => undefined)
      .finally(() => {
        if (runs.get(id)?.token === token) runs.delete(id);
      });
    runs.set(id, { token, done });
  }

  return {
    start: (id, json) => begin(id, () => gate().then(() => json ?? savedDocument(id))),
    release,
    stop() {
      stopped = true;
      release();
    },
    hasDeferred: () => deferred.size > 0,
    restart: (id) => begin(id, async () => savedDocument(id)),
    forget: (id) => void runs.delete(id),
    async idle() {
      release();
      while (runs.size > 0) await Promise.all([...runs.values()].map((r) => r.done));
    },
  };
}
