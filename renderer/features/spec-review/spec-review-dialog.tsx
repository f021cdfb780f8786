/**
 * "Review saved requests": after a spec update, the saved requests that use it, grouped as changed,
 * endpoint removed and unchanged, each with what changed in words and its choices. Every choice is
 * saved at once and can be undone here.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import type { ReviewAction, SpecReview } from '../../../shared/contract/spec-review';
import type { AppError } from '../../../shared/errors';
import { ErrorAlert } from '../../components/alerts/error-alert';
import { HostError } from '../../host/host';
import { useHost } from '../../host/host-context';
import { ReviewItem } from './review-item';
import { useRefreshOpenTabs } from './use-refresh-open-tabs';
import { groupHeading, reviewSummary, statusOrder } from './review-words';

interface SpecReviewDialogProps {
  specId: string;
  /** Called with the review as it is when the dialog closes (so an offer of it can go away). */
  onClose(review: SpecReview | undefined): void;
}

const failed = (thrown: unknown): AppError =>
  thrown instanceof HostError ? thrown.error : { code: 'internal', message: 'The review could not be saved. Your saved requests are as they were.' };

/** The review of one spec's last update. */
export function SpecReviewDialog({ specId, onClose }: SpecReviewDialogProps) {
  const host = useHost();
  const [review, setReview] = useState<SpecReview>();
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState(true);
  const refreshTabs = useRefreshOpenTabs();

  useEffect(() => {
    let live = true;
    host.invoke('collections.specReview', { specId }).then(
      (found) => live && (setReview(found), setBusy(false)),
      (thrown: unknown) => live && (setError(failed(thrown)), setBusy(false)),
    );
    return () => {
      live = false;
    };
  }, [host, specId]);

  const apply = useCallback(
    async (actions: ReviewAction[]) => {
      setBusy(true);
      setError(undefined);
      try {
        setReview(await host.invoke('collections.applySpecUpdate', { specId, actions }));
        refreshTabs(actions);
      } catch (thrown) {
        setError(failed(thrown));
        // Earlier decisions of the same batch may have been saved: show the review as it is now.
        setReview(await host.invoke('collections.specReview', { specId }).catch(() => review));
        refreshTabs(actions);
      } finally {
        setBusy(false);
      }
    },
    [host, specId, review, refreshTabs],
  );

  const changedPending = review?.items.filter((i) => i.status === 'changed' && i.decision === 'pending') ?? [];
  const title = review ? `Review saved requests — ${review.title}${review.fromVersion ? ` ${review.fromVersion} → ${review.toVersion}` : ''}` : 'Review saved requests';
  return (
    <Dialog open onClose={() => onClose(review)} maxWidth="md" fullWidth aria-labelledby="spec-review-title" aria-describedby="spec-review-summary" data-testid="spec-review">
      <DialogTitle id="spec-review-title">{title}</DialogTitle>
      <DialogContent dividers>
        <Typography id="spec-review-summary" variant="body2" sx={{ mb: 1.5 }}>
          {review ? reviewSummary(review) : 'Comparing your saved requests with the new version…'}
        </Typography>
        {review?.available && review.pending > 0 && (
          <Typography variant="body2" color="textSecondary" sx={{ mb: 1.5 }}>
            Update brings a request to the new version: values of parameters that still exist are kept, new ones are added empty, and removed ones are dropped with a note in the request. Keep leaves it exactly as it is.
          </Typography>
        )}
        {busy && <LinearProgress aria-label="Working" sx={{ mb: 1 }} />}
        {error && <ErrorAlert error={error} onClose={() => setError(undefined)} testId="spec-review-error" sx={{ mb: 1.5 }} />}
        {review &&
          statusOrder.map((status) => {
            const items = review.items.filter((i) => i.status === status);
            if (items.length === 0) return null;
            const headingId = `spec-review-${status}`;
            return (
              <Box component="section" key={status} aria-labelledby={headingId} data-testid={`review-group-${status}`} sx={{ mb: 1.5 }}>
                <Typography id={headingId} component="h3" variant="subtitle1" sx={{ mb: 0.75 }}>{groupHeading(status, items.length)}</Typography>
                <Box component="ul" sx={{ m: 0, p: 0 }}>
                  {items.map((item) => (
                    <ReviewItem key={`${item.collectionId}/${item.itemId}`} item={item} busy={busy}
                      onAction={(action) => void apply([{ collectionId: item.collectionId, itemId: item.itemId, action }])} />
                  ))}
                </Box>
              </Box>
            );
          })}
      </DialogContent>
      <DialogActions>
        {changedPending.length > 1 && (
          <Button disabled={busy} onClick={() => void apply(changedPending.map((i) => ({ collectionId: i.collectionId, itemId: i.itemId, action: 'update' as const })))}>
            Update all {changedPending.length} changed
          </Button>
        )}
        <Button variant="contained" onClick={() => onClose(review)}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
