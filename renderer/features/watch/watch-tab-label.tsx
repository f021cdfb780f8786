/** The Watch tab's label with the count of new items not yet looked at, seen from any tab. */
import Badge from '@mui/material/Badge';
import { VisuallyHidden } from '../../components/visually-hidden';
import { useWatches, unseenTotal } from './use-watches';

/** "Watch" with a badge of unseen items (read out as "Watch, 3 new"). */
export function WatchTabLabel() {
  const { watches } = useWatches();
  const unseen = unseenTotal(watches);
  return (
    <Badge badgeContent={unseen} max={999} color="primary" data-testid="watch-badge" slotProps={{ badge: { 'aria-hidden': true } }} sx={{ '& .MuiBadge-badge': { right: -14, top: 2 } }}>
      Watch
      {unseen > 0 && <VisuallyHidden>, {unseen} new</VisuallyHidden>}
    </Badge>
  );
}
