/**
 * Private Cloud Business Edition system software catalogs. The PCBE spec bounds `limit` to 10–100
 * (default 10), has no `sort`, and lists the fields `filter` may name.
 */
import { permissions } from '../auth/clients';
import type { SandboxData } from '../data/sandbox-data';
import { ApiError } from '../http/api-error';
import { itemProjection, queryCollection, type CollectionRules, type Page } from '../query/collection-query';
import { buildFieldCatalogue } from '../query/field-catalogue';
import type { ApiRoute } from './api-route';

const components = ['hypervisor', 'serverFirmware', 'storageConnectionManager', 'storageSoftware'];
const filterFields = [
  'eula',
  'createdAt',
  'customerId',
  'generation',
  'id',
  'name',
  'resourceUri',
  'type',
  'updatedAt',
  'releaseDate',
  'version',
  ...components.flatMap((component) => ['name', 'releaseDate', 'releaseNotesUrl', 'version'].map((field) => `${component}/${field}`)),
];

/** What the catalog list (and `select` on one catalog) accepts. */
export const catalogRules: CollectionRules = {
  separator: '/',
  parameters: ['select', 'filter', 'limit', 'offset'],
  limit: { default: 10, min: 10, max: 100 },
  filter: { allowedFields: filterFields },
};

function envelope(page: Page): Record<string, unknown> {
  return { items: page.items, count: page.items.length, offset: page.offset, total: page.total };
}

/** The PCBE routes over `data`. */
export function pcbeRoutes(data: SandboxData): ApiRoute[] {
  const fields = buildFieldCatalogue(data.catalogs);
  const base = '/private-cloud-business/v1beta1/system-software-catalogs';
  return [
    {
      family: 'pcbe',
      pattern: base,
      permission: permissions.catalogRead,
      handle: ({ query }) => envelope(queryCollection(data.catalogs, fields, catalogRules, query)),
    },
    {
      family: 'pcbe',
      pattern: `${base}/{id}`,
      permission: permissions.catalogRead,
      handle: ({ params, query }) => {
        const project = itemProjection(fields, catalogRules, query);
        const catalog = data.catalogs.find((candidate) => candidate.id === params.id);
        if (!catalog) throw new ApiError('not_found', `System software catalog '${params.id}' not found.`);
        return project(catalog);
      },
    },
  ];
}
