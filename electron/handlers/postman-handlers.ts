/** Handlers of the Postman commands of the collections domain: thin, the service does the work. */
import type { DomainHandlers } from '../../shared/contract/define';
import type { postmanCommands } from '../../shared/contract/postman';
import type { PostmanService } from '../services/postman/postman-service';

/** The Postman part of the handler table. */
export function postmanHandlers({ postman }: { postman: PostmanService }): DomainHandlers<typeof postmanCommands> {
  return {
    'collections.importPostman': async (input) => postman.importFile(input),
    'collections.acceptConnectionOffer': async (input) => postman.acceptOffer(input),
    'collections.exportPostman': async ({ collectionId }) => postman.exportFile(collectionId),
  };
}
