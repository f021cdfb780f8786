/**
 * The one boundary every host goes through: check the name, validate the input, run the handler,
 * and turn whatever happens into a {@link Result}. Handlers never see unvalidated input, and
 * callers never see a thrown value.
 */
import { toAppError, type FieldIssue, type Result } from '../errors';
import type { CallContext } from './define';
import { commands, isCommandName, type CommandName, type Handlers } from './index';

/** Formats a validation failure as one readable sentence with the field path. */
export function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Zod issues as {@link FieldIssue}s: the path kept as a list (symbols, which JSON cannot carry, as text). */
export function fieldIssuesOf(issues: readonly { path: PropertyKey[]; message: string }[]): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))), message: issue.message }));
}

/** Validates `rawInput` for `name`, or returns the error to send back. */
export function validateInput(
  name: string,
  rawInput: unknown,
): { ok: true; name: CommandName; input: unknown } | { ok: false; error: Result<never> & { ok: false } } {
  if (!isCommandName(name)) {
    return { ok: false, error: { ok: false, error: { code: 'unknown_command', message: `There is no command called "${name}".` } } };
  }
  const parsed = commands[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const message = `The input to ${name} is not valid: ${describeIssues(parsed.error.issues)}`;
    return { ok: false, error: { ok: false, error: { code: 'invalid_input', message, issues: fieldIssuesOf(parsed.error.issues) } } };
  }
  return { ok: true, name, input: parsed.data };
}

/** Runs a command end to end and never throws. */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
  context: CallContext,
): Promise<Result<unknown>> {
  const checked = validateInput(name, rawInput);
  if (!checked.ok) return checked.error;
  try {
    const handler = handlers[checked.name] as (input: unknown, context: CallContext) => Promise<unknown>;
    const value = await handler(checked.input, context);
    return { ok: true, value };
  } catch (thrown) {
    return { ok: false, error: toAppError(thrown) };
  }
}
