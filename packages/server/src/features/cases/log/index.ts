/** The case's event log: the store, the event codec, the audit chain, idempotency and the effect outbox. */
export { recordRead } from './audited-read';
export { completeEvents, engineEvents, isHostEvent, sealData, sensitiveFields } from './case-event-codec';
export { conflict } from './case-log.store';
export type { EventDraft } from './case-log.store';
export { TITLED_EVENT_TYPES, eventTitle } from './event-titles';
export type { EventTitle } from './event-titles';
export { checkIdempotencyKey } from './idempotency';
