/** The Explorer's note after a spec update: "3 saved requests use endpoints that changed in Fleet 2.0.0 — Review". */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useSpecReview } from './spec-review-context';

/** One note per update whose saved requests wait for a decision. */
export function SpecReviewOffers() {
  const { offers, open, dismiss } = useSpecReview();
  return (
    <>
      {offers.map((offer) => (
        <Alert key={offer.specId} severity="info" sx={{ m: 1 }} data-testid="spec-review-offer" onClose={() => dismiss(offer.specId)}>
          {offer.pending} saved request{offer.pending === 1 ? ' uses an endpoint' : 's use endpoints'} that changed in {offer.title} {offer.toVersion}.
          {/* Under the words, as the notices do: the sidebar is narrow. */}
          <Button color="inherit" size="small" variant="outlined" sx={{ display: 'flex', mt: 1 }} onClick={() => open(offer.specId)}>Review saved requests</Button>
        </Alert>
      ))}
    </>
  );
}
