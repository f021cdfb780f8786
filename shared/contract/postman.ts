/**
 * Commands that bring Postman collections in and out (C5): import a v2.0/v2.1 file as a collection
 * (captures instead of scripts, secrets withheld, a connection offered), accept that offer with a
 * secret the user types, and export a collection as Postman v2.1 — never a secret or a token.
 */
import { z } from 'zod';
import { collectionIdSchema } from '../model/collection';
import type { CollectionImportJson } from '../postman/import-report';
import type { ConnectionOffer, ImportFinding } from '../postman/import-types';
import type { PlaceholderHint } from '../postman/placeholders';
import { clientAuthSchema } from './connections';
import { command } from './define';

export type { CollectionImportJson, ConnectionOffer, ImportFinding, PlaceholderHint };

/** The largest Postman file accepted (real exports of the GreenLake platform are a few MB). */
export const maxPostmanFileChars = 64 * 1024 * 1024;

/**
 * Input of `collections.importPostman`: the file's contents (`text`, with its `fileName` for the
 * origin) or, where the host reads files itself (the command line, the desktop app), its `path`.
 */
export const importPostmanSchema = z
  .object({
    text: z.string().min(1, 'The file is empty.').max(maxPostmanFileChars, 'The file is larger than 64 MB.').optional(),
    path: z.string().min(1).max(4096).optional(),
    fileName: z.string().max(1000).optional(),
  })
  .strict()
  .refine((input) => (input.text === undefined) !== (input.path === undefined), 'Give either the file contents or its path.');

/** What a Postman import answers: the new collection, its report and the offer (without any secret value). */
export interface PostmanImportOutcome {
  collectionId: string;
  name: string;
  /** The report, field for field what `shoreline import --json` prints. */
  report: CollectionImportJson;
  /** The whole offer, so the window can show and accept it; null when none. */
  offer: ConnectionOffer | null;
  /** Placeholders (`<string>`, `<uuid>` …) emptied by the import, with their hints. */
  hints: PlaceholderHint[];
  /**
   * True when the client secret of the offer came in the file: accepting without typing a secret uses
   * it (kept in memory only until then, never written to the collection).
   */
  offerHasFileSecret: boolean;
}

/**
 * Input of `collections.acceptConnectionOffer`: the offer as answered (its fields may be corrected by
 * the user), and the secret typed by the user (or none to use the one the file had, if it had one).
 */
export const acceptConnectionOfferSchema = z
  .object({
    collectionId: collectionIdSchema,
    /** The connection's name; the offer's suggested name when absent. */
    name: z.string().trim().min(1, 'Give the connection a name.').max(100).optional(),
    tokenUrl: z.string().trim().min(1, 'Enter the token URL, starting with https://').max(2000),
    clientId: z.string().trim().min(1, 'Enter the client ID.').max(500),
    clientAuth: clientAuthSchema.default('body'),
    scope: z.string().trim().min(1).max(1000).optional(),
    /** The client secret; absent to use the one the imported file held (see `offerHasFileSecret`). */
    secret: z.string().trim().min(1, 'Enter the client secret.').max(16_384).optional(),
    /** Ids (collection, folders, requests) whose auth becomes the new connection: the offer's `applyTo`. */
    applyTo: z.array(collectionIdSchema).max(10_000),
    /** Token requests to mark "handled by the connection": the offer's `tokenRequests`. */
    tokenRequests: z.array(collectionIdSchema).max(10_000).default([]),
  })
  .strict();

/** Input of `collections.acceptConnectionOffer` as the window sends it. */
export type AcceptConnectionOfferInput = z.input<typeof acceptConnectionOfferSchema>;

/** What accepting an offer did. */
export interface AcceptedOffer {
  connectionId: string;
  connectionName: string;
  /** How many collection, folder and request auths now use the connection. */
  applied: number;
  /** How many token requests are marked "handled by the connection". */
  tokenRequests: number;
}

/** A Postman v2.1 file, ready to save. */
export interface PostmanExport {
  /** `<collection name>.postman_collection.json`, safe as a file name. */
  fileName: string;
  /** The file's text (JSON, two-space indented). Holds no secret and no token. */
  text: string;
}

/** The Postman part of the collections domain. */
export const postmanCommands = {
  /** Imports a Postman Collection v2.0/v2.1 as a new collection at the end of the list. */
  'collections.importPostman': command<PostmanImportOutcome>()(importPostmanSchema),
  /** Creates the offered connection (secret into the keychain) and sets the collection's auth to it. */
  'collections.acceptConnectionOffer': command<AcceptedOffer>()(acceptConnectionOfferSchema),
  /** A collection as Postman v2.1: auth as a `{{token}}` bearer placeholder with a note, captures as test scripts. */
  'collections.exportPostman': command<PostmanExport>()(z.object({ collectionId: collectionIdSchema }).strict()),
};
