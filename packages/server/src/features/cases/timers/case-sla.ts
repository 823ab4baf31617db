/**
 * A case's SLA clock, computed from its engine state on the stored calendars (docs/timers.md "SLA
 * timers"): the policy in force (the rule the engine selected; on complaint flows, the regulatory
 * clock's total days once it was extended), the pauses, the due, warning and escalation times, and the
 * next SLA points to time — the next warning not yet sent and the next breach notice (the breach, then
 * each escalation). Pure: no database, no clock.
 */
import {
  CBIRC_COMPLAINT_CLOCK_DAYS,
  complaintClock,
  evaluateSla,
  type CaseState,
  type FlowDefinition,
  type SlaEvaluation,
  type SlaPause,
  type SlaPolicy,
} from '@parley/engine';
import { createChinaBusinessCalendar, type BusinessCalendar } from '@parley/engine';
import type { CalendarSet } from './calendar/sla-calendar.store';

/** One SLA point to fire: `warning-<i>` (the i-th warning) or `breach-<j>` (0: the breach, j: escalation j). */
export interface SlaPoint {
  point: string;
  sla: 'warning' | 'breach';
  at: Date;
}

export interface CaseSlaPlan {
  ruleKey: string;
  policy: SlaPolicy;
  calendarKey: string;
  /** Revision of the stored calendar it was computed on (0: as shipped). */
  calendarRevision: number;
  evaluation: SlaEvaluation;
  paused: boolean;
  /** What to time next; empty while paused or once the case is no longer active. */
  next: SlaPoint[];
}

export type CaseSlaResult =
  { ok: true; plan: CaseSlaPlan } | { ok: false; ruleKey: string; error: Error } | null;

let shipped: BusinessCalendar | null = null;

/** The policy in force: the selected rule's, stretched to the regulatory clock once extended. */
export function effectivePolicy(definition: FlowDefinition, state: CaseState): SlaPolicy | null {
  const rule = definition.sla?.rules.find((r) => r.policy.id === state.clock.slaRuleKey);
  if (!rule) return null;
  const extensions = state.facts.clockExtensions;
  if (!definition.sla?.regulatoryComplaintClock || extensions <= 0) return rule.policy;
  const days =
    extensions >= 2 ? CBIRC_COMPLAINT_CLOCK_DAYS.furtherExtended : CBIRC_COMPLAINT_CLOCK_DAYS.extended;
  return { ...rule.policy, target: { amount: days, unit: 'calendarDays' } };
}

const DAY_MS = 86_400_000;

/**
 * On a flow with the regulatory complaint clock, a target in calendar days is counted the way the
 * regulation counts them (engine complaint-clock.ts: the day of receipt not counted, the period ends at
 * 24:00 Asia/Shanghai, moved past rest days), not as so many 24-hour spans from the minute the case
 * started — so `Case.dueAt` and `Case.complaintClock.deadline` are one instant. Returns the policy with
 * the target restated as the exact span from `startedAt` to that deadline (warnings and escalations
 * follow it), and the provisional years the deadline counted; the policy unchanged otherwise.
 */
export function complaintDayPolicy(
  definition: FlowDefinition,
  policy: SlaPolicy,
  startedAt: string,
  calendars: CalendarSet | undefined,
): { policy: SlaPolicy; provisionalYears: readonly number[] } {
  const regulatory = definition.sla?.regulatoryComplaintClock;
  if (!regulatory || policy.target.unit !== 'calendarDays' || !Number.isInteger(policy.target.amount))
    return { policy, provisionalYears: [] };
  const { calendar } = calendarFor({ ...policy, calendarId: regulatory.calendarId }, calendars);
  if (!calendar) return { policy, provisionalYears: [] };
  const days = policy.target.amount;
  const clock = complaintClock(startedAt, calendar, [], {
    days: { standard: days, extended: days, furtherExtended: days },
  });
  const amount = (Date.parse(clock.dueAt) - Date.parse(startedAt)) / DAY_MS;
  return {
    policy: { ...policy, target: { amount, unit: 'calendarDays' } },
    provisionalYears: clock.provisionalYears,
  };
}

export function pausesOf(state: CaseState): SlaPause[] {
  return [
    ...state.clock.pausedIntervals.map(([from, to]) => ({ from, to })),
    ...(state.clock.pausedSince ? [{ from: state.clock.pausedSince }] : []),
  ];
}

function calendarFor(
  policy: SlaPolicy,
  calendars: CalendarSet | undefined,
): { calendar: BusinessCalendar | undefined; key: string; revision: number } {
  const key = policy.calendarId ?? '';
  const stored = calendars?.get(key);
  if (stored) return { calendar: stored.calendar, key, revision: stored.revision };
  if (key === 'cn-mainland') {
    shipped ??= createChinaBusinessCalendar();
    return { calendar: shipped, key, revision: 0 };
  }
  return { calendar: undefined, key, revision: 0 };
}

/**
 * The SLA of an active case with a rule in force; null when none applies. `now` only matters while
 * paused (the due time is projected as if the clock resumed then); default: the state's last change.
 */
export function caseSla(
  definition: FlowDefinition,
  state: CaseState | null,
  calendars: CalendarSet | undefined,
  now?: Date,
): CaseSlaResult {
  if (!state || state.status !== 'active') return null;
  const inForce = effectivePolicy(definition, state);
  if (!inForce) return null;
  const { calendar, key, revision } = calendarFor(inForce, calendars);
  const pauses = pausesOf(state);
  const startedAt = state.startedAt;
  const at = now ?? new Date(state.updatedAt);
  try {
    const counted = complaintDayPolicy(definition, inForce, startedAt, calendars);
    const policy = counted.policy;
    const evaluated = evaluateSla(policy, calendar, { startedAt, pauses, now: at.toISOString() });
    const provisionalYears = [
      ...new Set([...evaluated.provisionalYears, ...counted.provisionalYears]),
    ].sort();
    const evaluation: SlaEvaluation =
      provisionalYears.length === evaluated.provisionalYears.length
        ? evaluated
        : { ...evaluated, provisional: true, provisionalYears };
    const paused = state.clock.pausedSince !== null;
    const next: SlaPoint[] = [];
    if (!paused) {
      const w = state.clock.slaWarnings;
      const warning = evaluation.warnings[w];
      if (warning) next.push({ point: `warning-${w}`, sla: 'warning', at: new Date(warning.at) });
      const b = state.clock.slaBreaches;
      let breachAt: string | undefined = evaluation.dueAt;
      // Escalation j is the next one after escalation j − 1 (the breach for j = 1).
      for (let j = 1; j <= b && breachAt !== undefined; j++) {
        if (!policy.escalation) breachAt = undefined;
        else breachAt = evaluateSla(policy, calendar, { startedAt, pauses, now: breachAt }).nextEscalationAt;
      }
      if (breachAt !== undefined) next.push({ point: `breach-${b}`, sla: 'breach', at: new Date(breachAt) });
    }
    return {
      ok: true,
      plan: {
        ruleKey: policy.id,
        policy,
        calendarKey: key,
        calendarRevision: revision,
        evaluation,
        paused,
        next,
      },
    };
  } catch (err) {
    return { ok: false, ruleKey: inForce.id, error: err as Error };
  }
}
