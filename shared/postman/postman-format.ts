/**
 * The shape of a Postman Collection v2.0 / v2.1 file as Shoreline reads it: only what the import
 * uses is checked, and loosely (Postman writes numbers where strings go, `null` for "none", and
 * fields of its own), so a real export is never refused for a detail the import does not need.
 */
import { z } from 'zod';

/** Any JSON value a key–value row may hold as its value; read as text. */
const anyValue = z.unknown();

/** A description: Markdown text, or `{ content, type }`. */
export const postmanDescriptionSchema = z.union([z.string(), z.looseObject({ content: z.string().nullish() }), z.null()]).optional();

/** A key–value row (query parameter, header, form field, variable, auth attribute). */
export const postmanRowSchema = z.looseObject({
  key: z.string().nullish(),
  id: z.string().nullish(),
  value: anyValue.optional(),
  disabled: z.boolean().nullish(),
  description: postmanDescriptionSchema,
  type: z.string().nullish(),
  src: anyValue.optional(),
});

/** An auth block: its type, and its attributes as a v2.1 list or a v2.0 object. */
export const postmanAuthSchema = z.looseObject({ type: z.string() }).nullish();

/** A script event: when it runs and its lines. */
export const postmanEventSchema = z.looseObject({
  listen: z.string().nullish(),
  disabled: z.boolean().nullish(),
  script: z.union([z.looseObject({ exec: z.union([z.array(z.string().nullable()), z.string()]).nullish(), src: anyValue.optional() }), z.string()]).nullish(),
});

/** A URL: text, or Postman's broken-down form. */
export const postmanUrlSchema = z.union([
  z.string(),
  z.looseObject({
    raw: z.string().nullish(),
    protocol: z.string().nullish(),
    host: z.union([z.string(), z.array(z.string())]).nullish(),
    port: z.union([z.string(), z.number()]).nullish(),
    path: z.union([z.string(), z.array(z.union([z.string(), z.looseObject({ value: z.string().nullish() })]))]).nullish(),
    query: z.array(postmanRowSchema).nullish(),
    variable: z.array(postmanRowSchema).nullish(),
    hash: z.string().nullish(),
  }),
]);

/** A request body. */
export const postmanBodySchema = z
  .looseObject({
    mode: z.string().nullish(),
    raw: z.string().nullish(),
    urlencoded: z.array(postmanRowSchema).nullish(),
    formdata: z.array(postmanRowSchema).nullish(),
    file: anyValue.optional(),
    graphql: z.looseObject({ query: z.string().nullish(), variables: z.unknown().optional() }).nullish(),
    options: z.looseObject({ raw: z.looseObject({ language: z.string().nullish() }).nullish() }).nullish(),
    disabled: z.boolean().nullish(),
  })
  .nullish();

/** A request: a URL alone (GET), or the full form. */
export const postmanRequestSchema = z.union([
  z.string(),
  z.looseObject({
    method: z.string().nullish(),
    url: postmanUrlSchema.nullish(),
    header: z.union([z.array(postmanRowSchema), z.string()]).nullish(),
    body: postmanBodySchema,
    auth: postmanAuthSchema,
    description: postmanDescriptionSchema,
  }),
]);

/** A saved example answer. */
export const postmanResponseSchema = z.looseObject({
  name: z.string().nullish(),
  code: z.number().nullish(),
  header: z.union([z.array(postmanRowSchema), z.string(), z.null()]).optional(),
  body: z.string().nullish(),
});

/** An item: a request (has `request`) or a folder (has `item`). */
export interface PostmanItem {
  id?: string | null | undefined;
  name?: string | null | undefined;
  description?: z.infer<typeof postmanDescriptionSchema>;
  item?: PostmanItem[] | null | undefined;
  request?: z.infer<typeof postmanRequestSchema> | null | undefined;
  response?: z.infer<typeof postmanResponseSchema>[] | null | undefined;
  event?: z.infer<typeof postmanEventSchema>[] | null | undefined;
  variable?: z.infer<typeof postmanRowSchema>[] | null | undefined;
  auth?: z.infer<typeof postmanAuthSchema>;
  [other: string]: unknown;
}

/** An item, recursively. */
export const postmanItemSchema: z.ZodType<PostmanItem> = z.lazy(() =>
  z.looseObject({
    id: z.string().nullish(),
    name: z.string().nullish(),
    description: postmanDescriptionSchema,
    item: z.array(postmanItemSchema).nullish(),
    request: postmanRequestSchema.nullish(),
    response: z.array(postmanResponseSchema).nullish(),
    event: z.array(postmanEventSchema).nullish(),
    variable: z.array(postmanRowSchema).nullish(),
    auth: postmanAuthSchema,
  }),
);

/** A whole collection file. */
export const postmanCollectionSchema = z.looseObject({
  info: z.looseObject({
    name: z.string(),
    _postman_id: z.string().nullish(),
    schema: z.string().nullish(),
    description: postmanDescriptionSchema,
  }),
  item: z.array(postmanItemSchema),
  event: z.array(postmanEventSchema).nullish(),
  variable: z.array(postmanRowSchema).nullish(),
  auth: postmanAuthSchema,
});

/** A collection file as read. */
export type PostmanCollection = z.infer<typeof postmanCollectionSchema>;
/** A key–value row as read. */
export type PostmanRow = z.infer<typeof postmanRowSchema>;
/** An auth block as read. */
export type PostmanAuth = NonNullable<z.infer<typeof postmanAuthSchema>>;
/** A script event as read. */
export type PostmanEvent = z.infer<typeof postmanEventSchema>;
/** A request as read (the full form). */
export type PostmanRequest = Exclude<z.infer<typeof postmanRequestSchema>, string>;
/** A URL as read. */
export type PostmanUrl = z.infer<typeof postmanUrlSchema>;
/** A body as read. */
export type PostmanBody = NonNullable<z.infer<typeof postmanBodySchema>>;

/** The text of any value Postman put where text goes (numbers and booleans in variables). */
export function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** The Markdown of a description in either form. */
export function descriptionText(description: z.infer<typeof postmanDescriptionSchema>): string | undefined {
  if (description === undefined || description === null) return undefined;
  const text = typeof description === 'string' ? description : (description.content ?? '');
  return text.trim() === '' ? undefined : text;
}
