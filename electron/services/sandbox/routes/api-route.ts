/** What an API route is, and how a request path finds one (with `%2B` and friends decoded). */
import { ApiError, type Family } from '../http/api-error';

/** What a route handler gets. */
export interface RouteContext {
  /** Path parameters, percent-decoded (`P06760-B21%2B2M212504P8` arrives as `P06760-B21+2M212504P8`). */
  params: Record<string, string>;
  query: URLSearchParams;
  nowMs: number;
}

/** One `GET` endpoint. */
export interface ApiRoute {
  family: Family;
  /** The path as the spec writes it, e.g. `/api/v1/storage-systems/{id}`. */
  pattern: string;
  /** The permission the token's `permissions` claim must hold. */
  permission: string;
  /** Returns the 200 body, or throws an {@link ApiError} or a QueryError. */
  handle(context: RouteContext): unknown;
}

/** Splits a raw path into decoded segments; a malformed escape is a 400. */
export function pathSegments(pathname: string): string[] {
  const trimmed = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  return trimmed
    .split('/')
    .slice(1)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        throw new ApiError('bad_request', `The path segment '${segment}' is not valid percent-encoding.`);
      }
    });
}

/** The route whose pattern fits `segments`, with its parameters. */
export function matchRoute(routes: readonly ApiRoute[], segments: readonly string[]): { route: ApiRoute; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const pattern = route.pattern.split('/').slice(1);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = pattern.every((part, i) => {
      const segment = segments[i] as string;
      if (part.startsWith('{') && part.endsWith('}')) {
        params[part.slice(1, -1)] = segment;
        return segment !== '';
      }
      return part === segment;
    });
    if (fits) return { route, params };
  }
  return undefined;
}

/** The family whose error style a path gets, even when no route matches it. */
export function familyOfPath(pathname: string): Family {
  if (pathname.startsWith('/api/')) return 'dscc';
  if (pathname.startsWith('/compute-ops')) return 'com';
  if (pathname.startsWith('/private-cloud-business/')) return 'pcbe';
  return 'glp';
}
