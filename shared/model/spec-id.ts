/** The id Shoreline gives an imported spec: a slug and a random suffix, safe as a file name. */
import { z } from 'zod';
import { specIdPattern } from './request-basics';

/** A spec id as Shoreline makes them (`dscc-storage-api-3f9a1c`). */
export const specIdSchema = z.string().regex(specIdPattern, 'Not a spec id.');
