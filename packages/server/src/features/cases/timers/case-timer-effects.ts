/**
 * The engine's timer effects, performed durably (docs/timers.md "Case timers").
 *
 * Effects follow the event log: what to schedule and cancel is derived from the stored events of a
 * batch, never from the in-memory `execute` result, so the same function performs them right after
 * the append (`followBatch`) and again in the repair sweep (`schedulePendingEffects`) for a batch
 * whose process died between the append and the scheduling. Both are idempotent:
 * - `timerScheduled` at seq n → timer `case:<caseId>:<timerId>:<n>` (the unique key makes a retry,
 *   a takeover or a sweep the same timer), due at the event's time + its ISO 8601 `after`;
 * - `stepCompleted` of token t → the engine's `cancel-timer` for t's timers (routing.ts): pending
 *   timers of the case with that token are cancelled, except one fired in the same batch;
 * - `caseClosed` / `caseCancelled` → every pending timer of the case is cancelled;
 * - `caseMigrated` → the timers in its `cancelledTimers` are cancelled.
 */
import { addIsoDuration } from '@parley/engine';
import { trusted, type Types } from 'mongoose';
import type { Models } from '../../../db/models';
import { cancelTimer, scheduleTimer } from '../../scheduler';
import type { TimerDoc } from '../../scheduler';
import type { StoredEvent } from '../case.model';

/** The timer kind of engine (wait-step) timers; its handler sends `timerFired` (case-timer-handlers.ts). */
export const CASE_TIMER_KIND = 'case-timer';

/** The event types that carry timer effects. */
export const TIMER_EFFECT_EVENTS = [
  'timerScheduled',
  'stepCompleted',
  'caseClosed',
  'caseCancelled',
  'caseMigrated',
];

export interface CaseTimerPayload {
  caseId: string;
  timerId: string;
  tokenId: string;
  stepKey: string;
  seq: number;
}

export function caseTimerKey(caseId: string, timerId: string, seq: number): string {
  return `case:${caseId}:${timerId}:${seq}`;
}

type EffectEvent = Pick<StoredEvent, 'caseId' | 'seq' | 'type' | 'at' | 'data'>;

function str(data: Record<string, unknown>, name: string): string | null {
  const v = data[name];
  return typeof v === 'string' ? v : null;
}

/** Performs the timer effects of one batch (or any run of events of one case, by seq). Idempotent. */
export async function performTimerEffects(
  models: Models,
  events: readonly EffectEvent[],
  by = 'case',
  timerTokens?: ReadonlySet<string>,
): Promise<void> {
  const firedHere = new Set(events.filter((e) => e.type === 'timerFired').map((e) => str(e.data, 'timerId')));
  // Tokens that may have a pending timer: those of the state before the batch (when the caller knows
  // it) and those the batch schedules for. Without `timerTokens` every completed step is looked up.
  const mayHaveTimers = timerTokens && new Set(timerTokens);
  for (const e of events) {
    const caseId = (e.caseId as Types.ObjectId).toHexString();
    if (e.type === 'timerScheduled') {
      const timerId = str(e.data, 'timerId');
      const after = str(e.data, 'after');
      if (!timerId || !after) continue;
      const payload: CaseTimerPayload = {
        caseId,
        timerId,
        tokenId: str(e.data, 'tokenId') ?? '',
        stepKey: str(e.data, 'stepKey') ?? '',
        seq: e.seq,
      };
      mayHaveTimers?.add(payload.tokenId);
      await scheduleTimer(models, {
        key: caseTimerKey(caseId, timerId, e.seq),
        dueAt: new Date(addIsoDuration(e.at.toISOString(), after)),
        kind: CASE_TIMER_KIND,
        payload: { ...payload },
      });
    } else if (e.type === 'stepCompleted') {
      const tokenId = str(e.data, 'tokenId');
      if (!tokenId || (mayHaveTimers && !mayHaveTimers.has(tokenId))) continue;
      await cancelPending(models, { 'payload.caseId': caseId, 'payload.tokenId': tokenId }, firedHere, by);
    } else if (e.type === 'caseClosed' || e.type === 'caseCancelled') {
      await cancelPending(models, { 'payload.caseId': caseId }, firedHere, by);
    } else if (e.type === 'caseMigrated') {
      const cancelled = e.data['cancelledTimers'];
      for (const timerId of Array.isArray(cancelled) ? cancelled : [])
        if (typeof timerId === 'string')
          await cancelPending(
            models,
            { 'payload.caseId': caseId, 'payload.timerId': timerId },
            firedHere,
            by,
          );
    }
  }
}

async function cancelPending(
  models: Models,
  filter: Record<string, string>,
  firedHere: ReadonlySet<string | null>,
  by: string,
): Promise<void> {
  const open = await models.Timer.find({ ...filter, kind: CASE_TIMER_KIND, status: 'pending' })
    .lean<TimerDoc[]>()
    .exec();
  for (const timer of open) {
    // The timer whose firing completed the step is being recorded as fired by its runner.
    if (firedHere.has(String(timer.payload['timerId']))) continue;
    await cancelTimer(models, timer.key, by);
  }
}

/**
 * Right after an append: performs the batch's timer effects. A failure here loses nothing — the
 * batch is in the log and the sweep performs it later — so it is reported, never thrown at the
 * command that already committed. `timerTokens`: the tokens holding timers in the case state the
 * batch was decided on (the fold of the log before it); a completed step of any other token has no
 * timer to cancel, which saves a read of `timers` per step (the sweep still looks every one up).
 */
export async function followBatch(
  models: Models,
  batch: readonly EffectEvent[],
  onError: (err: unknown) => void = () => undefined,
  timerTokens?: ReadonlySet<string>,
): Promise<void> {
  if (!batch.some((e) => TIMER_EFFECT_EVENTS.includes(e.type))) return;
  try {
    await performTimerEffects(models, batch, 'case', timerTokens);
  } catch (err) {
    onError(err);
  }
}

/**
 * The repair path: re-performs the timer effects of every event recorded since `since`, case by case
 * in seq order. Cheap to repeat (every step is keyed); run at start and periodically.
 * Returns the number of events looked at.
 */
export async function schedulePendingEffects(models: Models, since: Date): Promise<number> {
  const events = await models.CaseEvent.find({
    recordedAt: trusted({ $gte: since }),
    type: trusted({ $in: TIMER_EFFECT_EVENTS }),
  })
    .sort({ caseId: 1, seq: 1 })
    .lean<StoredEvent[]>()
    .exec();
  const byCase = new Map<string, StoredEvent[]>();
  for (const e of events) {
    const id = e.caseId.toHexString();
    byCase.set(id, [...(byCase.get(id) ?? []), e]);
  }
  for (const run of byCase.values()) {
    // Fired timers of the window, so a completion they caused does not cancel them.
    const fired = await models.CaseEvent.find({
      caseId: (run[0] as StoredEvent).caseId,
      type: 'timerFired',
      recordedAt: trusted({ $gte: since }),
    })
      .lean<StoredEvent[]>()
      .exec();
    await performTimerEffects(
      models,
      [...fired, ...run].sort((a, b) => a.seq - b.seq),
      'sweep',
    );
  }
  return events.length;
}
