/**
 * The one file where the window's Postman pieces meet the contract: import a file's text, accept
 * the connection offer, export as v2.1. Everything else in this folder uses these names, so a
 * change of the contract is a change here.
 */
import { useMemo } from 'react';
import type { AcceptConnectionOfferInput, AcceptedOffer, PostmanExport, PostmanImportOutcome } from '../../../../shared/contract/postman';
import { maxPostmanFileChars } from '../../../../shared/contract/postman';
import { useHost } from '../../../host/host-context';

export type { AcceptConnectionOfferInput, AcceptedOffer, PostmanExport, PostmanImportOutcome };
export { maxPostmanFileChars };

/** What the window asks of the host about Postman files. */
export interface PostmanActions {
  /** Imports a collection from its text; rejects with the refusal in words. */
  importText(text: string, fileName: string): Promise<PostmanImportOutcome>;
  /** Creates the offered connection (the secret goes to main and the keychain) and points the collection at it. */
  acceptOffer(input: AcceptConnectionOfferInput): Promise<AcceptedOffer>;
  /** The collection as a Postman v2.1 file (no secret, no token). */
  exportCollection(collectionId: string): Promise<PostmanExport>;
}

/** The actions, bound to the window's host. */
export function usePostmanActions(): PostmanActions {
  const host = useHost();
  return useMemo(
    () => ({
      importText: (text, fileName) => host.invoke('collections.importPostman', { text, fileName }),
      acceptOffer: (input) => host.invoke('collections.acceptConnectionOffer', input),
      exportCollection: (collectionId) => host.invoke('collections.exportPostman', { collectionId }),
    }),
    [host],
  );
}
