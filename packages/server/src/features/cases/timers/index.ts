/** Timers and SLA: engine timer effects and handlers, the SLA clock, calendars and the effects sweep. */
export { loadCalendars } from './calendar/sla-calendar.store';
export type { CalendarSet } from './calendar/sla-calendar.store';
export { startEffectsSweep } from './case-effects-sweep';
export { effectivePolicy, pausesOf } from './case-sla';
export { caseTimerHandlers } from './case-timer-handlers';
export { complaintClockOf } from './sla.resolvers';
export { slaResolvers } from './sla.resolvers';
