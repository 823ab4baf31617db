/**
 * The cases feature: a case's event log, the command path that appends to it, its timers and SLA,
 * links, migration, contact attempts and assignment. Other features import from here only; the
 * sub-modules (log/, runtime/, timers/, links/, migration/, contact/, assignment/) are listed in docs/cases.md.
 */
export { actorKey, canSeeCase, departmentScope, engineActor } from './case-access';
export { caseNotFound, refusalError } from './case.errors';
export type { CaseDoc, CaseEventRecord, CaseRecord, CaseStatusValue, StoredEvent } from './case.model';
export { actorLoader } from './assignment/case-actors';
export { startCaseLinksSweep } from './links/case-links.sweep';
export { recordRead } from './log/audited-read';
export {
  completeEvents,
  engineEvents,
  isHostEvent,
  isHostEventOf,
  sealData,
  sensitiveFields,
} from './log/case-event-codec';
export type { HostEvent, HostEventData } from './log/case-event-codec';
export { conflict } from './log/case-log.store';
export type { EventDraft } from './log/case-log.store';
export { TITLED_EVENT_TYPES, eventTitle } from './log/event-titles';
export type { EventTitle } from './log/event-titles';
export { checkIdempotencyKey } from './log/idempotency';
export { checkCustomer } from './runtime/case-open.input';
export { CaseOpenService } from './runtime/case-open.service';
export { projectedState } from './runtime/case-projection';
export { CaseQueryService, localObjectId } from './runtime/case-query.service';
export { CaseRuntime, caseNow, caseRuntimeOf } from './runtime/case-runtime.service';
export type { CaseChange, CommandOutcome } from './runtime/case-runtime.service';
export { loadCalendars } from './timers/calendar/sla-calendar.store';
export type { CalendarSet } from './timers/calendar/sla-calendar.store';
export { startEffectsSweep } from './timers/case-effects-sweep';
export { effectivePolicy, pausesOf } from './timers/case-sla';
export { caseTimerHandlers } from './timers/case-timer-handlers';
export { complaintClockOf } from './timers/sla.resolvers';
