/**
 * The timer API for other features (cases schedule SLA, follow-up and return-visit timers here).
 * Every function is safe to call from any number of processes at once: decisions are inserts into
 * unique indexes (timer.model.ts), and the `timers.status` projection heals itself when a concurrent
 * update of the same document erased another (FerretDB rewrites whole documents).
 */
import { trusted } from 'mongoose';
import { badInput, isDuplicateKeyError } from '../../errors/app-error';
import type { SchedulerModels, TimerDoc, TimerOutcome } from './timer.model';

export interface ScheduleTimerInput {
  /** Idempotency key, e.g. `case:<caseId>:sla-due:<ruleKey>:<seq>`. The same key is one timer, forever. */
  key: string;
  dueAt: Date;
  /** Handler to run (a key of the runner's handler registry), e.g. `sla-due`, `follow-up`. */
  kind: string;
  payload?: Record<string, unknown>;
}

const KIND = /^[a-z][a-z0-9-]{0,59}$/;

/**
 * Schedules a timer once: a second call with the same key returns the first timer unchanged
 * (`created: false`), whatever its due time or state.
 */
export async function scheduleTimer(
  models: SchedulerModels,
  input: ScheduleTimerInput,
  now: Date = new Date(),
): Promise<{ timer: TimerDoc; created: boolean }> {
  if (input.key.length < 1 || input.key.length > 300) {
    throw badInput(['key'], {
      zh: '定时器键须为 1–300 个字符。',
      en: 'A timer key must be 1–300 characters.',
    });
  }
  if (!KIND.test(input.kind)) {
    throw badInput(['kind'], {
      zh: '定时器类型须为小写字母、数字或 "-"，以字母开头。',
      en: 'A timer kind must be lower-case letters, digits or "-", starting with a letter.',
    });
  }
  if (Number.isNaN(input.dueAt.getTime())) {
    throw badInput(['dueAt'], { zh: '到期时间无效。', en: 'The due time is not a valid date.' });
  }
  try {
    const created = await models.Timer.create({
      key: input.key,
      kind: input.kind,
      payload: input.payload ?? {},
      dueAt: input.dueAt,
      status: 'pending',
      createdAt: now,
      finishedAt: null,
      lastError: null,
    });
    return { timer: created.toObject<TimerDoc>(), created: true };
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    const existing = await models.Timer.findOne({ key: input.key }).lean<TimerDoc>().exec();
    if (!existing) throw err;
    return { timer: existing, created: false };
  }
}

/**
 * Cancels a pending timer. True when this call cancelled it; false when it was unknown or had already
 * fired, failed or been cancelled. A handler already running at this instant still completes.
 */
export async function cancelTimer(models: SchedulerModels, key: string, by = 'api'): Promise<boolean> {
  const timer = await models.Timer.findOne({ key }).lean<TimerDoc>().exec();
  if (!timer) return false;
  return recordTimerOutcome(models, key, { outcome: 'cancelled', by, attempts: 0 });
}

/**
 * Records the terminal outcome (the unique `timerKey` decides between a firing and a cancellation),
 * then updates the projection. True when this call's outcome is the one of record.
 */
export async function recordTimerOutcome(
  models: SchedulerModels,
  key: string,
  outcome: { outcome: TimerOutcome; by: string; attempts: number; error?: string | null },
  now: Date = new Date(),
): Promise<boolean> {
  let won = true;
  try {
    await models.TimerFiring.create({
      timerKey: key,
      outcome: outcome.outcome,
      at: now,
      by: outcome.by,
      attempts: outcome.attempts,
      error: outcome.error ?? null,
    });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    won = false;
  }
  const record = won
    ? { outcome: outcome.outcome, at: now, error: outcome.error ?? null }
    : await firingOf(models, key);
  if (record) await projectOutcome(models, key, record);
  return won;
}

export async function firingOf(
  models: SchedulerModels,
  key: string,
): Promise<{ outcome: TimerOutcome; at: Date; error: string | null } | null> {
  return models.TimerFiring.findOne({ timerKey: key })
    .lean<{ outcome: TimerOutcome; at: Date; error: string | null }>()
    .exec();
}

export async function projectOutcome(
  models: SchedulerModels,
  key: string,
  record: { outcome: TimerOutcome; at: Date; error: string | null },
): Promise<void> {
  await models.Timer.updateOne(
    { key },
    { status: record.outcome, finishedAt: record.at, lastError: record.error },
  ).exec();
}

export interface RescheduleChange {
  key: string;
  kind: string;
  from: Date;
  /** The new due time; null when the recompute cancelled the timer. */
  to: Date | null;
}

/**
 * The recompute hook for calendar changes: offers every pending timer whose kind starts with
 * `kindPrefix` (default `sla-`) to `recompute`, which returns its new due time (the same time to keep
 * it, null to cancel it). Returns what changed, for the caller to record (e.g. as case events).
 */
export async function rescheduleOpenTimers(
  models: SchedulerModels,
  recompute: (timer: TimerDoc) => Date | null | Promise<Date | null>,
  options: { kindPrefix?: string; by?: string } = {},
): Promise<RescheduleChange[]> {
  const prefix = options.kindPrefix ?? 'sla-';
  const open = await models.Timer.find({ status: 'pending' })
    .sort({ dueAt: 1, _id: 1 })
    .lean<TimerDoc[]>()
    .exec();
  const changes: RescheduleChange[] = [];
  for (const timer of open) {
    if (!timer.kind.startsWith(prefix)) continue;
    const next = await recompute(timer);
    if (next === null) {
      if (await cancelTimer(models, timer.key, options.by ?? 'recompute')) {
        changes.push({ key: timer.key, kind: timer.kind, from: timer.dueAt, to: null });
      }
      continue;
    }
    if (next.getTime() === timer.dueAt.getTime()) continue;
    // Only a still-pending timer moves; a firing that won meanwhile is restored by the runner's healing.
    await models.Timer.updateOne({ _id: timer._id, status: 'pending' }, { dueAt: next }).exec();
    changes.push({ key: timer.key, kind: timer.kind, from: timer.dueAt, to: next });
  }
  return changes;
}

/** Pending timers due at `now`, oldest first. */
export function dueTimers(models: SchedulerModels, now: Date, limit: number): Promise<TimerDoc[]> {
  return models.Timer.find({ status: 'pending', dueAt: trusted({ $lte: now }) })
    .sort({ dueAt: 1, _id: 1 })
    .limit(limit)
    .lean<TimerDoc[]>()
    .exec();
}
