/** Test support: the result of an import that must not have asked anything (see ImportQuestion). */
import type { ImportOutcome, ImportResult } from '../../../shared/contract/specs';

/** Resolves with the import's result; fails when the import asked a question instead. */
export async function imported(outcome: Promise<ImportOutcome> | ImportOutcome): Promise<ImportResult> {
  const value = await outcome;
  if ('question' in value) throw new Error(`The import asked instead of importing: ${JSON.stringify(value.question)}`);
  return value;
}
