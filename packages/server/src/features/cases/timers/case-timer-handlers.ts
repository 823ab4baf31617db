/**
 * Timer handlers of the cases feature (docs/timers.md "Case timers"):
 * - `case-timer`: an engine (wait-step) timer came due → the engine's `timerFired` through the normal
 *   command path, with the idempotency key `timer:<timer key>` — a second firing (at-least-once) replays
 *   the first result instead of appending again. An engine refusal (the timer is gone because the step
 *   completed, the case closed …) means there is nothing left to do: done, not retried.
 * - `audit-anchor`: anchors the day of its key and schedules the next day's anchor (self-rescheduling).
 */
import { Types } from 'mongoose';
import type { Models } from '../../../db/models';
import { AppError } from '../../../errors/app-error';
import type { Viewer } from '../../access';
import { scheduleTimer } from '../../scheduler';
import type { DueTimer, TimerHandlers } from '../../scheduler';
import { CaseAuditService } from '../log/case-audit.service';
import { caseRuntimeOf } from '../runtime/case-runtime.service';
import { CASE_TIMER_KIND } from './case-timer-effects';
import { fireSlaTimer } from './case-sla-handlers';
import { SLA_BREACH_KIND, SLA_WARNING_KIND } from './case-sla-timers';

export const TIMER_VIEWER: Viewer = { kind: 'system', name: 'timers' };
export const AUDIT_ANCHOR_KIND = 'audit-anchor';

/** True when the error is the engine refusing the command (as opposed to a conflict or an outage). */
function isEngineRefusal(err: unknown): boolean {
  return err instanceof AppError && typeof err.details?.['refusal'] === 'string';
}

export async function fireCaseTimer(models: Models, timer: DueTimer): Promise<void> {
  const caseId = String(timer.payload['caseId'] ?? '');
  const timerId = String(timer.payload['timerId'] ?? '');
  if (!Types.ObjectId.isValid(caseId) || !timerId) throw new Error(`bad case timer payload: ${timer.key}`);
  const runtime = caseRuntimeOf(models);
  try {
    await runtime.run(
      TIMER_VIEWER,
      new Types.ObjectId(caseId),
      'timerFired',
      { timerId },
      () => ({ kind: 'engine', command: () => ({ type: 'timerFired', timerId }) }),
      `timer:${timer.key}`,
    );
  } catch (err) {
    if (isEngineRefusal(err)) return;
    if (err instanceof AppError && err.code === 'NOT_FOUND') return;
    throw err;
  }
}

/** `YYYY-MM-DD` of the day after `day`. */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The Asia/Shanghai calendar day (UTC+8, no daylight saving) of an instant. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function auditAnchorKey(day: string): string {
  return `${AUDIT_ANCHOR_KIND}:${day}`;
}

/**
 * The anchor of `day` is due once the day is over: `anchorDay` collects the chains by UTC day
 * (case-audit.service.ts), so 00:10 UTC of the next day (08:10 Asia/Shanghai).
 */
export function auditAnchorDueAt(day: string): Date {
  return new Date(`${nextDay(day)}T00:10:00.000Z`);
}

/**
 * Schedules the anchor of the current (Asia/Shanghai) day. Every process calls this at start; the
 * unique key makes it one timer however many start at once.
 */
export async function ensureAuditAnchorTimer(models: Models, now: Date = new Date()): Promise<string> {
  const day = shanghaiDay(now);
  await scheduleTimer(models, {
    key: auditAnchorKey(day),
    dueAt: auditAnchorDueAt(day),
    kind: AUDIT_ANCHOR_KIND,
    payload: { day },
  });
  return day;
}

export async function fireAuditAnchor(models: Models, timer: DueTimer): Promise<void> {
  const day = String(timer.payload['day'] ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`bad audit anchor payload: ${timer.key}`);
  await new CaseAuditService(models).anchorDay(day);
  // Schedule the next one before this firing is recorded: a crash in between repeats both, once.
  const next = nextDay(day);
  await scheduleTimer(models, {
    key: auditAnchorKey(next),
    dueAt: auditAnchorDueAt(next),
    kind: AUDIT_ANCHOR_KIND,
    payload: { day: next },
  });
}

/** An SLA warning or breach timer (case-sla-handlers.ts): a stale one is done without an event. */
async function fireSla(models: Models, timer: DueTimer): Promise<void> {
  await fireSlaTimer(caseRuntimeOf(models), TIMER_VIEWER, timer);
}

export function caseTimerHandlers(models: Models): TimerHandlers {
  return {
    [CASE_TIMER_KIND]: (timer) => fireCaseTimer(models, timer),
    [AUDIT_ANCHOR_KIND]: (timer) => fireAuditAnchor(models, timer),
    [SLA_WARNING_KIND]: (timer) => fireSla(models, timer),
    [SLA_BREACH_KIND]: (timer) => fireSla(models, timer),
  };
}
