/**
 * The server's timer handlers by kind. Features that schedule timers register their handler here
 * (the cases feature: `sla-warning`, `sla-due`, `follow-up`, `return-visit` …). Each must be idempotent
 * by the timer key: a crash mid-handler makes another process run it again (docs/timers.md).
 */
import type { TimerHandlers } from './timer-runner';

export const SERVER_TIMER_HANDLERS: TimerHandlers = {};
