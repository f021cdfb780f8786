/**
 * Errors as the UI words them: a host's `{ code, message, detail? }` when there is one, and the
 * server's `invalid_input` sentence split back into one message per field.
 */
import { isAppError, type AppError } from '../../shared/errors';
import { HostError } from './host';

/** The error behind anything a command rejected with; unknown throwables get a neutral sentence. */
export function appErrorOf(thrown: unknown): AppError {
  if (thrown instanceof HostError) return thrown.error;
  if (isAppError(thrown)) return thrown;
  return { code: 'internal', message: 'Shoreline could not reach its own service. Try again; your saved work is unchanged.' };
}

const invalidInputPrefix = /^The input to \S+ is not valid: /;

/**
 * Field messages from an `invalid_input` error ("The input to connections.add is not valid:
 * tokenUrl: Enter the token URL…; clientId: Enter the client ID."), keyed by the first path segment,
 * or by the full dotted path under `fullPath`. Messages without a path land under `''`.
 */
export function fieldIssues(error: AppError | undefined): Record<string, string> {
  if (!error || error.code !== 'invalid_input' || !invalidInputPrefix.test(error.message)) return {};
  const issues: Record<string, string> = {};
  for (const part of error.message.replace(invalidInputPrefix, '').split('; ')) {
    const match = /^([A-Za-z_][\w.-]*): (.+)$/s.exec(part);
    const field = match?.[1]?.split('.')[0] ?? '';
    const message = match?.[2] ?? part;
    issues[field] ??= message;
  }
  return issues;
}

/** Zod-style issues (from a local `safeParse`) as one message per first path segment. */
export function issuesByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.length ? String(issue.path[0]) : '';
    result[field] ??= issue.message;
  }
  return result;
}
