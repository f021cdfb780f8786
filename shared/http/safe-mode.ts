/**
 * Safe mode: on a real (non-sandbox) environment, anything that can change data asks first, and an
 * environment marked read-only refuses it outright. One pure rule so the UI can grey out a button
 * with the same verdict that main enforces.
 */

/** What safe mode needs to know about an environment. */
export interface SafeModeEnvironment {
  /** True for Shoreline's built-in sandbox, where nothing real can break. */
  isSandbox: boolean;
  /** True when the user marked the environment read-only. */
  readOnly: boolean;
  /** Shown in the message. */
  name?: string;
}

/** The verdict of {@link checkSafeMode}. */
export type SafeModeVerdict =
  | { allowed: true }
  | { allowed: false; code: 'read_only' | 'confirm_required'; message: string };

const changingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True for the methods that can change data (POST, PUT, PATCH, DELETE). */
export function isChangingMethod(method: string): boolean {
  return changingMethods.has(method.toUpperCase());
}

/** Decides whether a request may go out now, must be confirmed first, or may not go out at all. */
export function checkSafeMode(input: {
  method: string;
  environment: SafeModeEnvironment;
  confirmed?: boolean;
}): SafeModeVerdict {
  const method = input.method.toUpperCase();
  if (!isChangingMethod(method)) return { allowed: true };
  const where = input.environment.name ? `“${input.environment.name}”` : 'this environment';
  if (input.environment.readOnly) {
    return {
      allowed: false,
      code: 'read_only',
      message: `${where} is read-only, so Shoreline does not send ${method} requests to it. Turn off read-only in the environment's settings to change data.`,
    };
  }
  if (input.environment.isSandbox || input.confirmed === true) return { allowed: true };
  return {
    allowed: false,
    code: 'confirm_required',
    message: `A ${method} request can change real data in ${where}. Confirm that you want to send it.`,
  };
}
