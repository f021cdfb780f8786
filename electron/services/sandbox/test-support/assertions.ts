/** Assertions shared by the Sandbox's HTTP tests: error styles per family, and paging walks. */
import { expect } from 'vitest';
import type { Sandbox } from '../sandbox';
import { getJson, withQuery, type JsonResponse } from './sandbox-client';

/** An item of a list response. */
export type Item = Record<string, unknown>;

/** The `items` of a list response. */
export function itemsOf(response: JsonResponse): Item[] {
  return response.body.items as Item[];
}

/** A DSCC-style error: exactly `{httpStatusCode, errorCode, error, traceId}`. */
export function expectDsccError(response: JsonResponse, status: number, message?: RegExp): void {
  expect(response.status).toBe(status);
  expect(Object.keys(response.body).sort()).toEqual(['error', 'errorCode', 'httpStatusCode', 'traceId']);
  if (message) expect(response.body.error).toMatch(message);
}

/** A GreenLake-style 400 naming the query parameter at fault. */
export function expectGreenLakeError(response: JsonResponse, status: number, subject: string, message: RegExp): void {
  expect(response.status).toBe(status);
  expect(response.body).toMatchObject({ httpStatusCode: status, errorCode: 'HPE_GL_ERROR_BAD_REQUEST' });
  expect(response.body.message).toMatch(message);
  expect(typeof response.body.debugId).toBe('string');
  expect(response.body.errorDetails).toEqual([
    { type: 'hpe.greenlake.bad_request', issues: [{ source: 'query.parameter', subject, description: response.body.message }] },
  ]);
}

/** A GET helper bound to one sandbox and token. */
export function getter(sandbox: () => Sandbox, token: () => string) {
  return (path: string, query: Record<string, string | number> = {}): Promise<JsonResponse> => getJson(sandbox(), withQuery(path, query), token());
}
