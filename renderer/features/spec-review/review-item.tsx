/** One saved request in the review: what changed in words, and its choices (or what was chosen, with Undo). */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReviewAction, SpecReviewItem } from '../../../shared/contract/spec-review';
import { monoFont } from '../../components/theme/tokens';
import { decisionWords, operationWords } from './review-words';

interface ReviewItemProps {
  item: SpecReviewItem;
  busy: boolean;
  onAction(action: ReviewAction['action']): void;
}

/** A request's row: name, endpoint, changes, and its buttons. */
export function ReviewItem({ item, busy, onAction }: ReviewItemProps) {
  const decided = decisionWords(item.decision);
  // Each accessible name starts with the words on the button (WCAG 2.5.3), then says which request.
  const named = (words: string) => `${words}: ${item.name} in ${item.collectionName}`;
  return (
    <Box component="li" data-testid="review-item" data-name={item.name} data-status={item.status} data-decision={item.decision}
      sx={{ listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
        <Typography component="h4" variant="subtitle2">{item.name}</Typography>
        <Typography variant="caption" color="textSecondary">in {item.collectionName}</Typography>
      </Box>
      <Typography variant="body2" sx={{ fontFamily: monoFont, fontSize: 12.5, mt: 0.25, overflowWrap: 'anywhere' }}>{operationWords(item)}</Typography>
      {item.status !== 'unchanged' && <Typography variant="body2" color="textSecondary" sx={{ mt: 0.5 }}>{item.match}</Typography>}
      {item.changes.length > 0 && (
        <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }} aria-label={`What changed for ${item.name}`}>
          {item.changes.map((change, i) => <Typography component="li" variant="body2" key={i}>{change.text}</Typography>)}
        </Box>
      )}
      {item.status === 'removed' && item.decision === 'pending' && (
        <Typography variant="body2" color="textSecondary" sx={{ mt: 0.5 }}>
          A plain request keeps its address and values and still sends; it no longer shows the spec’s docs and helpers.
        </Typography>
      )}
      {decided && (
        <Typography variant="body2" sx={{ mt: 0.75, fontWeight: 600 }} role="status">{decided}</Typography>
      )}
      {item.notes.length > 0 && (
        <Box component="ul" sx={{ m: 0, mt: 0.25, pl: 2.5 }} aria-label={`Notes about ${item.name}`}>
          {item.notes.map((note, i) => <Typography component="li" variant="body2" color="textSecondary" key={i}>{note}</Typography>)}
        </Box>
      )}
      {item.status !== 'unchanged' && (
        <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap' }}>
          {item.decision === 'pending' ? (
            <>
              {item.status === 'changed' && <Button size="small" variant="contained" disabled={busy} aria-label={named('Update to the new version')} onClick={() => onAction('update')}>Update to the new version</Button>}
              {item.status === 'removed' && <Button size="small" variant="contained" disabled={busy} aria-label={named('Keep as a plain request')} onClick={() => onAction('plain')}>Keep as a plain request</Button>}
              <Button size="small" variant="outlined" disabled={busy} aria-label={named('Keep as it is')} onClick={() => onAction('keep')}>Keep as it is</Button>
            </>
          ) : (
            <Button size="small" disabled={busy} aria-label={named('Undo')} onClick={() => onAction('undo')}>Undo</Button>
          )}
        </Box>
      )}
    </Box>
  );
}
