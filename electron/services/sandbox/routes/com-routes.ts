/**
 * Compute Ops Management servers, under the current `/compute-ops-mgmt/v1beta2` path (as the COM
 * spec has it) and the older `/compute-ops/v1beta2` path seed 002 uses. Envelope
 * `{items,count,offset,total}`; nested fields with `/`; server ids contain `+`.
 */
import { permissions } from '../auth/clients';
import type { SandboxData } from '../data/sandbox-data';
import { ApiError } from '../http/api-error';
import { itemProjection, queryCollection, type CollectionRules, type Page } from '../query/collection-query';
import { buildFieldCatalogue } from '../query/field-catalogue';
import type { ApiRoute } from './api-route';

/** The fields the COM spec says servers can be filtered by ("and all nested properties" for objects). */
const filterFields = [
  'biosFamily',
  'createdAt',
  'firmwareBundleUri',
  'hardware/*',
  'host/*',
  'id',
  'name',
  'oneview/*',
  'platformFamily',
  'processorVendor',
  'resourceUri',
  'state/*',
];

/** What the server list (and `select` on one server) accepts. */
export const serverListRules: CollectionRules = {
  separator: '/',
  parameters: ['offset', 'limit', 'filter', 'sort', 'select'],
  limit: { default: 100, min: 0, max: 100 },
  filter: { allowedFields: filterFields },
  sort: { defaultDirection: 'asc' },
};

function envelope(page: Page): Record<string, unknown> {
  return { items: page.items, count: page.items.length, offset: page.offset, total: page.total };
}

/** A server as the older `/compute-ops/v1beta2` path returns it (seed 002): its own type and self link. */
function legacyServer(server: Record<string, unknown> & { id: string }): Record<string, unknown> & { id: string } {
  return { ...server, type: 'compute-ops/server', resourceUri: `/compute-ops/v1beta2/servers/${server.id}` };
}

function serverRoutes(base: string, servers: (Record<string, unknown> & { id: string })[]): ApiRoute[] {
  const fields = buildFieldCatalogue(servers);
  return [
    {
      family: 'com',
      pattern: `${base}/servers`,
      permission: permissions.serverRead,
      handle: ({ query }) => envelope(queryCollection(servers, fields, serverListRules, query)),
    },
    {
      family: 'com',
      pattern: `${base}/servers/{id}`,
      permission: permissions.serverRead,
      handle: ({ params, query }) => {
        const project = itemProjection(fields, serverListRules, query);
        const server = servers.find((candidate) => candidate.id === params.id);
        if (!server) {
          const hint = params.id?.includes(' ') ? " A server id contains '+', which must be sent as %2B." : '';
          throw new ApiError('not_found', `No server with id '${params.id}'.${hint}`);
        }
        return project(server);
      },
    },
  ];
}

/** The COM routes over `data`. */
export function comRoutes(data: SandboxData): ApiRoute[] {
  return [...serverRoutes('/compute-ops-mgmt/v1beta2', data.servers), ...serverRoutes('/compute-ops/v1beta2', data.servers.map(legacyServer))];
}
