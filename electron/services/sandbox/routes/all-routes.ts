/** Every API route the Sandbox serves. */
import type { SandboxData } from '../data/sandbox-data';
import type { ApiRoute } from './api-route';
import { auditLogRoutes } from './audit-log-routes';
import { comRoutes } from './com-routes';
import { dsccRoutes } from './dscc-routes';
import { pcbeRoutes } from './pcbe-routes';

/** The routes of all four families over `data`. */
export function createApiRoutes(data: SandboxData, startedAtMs: number): ApiRoute[] {
  return [...dsccRoutes(data, startedAtMs), ...comRoutes(data), ...auditLogRoutes(data, startedAtMs), ...pcbeRoutes(data)];
}
