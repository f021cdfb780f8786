/** The saved-request review's public face: its provider (with the dialog), the Explorer's offer, and the hook to open it. */
export { SpecReviewProvider, useSpecReview, type ReviewOffer, type SpecReviewApi } from './spec-review-context';
export { SpecReviewOffers } from './spec-review-offers';
