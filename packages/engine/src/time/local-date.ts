/**
 * Calendar dates without a time zone ('YYYY-MM-DD', proleptic Gregorian), with integer arithmetic only.
 * Day numbers count days since 1970-01-01 (the Unix epoch day), so they line up with epoch milliseconds.
 */
import { TimeError } from './time-errors';

/** An ISO 8601 calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface IsoDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function invalidDate(value: unknown): TimeError {
  return new TimeError(
    'TIME_INVALID_DATE',
    {
      zh: `无效的日期：${String(value)}（应为 YYYY-MM-DD）`,
      en: `Invalid date: ${String(value)} (expected YYYY-MM-DD)`,
    },
    { value },
  );
}

/** True for a real calendar date written 'YYYY-MM-DD' (so '2025-02-29' is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseIsoDate(value: string): IsoDateParts {
  if (!isIsoDate(value)) throw invalidDate(value);
  return {
    year: Number(value.slice(0, 4)),
    month: Number(value.slice(5, 7)),
    day: Number(value.slice(8, 10)),
  };
}

export function formatIsoDate(parts: IsoDateParts): IsoDate {
  const { year, month, day } = parts;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Days from civil and back: Howard Hinnant's algorithms (public domain), integer-only.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(dayNumber: number): IsoDateParts {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01. */
export function isoDateToDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return daysFromCivil(year, month, day);
}

export function dayNumberToIsoDate(dayNumber: number): IsoDate {
  if (!Number.isSafeInteger(dayNumber)) throw invalidDate(dayNumber);
  return formatIsoDate(civilFromDays(dayNumber));
}

export function addDaysToIsoDate(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) {
    throw new TimeError('TIME_INVALID_ARGUMENT', {
      zh: `天数必须是整数：${days}`,
      en: `Days must be an integer: ${days}`,
    });
  }
  return dayNumberToIsoDate(isoDateToDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetweenIsoDates(from: IsoDate, to: IsoDate): number {
  return isoDateToDayNumber(to) - isoDateToDayNumber(from);
}

export function isoWeekdayOf(date: IsoDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((isoDateToDayNumber(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/**
 * The date `months` months after `date`, on `dayOfMonth` (default: the day of `date`) clamped to the
 * month's length: 2025-01-31 + 1 month = 2025-02-28, + 2 months = 2025-03-31 (no drift).
 */
export function addMonthsClamped(date: IsoDate, months: number, dayOfMonth?: number): IsoDate {
  const parts = parseIsoDate(date);
  if (!Number.isSafeInteger(months)) {
    throw new TimeError('TIME_INVALID_ARGUMENT', {
      zh: `月数必须是整数：${months}`,
      en: `Months must be an integer: ${months}`,
    });
  }
  const wantedDay = dayOfMonth ?? parts.day;
  if (!Number.isInteger(wantedDay) || wantedDay < 1 || wantedDay > 31) {
    throw new TimeError('TIME_INVALID_ARGUMENT', {
      zh: `每月日期必须在 1 到 31 之间：${wantedDay}`,
      en: `Day of month must be between 1 and 31: ${wantedDay}`,
    });
  }
  const monthIndex = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return formatIsoDate({ year, month, day: Math.min(wantedDay, daysInMonth(year, month)) });
}

/**
 * Whole months and remaining days from `from` to `to` (`to` ≥ `from`), counting months with
 * {@link addMonthsClamped} anchored on `from`'s day.
 */
export function monthsAndDaysBetween(from: IsoDate, to: IsoDate): { months: number; days: number } {
  if (to < from) {
    throw new TimeError('TIME_INVALID_ARGUMENT', {
      zh: `结束日期 ${to} 早于开始日期 ${from}`,
      en: `End date ${to} is before start date ${from}`,
    });
  }
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  while (months > 0 && addMonthsClamped(from, months) > to) months -= 1;
  return { months, days: daysBetweenIsoDates(addMonthsClamped(from, months), to) };
}
