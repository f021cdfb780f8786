/**
 * Error bodies in each family's own style. DSCC (its spec's `errorResponse` / `ErrorResponse`):
 * `{errorCode, error, traceId}`, plus `httpStatusCode` and, on a 403, the `permission` missing,
 * as DSCC's audit events name it. GreenLake, COM and PCBE (their specs' `BaseError` /
 * `errorResponse`): `{httpStatusCode, errorCode, message, debugId, errorDetails?}`.
 */
import { randomUUID } from 'node:crypto';
import type { ApiError, ErrorKind, Family } from './api-error';

const dsccCodes: Record<ErrorKind, string> = {
  bad_request: 'BAD_REQUEST',
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  method_not_allowed: 'METHOD_NOT_ALLOWED',
  too_many_requests: 'TOO_MANY_REQUESTS',
  internal: 'INTERNAL_ERROR',
  service_unavailable: 'SERVICE_UNAVAILABLE',
};

const greenLakeCodes: Record<ErrorKind, string> = {
  bad_request: 'HPE_GL_ERROR_BAD_REQUEST',
  unauthorized: 'HPE_GL_ERROR_UNAUTHORIZED',
  forbidden: 'HPE_GL_ERROR_FORBIDDEN',
  not_found: 'HPE_GL_ERROR_NOT_FOUND',
  method_not_allowed: 'HPE_GL_ERROR_METHOD_NOT_ALLOWED',
  too_many_requests: 'HPE_GL_ERROR_TOO_MANY_REQUESTS',
  internal: 'HPE_GL_ERROR_INTERNAL_SERVER_ERROR',
  service_unavailable: 'HPE_GL_ERROR_SERVICE_UNAVAILABLE',
};

/** The `source` each GreenLake-style family names in `hpe.greenlake.metadata` details (COM's spec fixes its value). */
const metadataSource: Record<Exclude<Family, 'dscc'>, string> = {
  com: 'compute-ops-mgmt',
  glp: 'hpe.greenlake.audit-log',
  pcbe: 'private-cloud-business',
};

function dsccBody(error: ApiError): Record<string, unknown> {
  const code = error.kind === 'bad_request' && error.facts.subject ? 'INVALID_PARAMETER' : dsccCodes[error.kind];
  const body: Record<string, unknown> = { httpStatusCode: error.status, errorCode: code, error: error.message, traceId: randomUUID().replace(/-/g, '') };
  if (error.facts.permission) body.permission = error.facts.permission;
  return body;
}

function greenLakeDetails(family: Exclude<Family, 'dscc'>, error: ApiError): unknown[] | undefined {
  if (error.kind === 'bad_request') {
    return [
      {
        type: 'hpe.greenlake.bad_request',
        issues: [{ source: 'query.parameter', subject: error.facts.subject ?? 'request', description: error.message }],
      },
    ];
  }
  const metadata: Record<string, string> = {};
  if (error.facts.tokenProblem) metadata.access_token = error.facts.tokenProblem;
  if (error.facts.permission) metadata.permission = error.facts.permission;
  if (Object.keys(metadata).length === 0) return undefined;
  return [{ type: 'hpe.greenlake.metadata', source: metadataSource[family], metadata }];
}

/** The body for `error` on an endpoint of `family`. */
export function errorBody(family: Family, error: ApiError): Record<string, unknown> {
  if (family === 'dscc') return dsccBody(error);
  const body: Record<string, unknown> = {
    httpStatusCode: error.status,
    errorCode: greenLakeCodes[error.kind],
    message: error.message,
    debugId: randomUUID(),
  };
  const details = greenLakeDetails(family, error);
  if (details) body.errorDetails = details;
  if (error.facts.permission) body.permission = error.facts.permission;
  return body;
}
