/**
 * The complete handler table, shared by both hosts. Typed as {@link Handlers}, so a command
 * declared in `shared/contract` without a handler here fails `npm run typecheck`.
 */
import type { Handlers } from '../../shared/contract/index';
import type { Services } from '../services/create-services';
import { appHandlers } from './app-handlers';
import { collectionsHandlers } from './collections-handlers';
import { connectionsHandlers } from './connections-handlers';
import { draftsHandlers } from './drafts-handlers';
import { environmentsHandlers } from './environments-handlers';
import { globalsHandlers } from './globals-handlers';
import { historyHandlers } from './history-handlers';
import { httpHandlers } from './http-handlers';
import { postmanHandlers } from './postman-handlers';
import { runnerHandlers } from './runner-handlers';
import { settingsHandlers } from './settings-handlers';
import { specReviewHandlers } from './spec-review-handlers';
import { specsHandlers } from './specs-handlers';
import { watchHandlers } from './watch-handlers';
import { workspaceHandlers } from './workspace-handlers';

/** Builds the handler table over `services`. */
export function createHandlers(services: Services): Handlers {
  return {
    ...appHandlers(services),
    ...settingsHandlers(services),
    ...connectionsHandlers(services),
    ...environmentsHandlers(services),
    ...httpHandlers(services),
    ...historyHandlers(services),
    ...specsHandlers(services.specs, services.specReview),
    ...draftsHandlers(services),
    ...watchHandlers(services),
    ...collectionsHandlers(services),
    ...postmanHandlers(services),
    ...runnerHandlers(services),
    ...specReviewHandlers(services),
    ...globalsHandlers(services),
    ...workspaceHandlers(services),
  };
}
