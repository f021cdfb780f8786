/**
 * A collection: saved requests in nested folders, each level able to set a connection, an
 * environment and variables (or inherit them). One collection is one document on disk
 * (`collections/<id>.json`); the Postman importer, the runner, the command line and the window all
 * read and write this one shape. Secrets never live here: auth names a connection, whose secret
 * stays in the keychain.
 */
import { z } from 'zod';
import { maxRows, requestAuthSchema, requestRowSchema, requestSchema } from './request';

/** Ids of collections, folders and requests: short, random, safe as a file name (`c-3f9a1c2b`). */
export const collectionIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Not a collection id.');

/** A collection, folder or request id. */
export type CollectionId = z.infer<typeof collectionIdSchema>;

/** The name a user gives a collection, folder or request; duplicates are allowed, as in Postman. */
export const itemNameSchema = z.string().trim().min(1, 'Give it a name.').max(300);

/**
 * What a collection and each folder may set, or leave to inherit: `auth` (`inherit` takes the
 * parent's), `environmentId` (absent: the parent's, and at the top the active environment), and
 * `variables` (rows; see `resolveScope` for the precedence). `description` is Markdown.
 */
const scopeFields = {
  auth: requestAuthSchema.default({ kind: 'inherit' }),
  environmentId: z.string().min(1).max(256).optional(),
  variables: z.array(requestRowSchema).max(maxRows).default([]),
  description: z.string().max(100_000).optional(),
};

/** A script line (or block) from an imported file that Shoreline does not run, kept so the user sees it. */
export const notRunScriptSchema = z
  .object({
    /** When Postman would have run it. */
    event: z.enum(['prerequest', 'test']),
    /** The script text as it was in the file. */
    text: z.string().max(100_000),
    /** Why it is not run, in words ("Shoreline runs no JavaScript from a file; this line logs to the console"). */
    reason: z.string().max(1000),
  })
  .strict();

/** A script Shoreline keeps but does not run. */
export type NotRunScript = z.infer<typeof notRunScriptSchema>;

/** A saved example answer from an imported collection: shown read-only beside the request. */
export const exampleAnswerSchema = z
  .object({
    name: z.string().max(300),
    status: z.number().int().min(0).max(999).optional(),
    headers: z.array(requestRowSchema).max(maxRows).default([]),
    body: z.string().max(5 * 1024 * 1024).default(''),
  })
  .strict();

/** A saved example answer. */
export type ExampleAnswer = z.infer<typeof exampleAnswerSchema>;

/** A saved request in a collection. */
export const collectionRequestSchema = z
  .object({
    kind: z.literal('request'),
    id: collectionIdSchema,
    name: itemNameSchema,
    request: requestSchema,
    notRun: z.array(notRunScriptSchema).max(maxRows).default([]),
    examples: z.array(exampleAnswerSchema).max(100).default([]),
    /** A token request whose job a connection now does: listed, but not sent by the runner. */
    handledByConnection: z.boolean().optional(),
  })
  .strict();

/** A saved request in a collection. */
export type CollectionRequest = z.output<typeof collectionRequestSchema>;

/** A folder: settings like a collection's, and items in the order the user arranged them. */
export interface CollectionFolder {
  kind: 'folder';
  id: CollectionId;
  name: string;
  auth: z.output<typeof requestAuthSchema>;
  environmentId?: string | undefined;
  variables: z.output<typeof requestRowSchema>[];
  description?: string | undefined;
  notRun: NotRunScript[];
  items: CollectionItem[];
}

/** A folder or a request. */
export type CollectionItem = CollectionFolder | CollectionRequest;

/** How deep folders may nest (Postman exports of seven levels and more exist; this leaves room). */
export const maxFolderDepth = 32;

/** A folder as it may be written (lists and auth may be left out). */
type CollectionFolderInput = Omit<z.input<z.ZodObject<typeof scopeFields>>, never> & {
  kind: 'folder';
  id: string;
  name: string;
  notRun?: z.input<typeof notRunScriptSchema>[];
  items?: CollectionItemInput[];
};
type CollectionItemInput = CollectionFolderInput | z.input<typeof collectionRequestSchema>;

/** A folder, recursively. */
export const collectionFolderSchema: z.ZodType<CollectionFolder, CollectionFolderInput> = z.lazy(() =>
  z
    .object({
      kind: z.literal('folder'),
      id: collectionIdSchema,
      name: itemNameSchema,
      ...scopeFields,
      notRun: z.array(notRunScriptSchema).max(maxRows).default([]),
      items: z.array(collectionItemSchema).max(10_000).default([]),
    })
    .strict(),
);

/** A folder or a request. */
export const collectionItemSchema: z.ZodType<CollectionItem, CollectionItemInput> = z.lazy(() =>
  z.union([collectionRequestSchema, collectionFolderSchema]),
);

/** Where a collection came from, for its report and for "import again". */
export const collectionOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('created') }).strict(),
  z.object({ kind: z.literal('postman'), schemaVersion: z.enum(['2.0', '2.1']), fileName: z.string().max(1000).optional(), postmanId: z.string().max(200).optional() }).strict(),
]);

/** A whole collection: one document. */
export const collectionSchema = z
  .object({
    id: collectionIdSchema,
    name: itemNameSchema,
    ...scopeFields,
    notRun: z.array(notRunScriptSchema).max(maxRows).default([]),
    items: z.array(collectionItemSchema).max(10_000).default([]),
    origin: collectionOriginSchema.default({ kind: 'created' }),
    createdAt: z.string().max(40),
    updatedAt: z.string().max(40),
  })
  .strict();

/** A collection as kept. */
export type Collection = z.output<typeof collectionSchema>;
/** A collection as it may be written. */
export type CollectionInput = z.input<typeof collectionSchema>;

/** Global variables: the last place a `{{name}}` is looked up. One small document (`globals.json`). */
export const globalsSchema = z.object({ variables: z.array(requestRowSchema).max(maxRows).default([]) }).strict();

/** The global variables. */
export type Globals = z.output<typeof globalsSchema>;
