/** The Watch tab's label with the count of new items not yet looked at, seen from any tab. */
import Box from '@mui/material/Box';
import { VisuallyHidden } from '../../components/visually-hidden';
import { useWatches, unseenTotal } from './use-watches';

/** "Watch" with a pill counting unseen items (read out as "Watch, 3 new"). */
export function WatchTabLabel() {
  const { watches } = useWatches();
  const unseen = unseenTotal(watches);
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
      Watch
      {unseen > 0 && (
        <>
          <Box component="span" aria-hidden data-testid="watch-badge"
            sx={{ minWidth: 20, height: 20, px: 0.75, borderRadius: 10, bgcolor: 'primary.main', color: 'primary.contrastText', fontSize: 12, lineHeight: '20px', fontWeight: 700, textAlign: 'center' }}>
            {unseen > 999 ? '999+' : unseen}
          </Box>
          <VisuallyHidden>, {unseen} new</VisuallyHidden>
        </>
      )}
    </Box>
  );
}
