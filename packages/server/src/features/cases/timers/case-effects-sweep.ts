/**
 * The repair loop of case effects (docs/timers.md "Case timers"): at start it re-performs the timer
 * effects of the last day's events and makes sure today's audit anchor is scheduled; then, every
 * `intervalMs`, the effects of the last `windowMs`. It also re-syncs the SLA timers of open cases
 * changed in the window and finishes a calendar recompute a crash cut short (docs/timers.md). Any
 * number of processes may run it: every step is keyed by a unique timer key.
 */
import { startPollingLoop } from '../../../workers/polling-loop';
import type { Logger } from 'pino';
import type { Models } from '../../../db/models';
import { schedulePendingEffects } from './case-timer-effects';
import { ensureAuditAnchorTimer } from './case-timer-handlers';
import { caseRuntimeOf } from '../runtime/case-runtime.service';
import { syncOpenSlaTimers } from './case-sla-handlers';
import { repairCalendarRecomputes } from './calendar/sla-calendar.service';

export interface EffectsSweep {
  stop(): Promise<void>;
  /** One sweep now over the last `windowMs` (tests and tools). */
  runOnce(windowMs?: number): Promise<number>;
}

export function startEffectsSweep(options: {
  models: Models;
  logger: Logger;
  intervalMs?: number;
  windowMs?: number;
  startWindowMs?: number;
}): EffectsSweep {
  const { models } = options;
  const intervalMs = options.intervalMs ?? 60_000;
  const windowMs = options.windowMs ?? 10 * 60_000;
  const log = options.logger.child({ component: 'effects-sweep' });
  async function sweep(window: number): Promise<number> {
    await ensureAuditAnchorTimer(models);
    const since = new Date(Date.now() - window);
    const events = await schedulePendingEffects(models, since);
    // SLA timers of cases changed in the window, and calendar recomputes a crash cut short.
    await syncOpenSlaTimers(caseRuntimeOf(models), since);
    await repairCalendarRecomputes(models);
    return events;
  }
  return startPollingLoop({
    round: sweep,
    intervalMs,
    regular: windowMs,
    first: options.startWindowMs ?? 86_400_000,
    onError: (err) => log.error({ err }, 'effects sweep failed'),
  });
}
