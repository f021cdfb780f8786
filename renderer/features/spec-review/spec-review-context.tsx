/**
 * Where the review is opened from: the import of a spec update (an offer shown in the Explorer until
 * it is reviewed or dismissed) and a collection's menu. Holds the offers and the open dialog.
 */
import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SpecReview } from '../../../shared/contract/spec-review';
import type { CollectionItem } from '../../../shared/model/collection';
import { useNotify } from '../../components/notifier';
import { useHost } from '../../host/host-context';

// The dialog loads when a review is first opened: the window's first screen never shows it.
const SpecReviewDialog = lazy(() => import('./spec-review-dialog').then((m) => ({ default: m.SpecReviewDialog })));

/** An update whose saved requests wait for a decision. */
export interface ReviewOffer {
  specId: string;
  title: string;
  toVersion: string;
  pending: number;
}

/** What the rest of the window can do with reviews. */
export interface SpecReviewApi {
  offers: ReviewOffer[];
  /** After an import: offers the review when saved requests wait for a decision. */
  offer(specId: string): Promise<void>;
  dismiss(specId: string): void;
  open(specId: string): void;
  /** Opens the review of a spec the collection's requests use (the one with most waiting), or says there is none. */
  openForCollection(collectionId: string): Promise<void>;
}

const SpecReviewContext = createContext<SpecReviewApi | undefined>(undefined);

function linkedSpecs(items: readonly CollectionItem[], into = new Set<string>()): Set<string> {
  for (const item of items) {
    if (item.kind === 'folder') linkedSpecs(item.items, into);
    else if (item.request.operation) into.add(item.request.operation.specId);
  }
  return into;
}

/** Provides the review to the window and shows its dialog. */
export function SpecReviewProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  const notify = useNotify();
  const [offers, setOffers] = useState<ReviewOffer[]>([]);
  const [openId, setOpenId] = useState<string>();

  const remember = useCallback((review: SpecReview) => {
    setOffers((list) => {
      const rest = list.filter((o) => o.specId !== review.specId);
      return review.available && review.pending > 0 ? [...rest, { specId: review.specId, title: review.title, toVersion: review.toVersion, pending: review.pending }] : rest;
    });
  }, []);

  const offer = useCallback(async (specId: string) => remember(await host.invoke('collections.specReview', { specId })), [host, remember]);

  // An update undone, or a spec removed, takes its offer with it.
  const offered = useRef(offers);
  useEffect(() => {
    offered.current = offers;
  });
  useEffect(
    () =>
      host.on('specs.changed', (specs) => {
        for (const o of offered.current) {
          if (specs.some((s) => s.id === o.specId)) void offer(o.specId).catch(() => undefined);
          else setOffers((list) => list.filter((x) => x.specId !== o.specId));
        }
      }),
    [host, offer],
  );

  const openForCollection = useCallback(
    async (collectionId: string) => {
      const collection = await host.invoke('collections.get', { id: collectionId });
      const reviews = await Promise.all([...linkedSpecs(collection.items)].map((specId) => host.invoke('collections.specReview', { specId }).catch(() => undefined)));
      const mine = reviews
        .filter((r): r is SpecReview => r !== undefined && r.available && r.items.some((i) => i.collectionId === collectionId))
        .sort((a, b) => b.pending - a.pending);
      const first = mine[0];
      if (first) setOpenId(first.specId);
      else notify({ message: `No request in ${collection.name} uses a spec that was updated, so there is nothing to review.`, severity: 'info' });
    },
    [host, notify],
  );

  const api = useMemo<SpecReviewApi>(
    () => ({ offers, offer, dismiss: (specId) => setOffers((list) => list.filter((o) => o.specId !== specId)), open: setOpenId, openForCollection }),
    [offers, offer, openForCollection],
  );
  return (
    <SpecReviewContext.Provider value={api}>
      {children}
      {openId && (
        <Suspense fallback={null}>
          <SpecReviewDialog specId={openId} onClose={(review) => {
            setOpenId(undefined);
            if (review) remember(review);
          }} />
        </Suspense>
      )}
    </SpecReviewContext.Provider>
  );
}

/** The review's API; outside a provider (a feature's own test) it does nothing. */
export function useSpecReview(): SpecReviewApi {
  return useContext(SpecReviewContext) ?? { offers: [], offer: async () => undefined, dismiss: () => undefined, open: () => undefined, openForCollection: async () => undefined };
}
