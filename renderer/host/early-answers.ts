/**
 * The first screen's questions, asked the moment the page starts, before React and the app's
 * scripts are evaluated: their answers then travel while the scripts load, and the first render
 * already has the explorer's tree instead of drawing an empty window and then drawing it again.
 *
 * An early answer stands in for the same question (command and input) asked later, for as long as
 * nothing can have changed it: until the host sends its first event, the window runs a command that
 * is not a plain question (it may change something), or a few seconds pass. After that every
 * question goes to the host as before.
 */
import type { CommandName, InputOf, OutputOf } from '../../shared/contract/index';
import type { Host } from './host';

/** A question the first screen asks, as `[command, input]`. */
export type EarlyQuestion = { [N in CommandName]: readonly [N, InputOf<N>] }[CommandName];

/** What the first screen asks (all with fixed inputs): settings and theme, the tree, the tabs, the environments and the header's facts. */
export const firstScreenQuestions: readonly EarlyQuestion[] = [
  ['settings.get', {}],
  ['specs.tree', {}],
  ['specs.getExpanded', {}],
  ['app.info', {}],
  ['workspace.get', {}],
  ['environments.list', {}],
  ['environments.getActive', {}],
  ['collections.list', {}],
  ['globals.get', {}],
  ['watch.list', {}],
  ['connections.list', {}],
];

/** How long an early answer may stand in for a new question when nothing else ended it. */
export const earlyAnswerLifetimeMs = 5_000;

interface Early {
  promise: Promise<unknown>;
  /** Set once the answer arrived (never for a failure: a failed question is asked again). */
  settled?: { value: unknown };
}

/** A host that asked the first screen's questions already; see the module comment. */
export interface EarlyHost extends Host {
  /** Resolves once every early question has its answer or failed. */
  ready: Promise<void>;
}

/** Commands that only read (`settings.get`, `specs.tree`, `connections.tokenStatus`…): asking them leaves the early answers standing. */
const questionPattern = /\.(get\w*|list|tree|info|tokenStatus|envOffer|lastReplacement|findings)$/;

const keyOf = (name: string, input: unknown) => `${name} ${JSON.stringify(input ?? {})}`;

/** Asks `questions` through `host` now and returns the host that answers them from what comes back. */
export function askEarly(host: Host, questions: readonly EarlyQuestion[] = firstScreenQuestions, now: () => number = Date.now): EarlyHost {
  const started = now();
  const answers = new Map<string, Early>();
  let open = true;
  const close = () => {
    open = false;
    answers.clear();
  };
  const current = (key: string): Early | undefined => {
    if (open && now() - started > earlyAnswerLifetimeMs) close();
    return answers.get(key);
  };

  // One round trip where the host takes several questions at once (the web host), else one call each.
  const asked = host.invokeEach ? host.invokeEach(questions) : questions.map(([name, input]) => host.invoke(name, input as never));
  for (const [index, [name, input]] of questions.entries()) {
    const key = keyOf(name, input);
    const early: Early = { promise: asked[index]! };
    early.promise.then(
      (value) => (early.settled = { value }),
      () => answers.get(key) === early && answers.delete(key),
    );
    answers.set(key, early);
  }
  const ready = Promise.allSettled([...answers.values()].map((a) => a.promise)).then(() => undefined);

  return {
    ...host,
    ready,
    invoke<N extends CommandName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
      const early = current(keyOf(name, input));
      if (early) return early.promise as Promise<OutputOf<N>>;
      // Anything but a question may change what the early answers say: from now on, ask the host.
      if (open && !questionPattern.test(name)) close();
      return host.invoke(name, input);
    },
    peek(name, input) {
      const settled = current(keyOf(name, input))?.settled;
      return settled as { value: never } | undefined;
    },
    on(name, listener) {
      return host.on(name, (payload) => {
        // The host says something changed: the early answers may be out of date.
        if (open) close();
        listener(payload);
      });
    },
  };
}
