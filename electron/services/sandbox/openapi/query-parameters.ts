/**
 * The query parameters of a list operation, written from the route's own {@link CollectionRules}
 * so the document cannot promise what the Sandbox refuses. The wording follows what Shoreline's
 * helpers read: "Nested properties use `/` as the separator" (`selectInfo`), "Only one property can
 * be sorted on per request" (`sortInfo`), single-quoted strings in the examples (`filterInfo`).
 */
import type { CollectionRules } from '../query/collection-query';
import type { Schema } from './schema-builders';

/** An example for each parameter that takes free text. */
export interface ParameterExamples {
  select?: string;
  sort?: string;
  filter?: string;
  all?: string;
}

function query(name: string, description: string, schema: Schema, example: unknown): Schema {
  return { name, in: 'query', required: false, description, schema, example };
}

function needExample(examples: ParameterExamples, name: keyof ParameterExamples): string {
  const example = examples[name];
  if (example === undefined) throw new Error(`The '${name}' parameter needs an example.`);
  return example;
}

function codeList(names: readonly string[]): string {
  const quoted = names.map((name) => `\`${name}\``);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
}

function bullets(intro: string, names: readonly string[], separator: string): string {
  const lines = names.map((name) => (name.endsWith(`${separator}*`) ? `- ${name.slice(0, -2)} (and all nested properties)` : `- ${name}`));
  return `\n\n${intro}\n${lines.join('\n')}`;
}

function selectParameter(rules: Pick<CollectionRules, 'separator' | 'select'>, example: string): Schema {
  const sep = rules.separator;
  const allowed = rules.select?.allowedFields;
  let text = 'Returns only these fields of each item, as a comma-separated list, instead of every field.';
  if (allowed && allowed.every((field) => !field.includes(sep))) {
    text += ' Selecting nested properties is not supported: name the whole object instead.';
  } else {
    const nested = example.split(',').find((field) => field.includes(sep)) ?? `parent${sep}child`;
    text += ` Nested properties use \`${sep}\` as the separator, e.g. \`${nested}\`.`;
  }
  const always = rules.select?.alwaysInclude ?? [];
  if (always.length > 0) text += ` ${codeList(always)} are always returned, selected or not.`;
  if (allowed) text += bullets('Only the following fields can be selected:', allowed, sep);
  return query('select', text, { type: 'string' }, example);
}

function sortParameter(rules: CollectionRules, example: string): Schema {
  const sort = rules.sort;
  if (!sort) throw new Error('sort is accepted but has no rules.');
  const direction = `Without a direction, \`${sort.defaultDirection}\` is used.`;
  const nested = `Nested properties are written with \`${rules.separator}\`; any field that holds one value per item can be used.`;
  const text =
    sort.maxFields === 1
      ? `Orders the results by a property, written \`property asc\` or \`property desc\`. ${direction} Only one property can be sorted on per request. ${nested}`
      : `Orders the results by one or more properties, comma-separated, each written \`property asc\` or \`property desc\`; later properties break ties. ${direction} ${nested}`;
  return query('sort', text, { type: 'string' }, example);
}

function filterParameter(rules: CollectionRules, noun: string, example: string): Schema {
  let text = [
    `Returns only the ${noun} that match an OData-style expression, e.g. \`${example}\`.`,
    "Comparison operators: eq, ne, gt, ge, lt, le, and also `field in ('a','b')`, `contains(field,'text')`, `startswith(field,'text')` and `endswith(field,'text')` (these three ignore case).",
    'Combine clauses with and, or, not and parentheses.',
    "Strings and date-times go in single quotes (write a quote inside one as `''`); date-times are ISO 8601 in UTC, e.g. `'2024-01-15T08:00:00Z'`.",
    'Numbers, true, false and null are written without quotes.',
    `Nested properties are written with \`${rules.separator}\`.`,
  ].join(' ');
  for (const [alias, field] of Object.entries(rules.filter?.aliases ?? {})) text += ` \`${alias}\` is accepted in place of \`${field}\`.`;
  const allowed = rules.filter?.allowedFields;
  if (allowed) text += bullets(`The ${noun} can be filtered by:`, allowed, rules.separator);
  return query('filter', text, { type: 'string' }, example);
}

/** The parameters `rules.parameters` names, in that order; throws for one it cannot describe. */
export function queryParameters(rules: CollectionRules, examples: ParameterExamples, noun: string): Schema[] {
  return rules.parameters.map((name) => {
    switch (name) {
      case 'limit': {
        const limit = rules.limit;
        if (!limit) throw new Error('limit is accepted but has no bounds.');
        const text = `The most ${noun} to return in one page: ${limit.min} to ${limit.max}; ${limit.default} when absent.`;
        return query('limit', text, { type: 'integer', minimum: limit.min, maximum: limit.max, default: limit.default }, Math.max(limit.min, Math.min(limit.max, 10)));
      }
      case 'offset':
        return query('offset', `How many matching ${noun} to skip before the first one returned (zero-based), for paging; 0 when absent.`, { type: 'integer', minimum: 0, default: 0 }, 0);
      case 'select':
        return selectParameter(rules, needExample(examples, 'select'));
      case 'sort':
        return sortParameter(rules, needExample(examples, 'sort'));
      case 'filter':
        return filterParameter(rules, noun, needExample(examples, 'filter'));
      case 'all':
        return query('all', `Free-text search: returns only the ${noun} in which this text appears in any field, ignoring case.`, { type: 'string' }, needExample(examples, 'all'));
      default:
        throw new Error(`No description for the query parameter '${name}'.`);
    }
  });
}

/** The `select` parameter of an operation that returns one item. */
export function itemSelectParameter(rules: Pick<CollectionRules, 'separator' | 'select'>, example: string): Schema {
  return selectParameter(rules, example);
}
