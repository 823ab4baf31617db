/**
 * SLA policies as data and their evaluation: due instant, warnings at percentages of the clock,
 * breach, repeated escalation after breach, and a clock that stops while the case is paused.
 */
import {
  compileBusinessCalendar,
  provisionalYearsOf,
  trackProvisionalYears,
  type BusinessCalendar,
  type CompiledBusinessCalendar,
} from './business-calendar';
import { CLOCK_UNIT_MS, clockAdvance, clockMsBetween, type ClockUnit } from './business-time';
import { TimeError } from './time-errors';
import { epochMsToIsoInstant, instantToEpochMs, type InstantInput } from './zoned-time';
import type { LocalizedText } from '../shared/localized-text';

export interface SlaDuration {
  readonly amount: number;
  readonly unit: ClockUnit;
}

export interface SlaEscalationRule {
  /** Escalate again each time this much more clock time passes after the breach. */
  readonly every: SlaDuration;
  /** Stop after this many escalations (default: no limit). */
  readonly maxEscalations?: number;
}

export interface SlaPolicy {
  readonly id: string;
  readonly name?: LocalizedText;
  /** The business calendar the clock runs on; required unless every duration is in calendar days. */
  readonly calendarId?: string;
  readonly target: SlaDuration;
  /** Warn when this share of the clock has elapsed, e.g. [50, 80]. */
  readonly warnAtPercent?: readonly number[];
  readonly escalation?: SlaEscalationRule;
  /** Flow states in which the clock stops (e.g. waiting for the customer). */
  readonly pauseInStates?: readonly string[];
}

/** A stretch during which the clock stood still; an open pause (no `to`) is still going on. */
export interface SlaPause {
  readonly from: InstantInput;
  readonly to?: InstantInput;
}

export interface SlaEvaluationInput {
  readonly startedAt: InstantInput;
  readonly pauses?: readonly SlaPause[];
  readonly now: InstantInput;
}

export interface SlaWarning {
  readonly percent: number;
  readonly at: string;
  readonly reached: boolean;
}

export interface SlaEvaluation {
  readonly policyId: string;
  /** When the clock runs out. While paused, projected as if the clock resumed now. */
  readonly dueAt: string;
  /**
   * True when `dueAt` (and so the warnings before it) counted a day of a year the calendar has no
   * schedule for, using its provisional rule: it moves if the year's notice differs.
   */
  readonly provisional: boolean;
  /** Those years, ascending (empty when not provisional). */
  readonly provisionalYears: readonly number[];
  readonly state: 'onTrack' | 'warning' | 'breached';
  readonly paused: boolean;
  readonly breached: boolean;
  readonly warnings: readonly SlaWarning[];
  /** Escalations that have fallen due by `now`, in order. */
  readonly escalations: readonly string[];
  readonly nextEscalationAt?: string;
  readonly percentElapsed: number;
  /** Clock time left in the target's unit; negative once breached. */
  readonly remaining: { readonly amount: number; readonly unit: ClockUnit; readonly milliseconds: number };
}

export type SlaPolicyProblemCode =
  'SLA_DURATION_INVALID' | 'SLA_WARNING_PERCENT_INVALID' | 'SLA_ESCALATION_INVALID' | 'SLA_CALENDAR_REQUIRED';

export interface SlaPolicyProblem {
  readonly code: SlaPolicyProblemCode;
  readonly path: string;
  readonly message: LocalizedText;
}

const CLOCK_UNITS: readonly ClockUnit[] = ['calendarDays', 'workingDays', 'businessHours'];
// Safety net when a policy has no escalation limit and `now` is far past the breach.
const MAX_LISTED_ESCALATIONS = 1000;

function durationProblems(duration: SlaDuration | undefined, path: string): SlaPolicyProblem[] {
  if (
    duration &&
    CLOCK_UNITS.includes(duration.unit) &&
    Number.isFinite(duration.amount) &&
    duration.amount > 0
  ) {
    return [];
  }
  return [
    {
      code: 'SLA_DURATION_INVALID',
      path,
      message: {
        zh: '时长必须为正数，单位为 calendarDays、workingDays 或 businessHours',
        en: 'A duration needs a positive amount and a unit of calendarDays, workingDays or businessHours',
      },
    },
  ];
}

function usesCalendar(policy: SlaPolicy): boolean {
  return (
    policy.target?.unit !== 'calendarDays' ||
    (policy.escalation?.every.unit ?? 'calendarDays') !== 'calendarDays'
  );
}

/** Every problem with an SLA policy (unknown calendars are checked by {@link referencedCalendarIds}). */
export function validateSlaPolicy(policy: SlaPolicy): SlaPolicyProblem[] {
  const problems = durationProblems(policy.target, 'target');
  (policy.warnAtPercent ?? []).forEach((percent, index) => {
    if (!Number.isFinite(percent) || percent <= 0 || percent >= 100) {
      problems.push({
        code: 'SLA_WARNING_PERCENT_INVALID',
        path: `warnAtPercent[${index}]`,
        message: {
          zh: `预警百分比必须在 0 到 100 之间：${percent}`,
          en: `Warning percent must be between 0 and 100: ${percent}`,
        },
      });
    }
  });
  if (policy.escalation) {
    problems.push(...durationProblems(policy.escalation.every, 'escalation.every'));
    const max = policy.escalation.maxEscalations;
    if (max !== undefined && (!Number.isSafeInteger(max) || max < 1)) {
      problems.push({
        code: 'SLA_ESCALATION_INVALID',
        path: 'escalation.maxEscalations',
        message: { zh: '升级次数上限必须是正整数', en: 'The escalation limit must be a positive integer' },
      });
    }
  }
  if (usesCalendar(policy) && !policy.calendarId) {
    problems.push({
      code: 'SLA_CALENDAR_REQUIRED',
      path: 'calendarId',
      message: {
        zh: '按工作日或工作小时计时的时限必须指定工作日历',
        en: 'An SLA counted in working days or business hours must name a business calendar',
      },
    });
  }
  return problems;
}

/** The calendar ids an SLA policy (or several) refers to, so a validator can flag unknown ones. */
export function referencedCalendarIds(policy: SlaPolicy | readonly SlaPolicy[]): string[] {
  const policies: readonly SlaPolicy[] = Array.isArray(policy) ? policy : [policy as SlaPolicy];
  const ids = new Set<string>();
  for (const p of policies) if (p.calendarId) ids.add(p.calendarId);
  return [...ids].sort();
}

/** Pauses derived from a case's state history: the clock stops while the state is in `pauseInStates`. */
export function slaPausesFromStateHistory(
  policy: SlaPolicy,
  history: readonly { readonly state: string; readonly at: InstantInput }[],
): SlaPause[] {
  const pausing = new Set(policy.pauseInStates ?? []);
  const entries = [...history].sort((a, b) => instantToEpochMs(a.at) - instantToEpochMs(b.at));
  const pauses: SlaPause[] = [];
  let openFrom: InstantInput | undefined;
  for (const entry of entries) {
    const pause = pausing.has(entry.state);
    if (pause && openFrom === undefined) openFrom = entry.at;
    if (!pause && openFrom !== undefined) {
      pauses.push({ from: openFrom, to: entry.at });
      openFrom = undefined;
    }
  }
  if (openFrom !== undefined) pauses.push({ from: openFrom });
  return pauses;
}

type Segment = readonly [number, number];

/** Running stretches of the clock from `startMs` on; the last one is open-ended. */
function activeSegments(startMs: number, nowMs: number, pauses: readonly SlaPause[]): Segment[] {
  const stops = pauses
    .map((pause): Segment => {
      const from = Math.max(instantToEpochMs(pause.from), startMs);
      const to = pause.to === undefined ? Math.max(nowMs, from) : instantToEpochMs(pause.to);
      return [from, to];
    })
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let cursor = startMs;
  for (const [from, to] of stops) {
    if (from > cursor) segments.push([cursor, from]);
    cursor = Math.max(cursor, to);
  }
  segments.push([cursor, Infinity]);
  return segments;
}

function measure(
  calendar: CompiledBusinessCalendar | undefined,
  unit: ClockUnit,
  segments: readonly Segment[],
  fromMs: number,
  toMs: number,
): number {
  let total = 0;
  for (const [start, end] of segments) {
    if (start >= toMs) break;
    total += clockMsBetween(calendar, unit, Math.max(start, fromMs), Math.min(end, toMs));
  }
  return total;
}

function advance(
  calendar: CompiledBusinessCalendar | undefined,
  unit: ClockUnit,
  segments: readonly Segment[],
  fromMs: number,
  amountMs: number,
): number {
  let remaining = amountMs;
  for (const [segmentStart, end] of segments) {
    if (end <= fromMs) continue;
    const start = Math.max(segmentStart, fromMs);
    if (end === Infinity) return clockAdvance(calendar, unit, start, remaining);
    const available = clockMsBetween(calendar, unit, start, end);
    if (available >= remaining) return clockAdvance(calendar, unit, start, remaining);
    remaining -= available;
  }
  /* c8 ignore next */
  throw new Error('unreachable: the last segment is open-ended');
}

/** Where a running SLA clock stands at `now`. Pure: the same inputs always give the same answer. */
export function evaluateSla(
  policy: SlaPolicy,
  calendar: BusinessCalendar | undefined,
  input: SlaEvaluationInput,
): SlaEvaluation {
  const problems = validateSlaPolicy(policy);
  if (problems.length > 0) {
    throw new TimeError(
      'SLA_POLICY_INVALID',
      {
        zh: `时限策略 ${policy.id} 无效：${problems.map((p) => p.message.zh).join('；')}`,
        en: `SLA policy ${policy.id} is invalid: ${problems.map((p) => p.message.en).join('; ')}`,
      },
      { policyId: policy.id, problems },
    );
  }
  let compiled: CompiledBusinessCalendar | undefined;
  if (usesCalendar(policy)) {
    if (!calendar) {
      throw new TimeError(
        'SLA_CALENDAR_REQUIRED',
        { zh: `时限策略 ${policy.id} 需要工作日历`, en: `SLA policy ${policy.id} needs a business calendar` },
        { policyId: policy.id, calendarId: policy.calendarId },
      );
    }
    if (calendar.id !== policy.calendarId) {
      throw new TimeError(
        'CALENDAR_MISMATCH',
        {
          zh: `时限策略 ${policy.id} 使用日历 ${policy.calendarId ?? ''}，却传入了 ${calendar.id}`,
          en: `SLA policy ${policy.id} runs on calendar ${policy.calendarId ?? ''} but was given ${calendar.id}`,
        },
        { policyId: policy.id, expected: policy.calendarId, actual: calendar.id },
      );
    }
    compiled = compileBusinessCalendar(calendar);
  }

  const startMs = instantToEpochMs(input.startedAt);
  const nowMs = instantToEpochMs(input.now);
  const pauses = input.pauses ?? [];
  const segments = activeSegments(startMs, nowMs, pauses);
  const paused = pauses.some((pause) => {
    const from = instantToEpochMs(pause.from);
    return from <= nowMs && (pause.to === undefined || instantToEpochMs(pause.to) > nowMs);
  });

  const unit = policy.target.unit;
  const totalMs = Math.round(policy.target.amount * CLOCK_UNIT_MS[unit]);
  // The due time is computed on a tracked copy: it says which provisional years it counted.
  const dueCalendar = compiled && trackProvisionalYears(compiled);
  const dueMs = advance(dueCalendar, unit, segments, startMs, totalMs);
  const provisionalYears = provisionalYearsOf(dueCalendar);
  const elapsedMs = measure(compiled, unit, segments, startMs, nowMs);
  const breached = nowMs >= dueMs;

  const warnings = [...new Set(policy.warnAtPercent ?? [])]
    .sort((a, b) => a - b)
    .map((percent): SlaWarning => {
      const atMs = advance(compiled, unit, segments, startMs, Math.round((totalMs * percent) / 100));
      return { percent, at: epochMsToIsoInstant(atMs), reached: nowMs >= atMs };
    });

  const escalations: string[] = [];
  let nextEscalationAt: string | undefined;
  if (policy.escalation && breached) {
    const every = policy.escalation.every;
    const everyMs = Math.round(every.amount * CLOCK_UNIT_MS[every.unit]);
    const limit = Math.min(
      policy.escalation.maxEscalations ?? MAX_LISTED_ESCALATIONS,
      MAX_LISTED_ESCALATIONS,
    );
    let previous = dueMs;
    while (escalations.length < limit) {
      const next = advance(compiled, every.unit, segments, previous, everyMs);
      if (next > nowMs) {
        nextEscalationAt = epochMsToIsoInstant(next);
        break;
      }
      escalations.push(epochMsToIsoInstant(next));
      previous = next;
    }
  }

  const remainingMs = totalMs - elapsedMs;
  return {
    policyId: policy.id,
    dueAt: epochMsToIsoInstant(dueMs),
    provisional: provisionalYears.length > 0,
    provisionalYears,
    state: breached ? 'breached' : warnings.some((w) => w.reached) ? 'warning' : 'onTrack',
    paused,
    breached,
    warnings,
    escalations,
    ...(nextEscalationAt === undefined ? {} : { nextEscalationAt }),
    percentElapsed: totalMs === 0 ? 100 : (elapsedMs / totalMs) * 100,
    remaining: { amount: remainingMs / CLOCK_UNIT_MS[unit], unit, milliseconds: remainingMs },
  };
}
