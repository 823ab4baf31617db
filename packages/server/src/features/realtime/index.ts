/** The entry point of the realtime feature: what other features use of it. */
export { casePollerFor } from './case-event-poller';
export { eventStream } from './event-stream';
export { liveCaseReader } from './live-access';
