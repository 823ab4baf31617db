/** The entry point of the approvals feature: what other features use of it. */
export { pendingReviews } from './pending-reviews';
