/**
 * Errors as the UI words them: a host's `{ code, message, detail?, issues? }` when there is one, and
 * the field issues of an `invalid_input` error as one message per field.
 */
import { isAppError, type AppError } from '../../shared/errors';
import { HostError } from './host';

/** The error behind anything a command rejected with; unknown throwables get a neutral sentence. */
export function appErrorOf(thrown: unknown): AppError {
  if (thrown instanceof HostError) return thrown.error;
  if (isAppError(thrown)) return thrown;
  return { code: 'internal', message: 'Shoreline could not reach its own service. Try again; your saved work is unchanged.' };
}

/**
 * Field messages of an `invalid_input` error, keyed by the first segment of each issue's path (so
 * `variables.9x` lands under `variables`); messages about the whole input land under `''`.
 */
export function fieldIssues(error: AppError | undefined): Record<string, string> {
  if (!error || error.code !== 'invalid_input' || !error.issues) return {};
  return issuesByField(error.issues);
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
