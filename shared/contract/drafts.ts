/**
 * Commands that keep each request's draft across restarts, as the request model. The operation
 * builder keys its drafts `<specId>:<METHOD path>`, so re-importing a newer spec keeps them where the
 * operation still exists (`draftFromRequest` carries them over to the operation as it is now).
 */
import { z } from 'zod';
import { maxOperationRefLength } from '../openapi/limits';
import { requestSchema, type SavedRequest } from '../model/request';
import { command } from './define';

const keySchema = z.string().min(3).max(maxOperationRefLength);

/** The drafts domain of the contract. */
export const draftsCommands = {
  /** The saved draft under `key`, or null. */
  'drafts.get': command<SavedRequest | null>()(z.object({ key: keySchema }).strict()),
  /** Saves a draft (the oldest drafts are dropped past 500). */
  'drafts.put': command<void>()(z.object({ key: keySchema, request: requestSchema }).strict()),
};
