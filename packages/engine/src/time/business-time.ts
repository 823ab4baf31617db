/**
 * Arithmetic over a business calendar: calendar days, working days and business hours, all read in
 * the calendar's time zone. Instants go in as ISO strings or epoch ms and come out as ISO strings (UTC).
 */
import {
  compileBusinessCalendar,
  compiledDayKind,
  compiledWorkingMinutes,
  resolveCalendarDate,
  type BusinessCalendar,
  type CompiledBusinessCalendar,
  type MinuteRange,
} from './business-calendar';
import { addDaysToIsoDate, isIsoDate, type IsoDate } from './local-date';
import { TimeError } from './time-errors';
import {
  MS_PER_HOUR,
  MS_PER_MINUTE,
  epochMsToIsoInstant,
  instantToEpochMs,
  instantToZonedParts,
  zonedLocalToEpochMs,
  type InstantInput,
} from './zoned-time';

/** How a clock counts time: every millisecond, only during working days, or only during working hours. */
export type ClockUnit = 'calendarDays' | 'workingDays' | 'businessHours';

/** Milliseconds of counted time in one unit of amount. */
export const CLOCK_UNIT_MS: Readonly<Record<ClockUnit, number>> = {
  calendarDays: 86_400_000,
  workingDays: 86_400_000,
  businessHours: MS_PER_HOUR,
};

// A calendar with this many rest days in a row is treated as broken rather than looped over forever.
const MAX_CONSECUTIVE_REST_DAYS = 400;

const WHOLE_DAY: readonly MinuteRange[] = [[0, 24 * 60]];

function countedMinutes(
  calendar: CompiledBusinessCalendar,
  unit: ClockUnit,
  date: IsoDate,
): readonly MinuteRange[] {
  if (unit === 'businessHours') return compiledWorkingMinutes(calendar, date);
  if (unit === 'workingDays') {
    const kind = compiledDayKind(calendar, date);
    return kind === 'workday' || kind === 'makeUpWorkday' ? WHOLE_DAY : [];
  }
  return WHOLE_DAY;
}

/**
 * Intervals [start, end) of counted time, in order, from `fromMs` on (clipped at `fromMs`); ends before
 * a day that starts at or after `untilMs`, so no day past it is looked at (a provisional year after the
 * period must not mark it provisional).
 */
function* countedIntervals(
  calendar: CompiledBusinessCalendar,
  unit: ClockUnit,
  fromMs: number,
  untilMs = Infinity,
): Generator<readonly [number, number]> {
  let date = instantToZonedParts(fromMs, calendar.timeZone).date;
  let restDays = 0;
  for (;;) {
    if (untilMs !== Infinity && zonedLocalToEpochMs(date, 0, calendar.timeZone) >= untilMs) return;
    const ranges = countedMinutes(calendar, unit, date);
    if (ranges.length === 0) {
      restDays += 1;
      if (restDays > MAX_CONSECUTIVE_REST_DAYS) {
        throw new TimeError(
          'CALENDAR_NO_WORKING_TIME',
          {
            zh: `日历 ${calendar.id} 在 ${date} 之前连续 ${MAX_CONSECUTIVE_REST_DAYS} 天没有工作时间`,
            en: `Calendar ${calendar.id} has no working time for ${MAX_CONSECUTIVE_REST_DAYS} days before ${date}`,
          },
          { calendarId: calendar.id, date },
        );
      }
    } else {
      restDays = 0;
    }
    for (const [startMinute, endMinute] of ranges) {
      const start = zonedLocalToEpochMs(date, startMinute * MS_PER_MINUTE, calendar.timeZone);
      const end = zonedLocalToEpochMs(date, endMinute * MS_PER_MINUTE, calendar.timeZone);
      if (end > fromMs) yield [Math.max(start, fromMs), end];
    }
    date = addDaysToIsoDate(date, 1);
  }
}

/** Counted milliseconds in [fromMs, toMs) (0 when toMs ≤ fromMs). */
export function clockMsBetween(
  calendar: CompiledBusinessCalendar | undefined,
  unit: ClockUnit,
  fromMs: number,
  toMs: number,
): number {
  if (toMs <= fromMs) return 0;
  if (unit === 'calendarDays' || !calendar) return toMs - fromMs;
  let total = 0;
  for (const [start, end] of countedIntervals(calendar, unit, fromMs, toMs)) {
    if (start >= toMs) break;
    total += Math.min(end, toMs) - start;
  }
  return total;
}

/** The earliest instant ≥ fromMs by which `amountMs` of counted time has elapsed. */
export function clockAdvance(
  calendar: CompiledBusinessCalendar | undefined,
  unit: ClockUnit,
  fromMs: number,
  amountMs: number,
): number {
  if (amountMs <= 0) return fromMs;
  if (unit === 'calendarDays' || !calendar) return fromMs + amountMs;
  let remaining = amountMs;
  for (const [start, end] of countedIntervals(calendar, unit, fromMs)) {
    const length = end - start;
    if (length >= remaining) return start + remaining;
    remaining -= length;
  }
  /* c8 ignore next */
  throw new Error('unreachable: countedIntervals is infinite');
}

function assertWholeDays(value: number): void {
  if (!Number.isSafeInteger(value)) {
    throw new TimeError('TIME_INVALID_ARGUMENT', {
      zh: `天数必须是整数：${value}`,
      en: `Days must be an integer: ${value}`,
    });
  }
}

function stepWorkingDays(calendar: CompiledBusinessCalendar, date: IsoDate, days: number): IsoDate {
  const step = days < 0 ? -1 : 1;
  let current = date;
  for (let left = Math.abs(days); left > 0;) {
    current = addDaysToIsoDate(current, step);
    const kind = compiledDayKind(calendar, current);
    if (kind === 'workday' || kind === 'makeUpWorkday') left -= 1;
  }
  return current;
}

/**
 * `days` calendar days later (or earlier when negative). A plain date gives a date; an instant gives
 * the instant at the same local wall-clock time, as ISO UTC.
 */
export function addCalendarDays(
  calendar: BusinessCalendar,
  dateOrInstant: InstantInput,
  days: number,
): string {
  assertWholeDays(days);
  if (typeof dateOrInstant === 'string' && isIsoDate(dateOrInstant))
    return addDaysToIsoDate(dateOrInstant, days);
  const compiled = compileBusinessCalendar(calendar);
  const parts = instantToZonedParts(dateOrInstant, compiled.timeZone);
  return epochMsToIsoInstant(
    zonedLocalToEpochMs(addDaysToIsoDate(parts.date, days), parts.msOfDay, compiled.timeZone),
  );
}

/**
 * The `days`-th working day after (before, if negative) the given local date, not counting that date;
 * 0 returns the input. For an instant: the same local wall-clock time on that day, as ISO UTC.
 * Make-up working days (调休) count; holidays and weekends do not.
 */
export function addWorkingDays(
  calendar: BusinessCalendar,
  dateOrInstant: InstantInput,
  days: number,
): string {
  assertWholeDays(days);
  const compiled = compileBusinessCalendar(calendar);
  if (typeof dateOrInstant === 'string' && isIsoDate(dateOrInstant)) {
    return stepWorkingDays(compiled, dateOrInstant, days);
  }
  const parts = instantToZonedParts(dateOrInstant, compiled.timeZone);
  const date = stepWorkingDays(compiled, parts.date, days);
  return epochMsToIsoInstant(zonedLocalToEpochMs(date, parts.msOfDay, compiled.timeZone));
}

/**
 * The earliest instant by which `hours` of working time have passed since `start` (outside working
 * hours the clock waits for the next working period). `hours` may be fractional; must be ≥ 0.
 */
export function addBusinessHours(calendar: BusinessCalendar, start: InstantInput, hours: number): string {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new TimeError('TIME_INVALID_ARGUMENT', {
      zh: `工作小时数必须是非负数：${hours}`,
      en: `Business hours must be a non-negative number: ${hours}`,
    });
  }
  const compiled = compileBusinessCalendar(calendar);
  const fromMs = instantToEpochMs(start);
  return epochMsToIsoInstant(
    clockAdvance(compiled, 'businessHours', fromMs, Math.round(hours * MS_PER_HOUR)),
  );
}

export interface BusinessTimeSpan {
  /** Working time in milliseconds; negative when `to` is before `from`. */
  readonly milliseconds: number;
  readonly hours: number;
}

/** Working time (within working hours on working days) between two instants. */
export function businessTimeBetween(
  calendar: BusinessCalendar,
  from: InstantInput,
  to: InstantInput,
): BusinessTimeSpan {
  const compiled = compileBusinessCalendar(calendar);
  const fromMs = instantToEpochMs(from);
  const toMs = instantToEpochMs(to);
  const milliseconds =
    toMs >= fromMs
      ? clockMsBetween(compiled, 'businessHours', fromMs, toMs)
      : -clockMsBetween(compiled, 'businessHours', toMs, fromMs);
  return { milliseconds, hours: milliseconds / MS_PER_HOUR };
}

/** The local date an input denotes in the calendar (a plain date as is; an instant in the calendar's zone). */
export function calendarLocalDate(calendar: BusinessCalendar, dateOrInstant: InstantInput): IsoDate {
  return resolveCalendarDate(compileBusinessCalendar(calendar), dateOrInstant);
}
