/**
 * The response envelopes and error bodies, one per API family, as the routes and
 * `http/error-bodies.ts` build them: DSCC pages with `pageLimit`/`pageOffset`, the others with
 * `count`/`offset`; DSCC errors with `error` and `traceId`, the others with `message` and `debugId`.
 */
import type { Family } from '../http/api-error';
import { arr, bool, int, obj, ref, str, type Schema } from './schema-builders';

/** A DSCC page of `item` (a component name). */
export function dsccPage(item: string, what: string): Schema {
  return obj(`One page of ${what}.`, {
    items: arr(`The ${what} on this page.`, ref(item)),
    total: int('How many items match, across all pages.'),
    pageLimit: int('The page size used.'),
    pageOffset: int('The offset of the first item on this page.'),
  });
}

/** A COM, PCBE or audit-log page of `item`; audit logs add `remainingRecords`. */
export function greenLakePage(item: string, what: string, remainingRecords?: string): Schema {
  return obj(`One page of ${what}.`, {
    items: arr(`The ${what} on this page.`, ref(item)),
    count: int('How many items are on this page.'),
    offset: int('The offset of the first item on this page.'),
    total: int('How many items match, across all pages.'),
    ...(remainingRecords ? { remainingRecords: bool(remainingRecords) } : {}),
  });
}

/** The DSCC error body. */
export const dsccErrorSchema: Schema = obj(
  'An error from a Data Services endpoint.',
  {
    httpStatusCode: int('The HTTP status again.'),
    errorCode: str('A stable code, e.g. `INVALID_PARAMETER` or `FORBIDDEN`.'),
    error: str('What went wrong, in words.'),
    traceId: str('Quote this when reporting the error.'),
    permission: str('On a 403: the permission the token lacks.'),
  },
  ['permission'],
);

const errorDetail = obj(
  'More about the error: the parameter at fault (400) or facts about the token (401, 403).',
  {
    type: str('`hpe.greenlake.bad_request` or `hpe.greenlake.metadata`.'),
    issues: arr('The parameters at fault.', obj('One issue.', { source: str('Where: `query.parameter`.'), subject: str('The parameter name.'), description: str('What is wrong with it.') })),
    source: str('The service that answered.'),
    metadata: obj('Facts about the refusal.', { access_token: str('Why the token was refused: missing, expired, …'), permission: str('The permission the token lacks.') }, ['access_token', 'permission']),
  },
  ['issues', 'source', 'metadata'],
);

/** The error body of GreenLake, COM and PCBE endpoints. */
export const greenLakeErrorSchema: Schema = obj(
  'An error from a GreenLake platform, Compute Ops Management or PCBE endpoint.',
  {
    httpStatusCode: int('The HTTP status again.'),
    errorCode: str('A stable code, e.g. `HPE_GL_ERROR_BAD_REQUEST`.'),
    message: str('What went wrong, in words.'),
    debugId: str('Quote this when reporting the error.'),
    errorDetails: arr('Structured details, when there are any.', errorDetail),
    permission: str('On a 403: the permission the token lacks.'),
  },
  ['errorDetails', 'permission'],
);

/** The component name of the error body of `family`. */
export function errorSchemaName(family: Family): string {
  return family === 'dscc' ? 'DsccError' : 'GreenLakeError';
}
