/** Turns one route and its {@link OperationMeta} into an OpenAPI operation: parameters and responses. */
import type { ApiRoute } from '../routes/api-route';
import { errorSchemaName } from './envelope-schemas';
import type { OperationMeta } from './operation-types';
import { itemSelectParameter, queryParameters } from './query-parameters';
import { ref, type Schema } from './schema-builders';

function json(description: string, schema: Schema, headers?: Schema): Schema {
  return { description, ...(headers ? { headers } : {}), content: { 'application/json': { schema } } };
}

function parameters(meta: OperationMeta): Schema[] {
  if (meta.list) return queryParameters(meta.list.rules, meta.list.examples, meta.list.noun);
  if (!meta.item) throw new Error(`${meta.operationId} is neither a list nor an item.`);
  const id = { name: 'id', in: 'path', required: true, description: meta.item.idDescription, schema: { type: 'string' }, example: meta.item.idExample };
  const select = meta.item.select ? [itemSelectParameter(meta.item.select.rules, meta.item.select.example)] : [];
  return [id, ...select];
}

function responses(route: ApiRoute, meta: OperationMeta): Record<string, Schema> {
  const error = ref(errorSchemaName(route.family));
  const forbidden = ref(route.family === 'dscc' ? 'DsccPermissionError' : 'GreenLakePermissionError');
  const badRequest = meta.item && !meta.item.select
    ? 'A query parameter was given; this endpoint takes none.'
    : 'A query parameter is unknown, given twice, out of range, or names a field the item does not have; the message says which and why.';
  const challenge = { 'WWW-Authenticate': { description: 'The Bearer challenge, with the reason the token was refused.', schema: { type: 'string' } } };
  return {
    '200': json(meta.list ? `One page of ${meta.list.noun}.` : 'The item.', ref(meta.response)),
    '400': json(badRequest, error),
    '401': json('No bearer token, or one that is malformed, expired or not issued by this Sandbox.', error, challenge),
    '403': json(`The token lacks the permission \`${route.permission}\`; the body names it in \`permission\`.`, forbidden),
    ...(meta.item ? { '404': json('No item has this id.', error) } : {}),
  };
}

/** The `get` operation of `route`. */
export function buildOperation(route: ApiRoute, meta: OperationMeta): Schema {
  return {
    tags: [meta.tag],
    operationId: meta.operationId,
    summary: meta.summary,
    description: `${meta.description}\n\nNeeds the permission \`${route.permission}\`.`,
    parameters: parameters(meta),
    responses: responses(route, meta),
  };
}
