/**
 * Durable SLA timers of a case (docs/timers.md "SLA timers"). After every append (and in the sweep)
 * `syncSlaTimers` makes the pending `sla-warning` / `sla-breach` timers of a case equal to the next
 * points of its SLA (case-sla.ts): a timer whose point or time no longer holds is cancelled, a missing
 * one is scheduled under a new generation. Keys: `case:<caseId>:sla:<ruleKey>:<point>:<seq>.<revision>`
 * (the case's log head and the calendar revision it was computed with). Idempotent and safe in any
 * number of processes: scheduling is by unique key, and a stale timer that fires anyway is a no-op —
 * the handler re-checks the point against the case as read in the command (`fireSlaTimer`).
 */
import type { CaseState, FlowDefinition } from '@parley/engine';
import { trusted } from 'mongoose';
import type { Models } from '../../../db/models';
import { cancelTimer, scheduleTimer } from '../../scheduler';
import type { TimerDoc } from '../../scheduler';
import type { CalendarSet } from './calendar/sla-calendar.store';
import type { CaseRecord } from '../case.model';
import { caseSla, type SlaPoint } from './case-sla';

export const SLA_WARNING_KIND = 'sla-warning';
export const SLA_BREACH_KIND = 'sla-breach';
export const SLA_TIMER_KINDS = [SLA_WARNING_KIND, SLA_BREACH_KIND];

export interface SlaTimerPayload {
  caseId: string;
  ruleKey: string;
  point: string;
  sla: 'warning' | 'breach';
  generation: string;
}

export function slaTimerKey(caseId: string, ruleKey: string, point: string, generation: string): string {
  return `case:${caseId}:sla:${ruleKey}:${point}:${generation}`;
}

const kindOf = (p: SlaPoint): string => (p.sla === 'warning' ? SLA_WARNING_KIND : SLA_BREACH_KIND);

/** Pending SLA timers of a case. */
export function pendingSlaTimers(models: Models, caseId: string): Promise<TimerDoc[]> {
  return models.Timer.find({
    'payload.caseId': caseId,
    kind: trusted({ $in: SLA_TIMER_KINDS }),
    status: 'pending',
  })
    .lean<TimerDoc[]>()
    .exec();
}

/** Makes the case's pending SLA timers match its SLA now. Returns the keys scheduled and cancelled. */
export async function syncSlaTimers(
  models: Models,
  c: Pick<CaseRecord, '_id' | 'seq'>,
  definition: FlowDefinition,
  state: CaseState | null,
  calendars: CalendarSet,
  by = 'case',
): Promise<{ scheduled: string[]; cancelled: string[] }> {
  const caseId = c._id.toHexString();
  const sla = caseSla(definition, state, calendars);
  const plan = sla?.ok ? sla.plan : null;
  const wanted = plan?.next ?? [];
  const pending = await pendingSlaTimers(models, caseId);
  const matches = (t: TimerDoc, p: SlaPoint): boolean =>
    plan !== null &&
    t.payload['ruleKey'] === plan.ruleKey &&
    t.payload['point'] === p.point &&
    t.dueAt.getTime() === p.at.getTime();
  // A point already reached under the same rule is the one being fired right now (its runner records
  // the firing after this append): leave it; should it fire again it is a no-op (fireSlaTimer).
  const reached = (t: TimerDoc): boolean => {
    if (!state || t.payload['ruleKey'] !== state.clock.slaRuleKey) return false;
    const [kind, n] = String(t.payload['point']).split('-');
    const done = kind === 'warning' ? state.clock.slaWarnings : state.clock.slaBreaches;
    return Number(n) < done;
  };
  const cancelled: string[] = [];
  for (const t of pending)
    if (!wanted.some((p) => matches(t, p)) && !reached(t) && (await cancelTimer(models, t.key, by)))
      cancelled.push(t.key);
  const scheduled: string[] = [];
  if (!plan) return { scheduled, cancelled };
  const generation = `${c.seq}.${plan.calendarRevision}`;
  for (const p of wanted) {
    if (pending.some((t) => matches(t, p))) continue;
    const payload: SlaTimerPayload = {
      caseId,
      ruleKey: plan.ruleKey,
      point: p.point,
      sla: p.sla,
      generation,
    };
    const key = slaTimerKey(caseId, plan.ruleKey, p.point, generation);
    const { created } = await scheduleTimer(models, {
      key,
      dueAt: p.at,
      kind: kindOf(p),
      payload: { ...payload },
    });
    if (created) scheduled.push(key);
  }
  return { scheduled, cancelled };
}

/** What the pending timers of a case are made equal to: its SLA rule and next points, or null. */
function planKey(definition: FlowDefinition, state: CaseState | null, calendars: CalendarSet): string {
  const sla = caseSla(definition, state, calendars);
  if (!sla?.ok) return 'none';
  const { ruleKey, calendarRevision, next } = sla.plan;
  return JSON.stringify([ruleKey, calendarRevision, next.map((p) => [p.point, p.at.getTime()])]);
}

/**
 * Right after an append: the case's SLA timers follow its new state. A failure loses nothing (the sweep
 * syncs open cases again), so it is reported, never thrown at the command that already committed.
 * Given the state before the command, a command that leaves the SLA's next points as they were reads
 * and writes no timer at all (the common step inside one rule): the timers already match them.
 */
export async function followSla(
  models: Models,
  c: Pick<CaseRecord, '_id' | 'seq'>,
  definition: FlowDefinition,
  state: CaseState | null,
  calendars: CalendarSet,
  onError: (err: unknown) => void = () => undefined,
  before?: { definition: FlowDefinition; state: CaseState | null },
): Promise<void> {
  if (!definition.sla?.rules.length) return;
  try {
    if (
      before &&
      before.definition.sla?.rules.length &&
      planKey(before.definition, before.state, calendars) === planKey(definition, state, calendars)
    )
      return;
    await syncSlaTimers(models, c, definition, state, calendars);
  } catch (err) {
    onError(err);
  }
}
