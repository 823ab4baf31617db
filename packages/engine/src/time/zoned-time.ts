/**
 * Instants and their wall-clock reading in an IANA time zone, using only `Intl` (part of lib ES2022),
 * so the engine runs unchanged in Node and in the browser.
 */
import { dayNumberToIsoDate, isIsoDate, isoDateToDayNumber, type IsoDate } from './local-date';
import { TimeError } from './time-errors';

/** An instant: an ISO 8601 date-time with `Z` or an offset, or epoch milliseconds (UTC). */
export type InstantInput = string | number;

/** The time zone Parley assumes when a calendar or policy does not name one. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** A wall-clock reading of an instant in a zone. */
export interface ZonedDateTimeParts {
  readonly date: IsoDate;
  /** Milliseconds since local midnight (0 … 86 399 999). */
  readonly msOfDay: number;
  readonly hour: number;
  readonly minute: number;
  /** Offset from UTC in minutes (Shanghai: +480). */
  readonly offsetMinutes: number;
}

const ISO_INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an instant; a date-time without `Z` or an offset is refused because it is ambiguous. */
export function instantToEpochMs(instant: InstantInput): number {
  if (typeof instant === 'number') {
    if (Number.isFinite(instant) && Math.abs(instant) <= 8.64e15) return instant;
  } else if (ISO_INSTANT_PATTERN.test(instant) && isIsoDate(instant.slice(0, 10))) {
    const ms = Date.parse(instant);
    if (Number.isFinite(ms)) return ms;
  }
  throw new TimeError(
    'TIME_INVALID_INSTANT',
    {
      zh: `无效的时间点：${String(instant)}（应为带 Z 或时区偏移的 ISO 8601 时间，或毫秒时间戳）`,
      en: `Invalid instant: ${String(instant)} (expected ISO 8601 with Z or an offset, or epoch milliseconds)`,
    },
    { instant },
  );
}

/** ISO 8601 in UTC, e.g. '2025-10-09T16:00:00.000Z'. */
export function epochMsToIsoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

// Zones whose offset has been constant since the given instant: skip Intl for speed.
// Asia/Shanghai observed DST 1986–1991 only; it has been UTC+8 throughout since 1991-09-15.
const FIXED_OFFSET_ZONES: Readonly<Record<string, { offsetMinutes: number; sinceMs: number }>> = {
  UTC: { offsetMinutes: 0, sinceMs: -Infinity },
  'Etc/UTC': { offsetMinutes: 0, sinceMs: -Infinity },
  'Asia/Shanghai': { offsetMinutes: 480, sinceMs: Date.UTC(1992, 0, 1) },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new TimeError(
        'TIME_ZONE_INVALID',
        { zh: `未知的时区：${timeZone}`, en: `Unknown time zone: ${timeZone}` },
        { timeZone },
      );
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws `TIME_ZONE_INVALID` unless `timeZone` is an IANA zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  if (!(timeZone in FIXED_OFFSET_ZONES)) formatterFor(timeZone);
}

/** The zone's offset from UTC at an instant, in minutes. */
export function timeZoneOffsetMinutes(epochMs: number, timeZone: string): number {
  const fixed = FIXED_OFFSET_ZONES[timeZone];
  if (fixed && epochMs >= fixed.sinceMs) return fixed.offsetMinutes;
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? Number.NaN);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return Math.round((asUtc - wholeSecond) / MS_PER_MINUTE);
}

export function instantToZonedParts(instant: InstantInput, timeZone: string): ZonedDateTimeParts {
  const epochMs = instantToEpochMs(instant);
  const offsetMinutes = timeZoneOffsetMinutes(epochMs, timeZone);
  const localMs = epochMs + offsetMinutes * MS_PER_MINUTE;
  const dayNumber = Math.floor(localMs / MS_PER_DAY);
  const msOfDay = localMs - dayNumber * MS_PER_DAY;
  return {
    date: dayNumberToIsoDate(dayNumber),
    msOfDay,
    hour: Math.floor(msOfDay / MS_PER_HOUR),
    minute: Math.floor((msOfDay % MS_PER_HOUR) / MS_PER_MINUTE),
    offsetMinutes,
  };
}

/** The local calendar date of an instant in a zone. */
export function localDateOfInstant(instant: InstantInput, timeZone: string): IsoDate {
  return instantToZonedParts(instant, timeZone).date;
}

/**
 * The instant at which the wall clock in `timeZone` reads `date` + `msOfDay` (may be 86 400 000,
 * meaning 24:00 = the next midnight). In a DST gap the later reading wins.
 */
export function zonedLocalToEpochMs(date: IsoDate, msOfDay: number, timeZone: string): number {
  const localMs = isoDateToDayNumber(date) * MS_PER_DAY + msOfDay;
  let guess = localMs - timeZoneOffsetMinutes(localMs, timeZone) * MS_PER_MINUTE;
  for (let i = 0; i < 2; i += 1) {
    const next = localMs - timeZoneOffsetMinutes(guess, timeZone) * MS_PER_MINUTE;
    if (next === guess) break;
    guess = next;
  }
  return guess;
}

/** The first instant of a local date (its midnight) in a zone. */
export function startOfLocalDate(date: IsoDate, timeZone: string): number {
  return zonedLocalToEpochMs(date, 0, timeZone);
}

/** ISO 8601 with the zone's offset, e.g. '2025-10-09T09:00:00+08:00' — for display and logs. */
export function formatInstantInZone(instant: InstantInput, timeZone: string): string {
  const parts = instantToZonedParts(instant, timeZone);
  const seconds = Math.floor((parts.msOfDay % MS_PER_MINUTE) / 1000);
  const millis = parts.msOfDay % 1000;
  const sign = parts.offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(parts.offsetMinutes);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const fraction = millis === 0 ? '' : `.${pad(millis, 3)}`;
  return (
    `${parts.date}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(seconds)}${fraction}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

const CLOCK_TIME_PATTERN = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** 'HH:MM' (00:00 … 24:00) → minutes since midnight. */
export function parseClockTime(value: string): number {
  const match = CLOCK_TIME_PATTERN.exec(value);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!match || minutes > 24 * 60) {
    throw new TimeError(
      'TIME_INVALID_CLOCK_TIME',
      { zh: `无效的时刻：${value}（应为 HH:MM）`, en: `Invalid time of day: ${value} (expected HH:MM)` },
      { value },
    );
  }
  return minutes;
}
