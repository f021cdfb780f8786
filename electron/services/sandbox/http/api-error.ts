/** An API error a route throws; the request handler words it in the style of the API's family. */

/** The API families the Sandbox imitates; each words its errors its own way. */
export type Family = 'dscc' | 'com' | 'glp' | 'pcbe';

/** What went wrong, independent of how a family words it. */
export type ErrorKind = 'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'method_not_allowed' | 'too_many_requests' | 'internal' | 'service_unavailable';

/** Extra facts some errors carry. */
export interface ErrorFacts {
  /** The query parameter at fault (400). */
  subject?: string;
  /** The permission the token lacks (403). */
  permission?: string;
  /** Why the token was refused (401): `missing`, `expired`, … */
  tokenProblem?: string;
}

const statusOf: Record<ErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  too_many_requests: 429,
  internal: 500,
  service_unavailable: 503,
};

/** Thrown by routes and the dispatcher; rendered by {@link errorBody}. */
export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly facts: ErrorFacts = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = statusOf[kind];
  }
}
