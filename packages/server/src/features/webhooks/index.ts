/** The entry point of the webhooks feature: what other features use of it. */
export type { CaseEventFeedDoc, CaseEventFeedModel } from './case-event-feed.model';
