/**
 * The SLA timer handler and repair sweep (docs/timers.md "SLA timers"); the timers themselves are kept
 * in step with each case by `syncSlaTimers` (case-sla-timers.ts).
 */
import { trusted, Types } from 'mongoose';
import { AppError } from '../../../errors/app-error';
import type { Viewer } from '../../access';
import type { DueTimer } from '../../scheduler';
import { loadCalendars } from './calendar/sla-calendar.store';
import type { CaseRecord } from '../case.model';
import { projectedState } from '../runtime/case-projection';
import type { CaseRuntime } from '../runtime/case-runtime.service';
import { caseSla } from './case-sla';
import { followSla } from './case-sla-timers';

/** The repair path: syncs the SLA timers of every open case changed since `since`. Returns how many. */
export async function syncOpenSlaTimers(runtime: CaseRuntime, since: Date): Promise<number> {
  const { models } = runtime;
  const calendars = await loadCalendars(models);
  const open = await models.Case.find({
    status: trusted({ $in: ['OPEN', 'PAUSED'] }),
    updatedAt: trusted({ $gte: since }),
  })
    .lean<CaseRecord[]>()
    .exec();
  for (const c of open) {
    const definition = await runtime.definition(c.templateKey, c.version);
    await followSla(models, c, definition, projectedState(c, runtime.keys), calendars);
  }
  return open.length;
}

/** A stale SLA timer (its point was superseded or already reached): firing it does nothing. */
class StaleSlaTimer extends Error {}

function isEngineRefusal(err: unknown): boolean {
  return err instanceof AppError && typeof err.details?.['refusal'] === 'string';
}

/**
 * Fires an SLA timer: the engine's `timerFired { sla }` through the normal command path with the
 * idempotency key `timer:<key>`, so a second firing replays the first (one event). Inside the command
 * (on the case as read for the append) the point must still be the case's next one at exactly this
 * timer's due time — otherwise the timer was superseded (pause, recompute, extension) and nothing is
 * appended.
 */
export async function fireSlaTimer(
  runtime: CaseRuntime,
  viewer: Viewer,
  timer: DueTimer,
): Promise<'fired' | 'stale'> {
  const caseId = String(timer.payload['caseId'] ?? '');
  const point = String(timer.payload['point'] ?? '');
  const ruleKey = String(timer.payload['ruleKey'] ?? '');
  if (!Types.ObjectId.isValid(caseId) || !point) throw new Error(`bad SLA timer payload: ${timer.key}`);
  const calendars = await loadCalendars(runtime.models);
  try {
    const outcome = await runtime.run(
      viewer,
      new Types.ObjectId(caseId),
      'slaTimerFired',
      { key: timer.key },
      (_c, state, definition) => {
        const sla = caseSla(definition, state, calendars);
        const due =
          sla?.ok && sla.plan.ruleKey === ruleKey ? sla.plan.next.find((p) => p.point === point) : null;
        if (!due || due.at.getTime() !== timer.dueAt.getTime()) throw new StaleSlaTimer(timer.key);
        return { kind: 'engine', command: () => ({ type: 'timerFired', timerId: timer.key, sla: due.sla }) };
      },
      `timer:${timer.key}`,
    );
    return outcome.events.length > 0 ? 'fired' : 'stale';
  } catch (err) {
    if (err instanceof StaleSlaTimer || isEngineRefusal(err)) return 'stale';
    if (err instanceof AppError && err.code === 'NOT_FOUND') return 'stale';
    throw err;
  }
}
