/** Why a poll could not be used, in words: the engine's own failures (the HTTP ones are the service's). */

/** What went wrong in the engine. */
export type WatchProblemCode = 'too_many' | 'other_origin';

/** A poll the engine had to give up; nothing of it was kept. */
export class WatchProblem extends Error {
  constructor(
    readonly code: WatchProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'WatchProblem';
  }
}
