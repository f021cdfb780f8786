/**
 * Errors cross every boundary as data, never as thrown strings: a host turns a thrown
 * {@link ShorelineError} into an {@link AppError}, and the renderer turns its `code` into words.
 */

/** Every error code Shoreline can report. Add new ones here so the renderer can word them. */
export const errorCodes = [
  'invalid_input',
  'unknown_command',
  'unauthorized',
  'forbidden',
  'too_large',
  'not_found',
  'conflict',
  'unsupported',
  'store_damaged',
  'keychain_unavailable',
  'token_failed',
  'invalid_client',
  'client_auth_mismatch',
  'unreachable',
  'tls',
  'not_json',
  'clock_skew',
  'rate_limited',
  'confirm_required',
  'spec_invalid',
  'network',
  'cancelled',
  'timeout',
  'read_only',
  'store_unavailable',
  'internal',
] as const;

/** A machine-readable error category. */
export type ErrorCode = (typeof errorCodes)[number];

/** The serialisable shape of an error as it crosses from main (or the web host) to the renderer. */
export interface AppError {
  /** What kind of failure this is; the renderer words it for the user. */
  code: ErrorCode;
  /** One sentence a non-programmer understands. Never contains a secret or a token. */
  message: string;
  /** Optional raw material (a response body, a JSON path) shown one click away. */
  detail?: string;
  /** For `invalid_input`: one message per field, with the field's path, so a form can show each beside its field. */
  issues?: FieldIssue[];
}

/** What is wrong with one field of an input: its path (`['variables', 'x-y']`, `[]` for the whole input) and why. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/** The result of every command: a value, or an error as data. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** An error that services throw and hosts serialise with {@link toAppError}. */
export class ShorelineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'ShorelineError';
  }
}

/** Turns anything thrown into an {@link AppError}; unknown throwables become `internal` without leaking their text. */
export function toAppError(thrown: unknown): AppError {
  if (thrown instanceof ShorelineError) {
    return {
      code: thrown.code,
      message: thrown.message,
      ...(thrown.detail !== undefined && { detail: thrown.detail }),
      ...(thrown.issues !== undefined && { issues: thrown.issues.map((i) => ({ path: [...i.path], message: i.message })) }),
    };
  }
  // Unknown errors may carry anything (a URL with a token in it, a stack): keep only a neutral sentence.
  return { code: 'internal', message: 'Something went wrong inside Shoreline. Your saved work is unchanged.' };
}

/** True when `value` has the shape of an {@link AppError}. */
export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'string';
}
