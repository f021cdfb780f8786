/**
 * A request with every secret taken out, for history: credential headers dropped, secret-named
 * parameters and fields masked, and the tokens that were used removed wherever they appear.
 */
import { isSecretHeader, REDACTED, redactText, secretFieldNames } from '../http/redact';
import type { RequestBody, RequestRow, SavedRequest } from './request';

const secretNames = new Set(secretFieldNames.map((n) => n.toLowerCase()));

function redactRows(rows: readonly RequestRow[], secrets: readonly string[]): RequestRow[] {
  return rows.map((row) => ({ ...row, value: secretNames.has(row.key.toLowerCase()) && row.value !== '' ? REDACTED : redactText(row.value, secrets) }));
}

function redactBody(body: RequestBody, secrets: readonly string[], cut: (text: string) => string): RequestBody {
  switch (body.kind) {
    case 'none':
      return body;
    case 'form-urlencoded':
      return { ...body, rows: redactRows(body.rows, secrets) };
    default:
      return { ...body, text: cut(redactText(body.text, secrets)) };
  }
}

/** `request` safe to keep: `secrets` (the tokens used) and anything secret-looking removed; body text cut by `cut`. */
export function redactRequest(request: SavedRequest, secrets: readonly string[], cut: (text: string) => string = (text) => text): SavedRequest {
  const headers = request.headers
    .filter((row) => !isSecretHeader(row.key))
    .filter((row) => !secrets.some((s) => s.length >= 4 && row.value.includes(s)))
    .map((row) => ({ ...row, value: redactText(row.value, secrets) }));
  return {
    ...request,
    url: redactText(request.url, secrets),
    pathParams: request.pathParams.map((p) => ({ ...p, value: redactText(p.value, secrets) })),
    query: redactRows(request.query, secrets),
    headers,
    body: redactBody(request.body, secrets, cut),
    variables: redactRows(request.variables, secrets),
  };
}
