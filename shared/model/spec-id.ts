/** The id Shoreline gives an imported spec: a slug and a random suffix, safe as a file name. */
import { z } from 'zod';

/** A spec id as Shoreline makes them (`dscc-storage-api-3f9a1c`). */
export const specIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Not a spec id.');
