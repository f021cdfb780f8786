/**
 * One open tab's builder and answer: a request linked to a spec operation gets the operation builder
 * (docs and helpers included); any other request, or one whose spec was removed, the plain editor.
 */
import Alert from '@mui/material/Alert';
import { useCollectionsList } from '../collections';
import type { OpenTab } from '../workspace';
import { OperationRequest } from './operation-request';
import { PlainRequest } from './plain-request';

/** "DSCC › Storage" for a saved request, from the collections the window holds. */
function useSavedIn(tab: OpenTab): string | undefined {
  const { collections } = useCollectionsList();
  if (tab.source.kind !== 'saved') return undefined;
  const { collectionId, itemId } = tab.source;
  const collection = collections?.find((c) => c.id === collectionId);
  if (!collection) return undefined;
  const trail: string[] = [];
  const walk = (items: typeof collection.items, path: string[]): boolean =>
    items.some((item) => (item.id === itemId ? (trail.push(...path), true) : item.kind === 'folder' && walk(item.items, [...path, item.name])));
  if (!walk(collection.items, [])) return `${collection.name}, but no longer there (deleted or moved): Save as keeps it`;
  return [collection.name, ...trail].join(' › ');
}

/** The tab's content. */
export function TabView({ tab }: { tab: OpenTab }) {
  const savedIn = useSavedIn(tab);
  if (!tab.request.operation) return <PlainRequest tab={tab} savedIn={savedIn} />;
  return (
    <OperationRequest
      tab={tab}
      savedIn={savedIn}
      onUnavailable={(message) => (
        <PlainRequest tab={tab} savedIn={savedIn} notice={<Alert severity="info" sx={{ mx: 1.5, mb: 1 }}>{message} The request is shown as it was saved; import its API again for its docs and helpers.</Alert>} />
      )}
    />
  );
}
