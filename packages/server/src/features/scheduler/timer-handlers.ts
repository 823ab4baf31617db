/**
 * The server's timer handlers by kind. Features that schedule timers register their handler here
 * (the cases feature: `case-timer` for engine timers, `audit-anchor` for the daily audit anchor). Each
 * must be idempotent by the timer key: a crash mid-handler makes another process run it again
 * (docs/timers.md).
 */
import type { Models } from '../../db/models';
import { caseTimerHandlers } from '../cases';
import type { TimerHandlers } from './timer-runner';

export function serverTimerHandlers(models: Models): TimerHandlers {
  return { ...caseTimerHandlers(models) };
}
