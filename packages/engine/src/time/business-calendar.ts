/**
 * Business calendars as data: working hours, public holidays and make-up working days (调休) per year,
 * in a time zone. A year that is not in the calendar is an error, never a weekday guess: the State
 * Council publishes each year's schedule in November and a supervisor must enter it — unless the
 * calendar names a provisional rule (`provisionalHolidays`), which then stands in for the missing year
 * with the holidays fixed by law, and every computation that counts such a day says it is provisional.
 */
import {
  PROVISIONAL_HOLIDAY_RULES,
  provisionalHolidayDates,
  provisionalRuleYears,
  type ProvisionalHolidayRule,
} from './cn-statutory-holidays';
import { isIsoDate, isoWeekdayOf, type IsoDate, type IsoWeekday } from './local-date';
import { TimeError } from './time-errors';
import {
  DEFAULT_TIME_ZONE,
  assertTimeZone,
  localDateOfInstant,
  parseClockTime,
  type InstantInput,
} from './zoned-time';
import type { LocalizedText } from '../shared/localized-text';

/** Local wall-clock range 'HH:MM'–'HH:MM' (end exclusive; '24:00' allowed as an end). */
export interface WorkingTimeRange {
  readonly start: string;
  readonly end: string;
}

export type WeekdayName = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Working hours per weekday; a weekday that is absent or empty is a rest day (weekend). */
export type WeeklyWorkingHours = { readonly [day in WeekdayName]?: readonly WorkingTimeRange[] };

export interface CalendarYearSchedule {
  /** Days off although they may fall Monday–Friday (法定节假日 and the days moved next to them). */
  readonly holidays: readonly IsoDate[];
  /** Weekend days that are working days (调休上班). */
  readonly makeUpWorkdays: readonly IsoDate[];
  /** Where the schedule comes from, e.g. 国办发明电〔2024〕12号. */
  readonly source?: string;
}

export interface BusinessCalendar {
  readonly id: string;
  readonly name?: LocalizedText;
  /** IANA zone in which local dates and hours are read; default 'Asia/Shanghai'. */
  readonly timeZone?: string;
  /** An array applies Monday–Friday; an object sets hours per weekday. */
  readonly workingHours: readonly WorkingTimeRange[] | WeeklyWorkingHours;
  /** Hours on a make-up working day; default: the Monday–Friday hours (or the first weekday configured). */
  readonly makeUpWorkdayHours?: readonly WorkingTimeRange[];
  /** Keyed by year ('2025'). */
  readonly years: Readonly<Record<string, CalendarYearSchedule>>;
  /**
   * For a year missing from `years`: 'cn-statutory' counts weekends and the statutory holidays of
   * 《全国年节及纪念日放假办法》 (2024 revision; years 2025–2100) and marks results provisional.
   * Absent: a missing year is an error (`CALENDAR_YEAR_NOT_MAINTAINED`).
   */
  readonly provisionalHolidays?: ProvisionalHolidayRule;
}

export type CalendarDayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

export type CalendarProblemCode =
  | 'CALENDAR_ID_MISSING'
  | 'CALENDAR_TIME_ZONE_INVALID'
  | 'CALENDAR_HOURS_INVALID'
  | 'CALENDAR_HOURS_OVERLAP'
  | 'CALENDAR_NO_WORKING_HOURS'
  | 'CALENDAR_NO_YEARS'
  | 'CALENDAR_PROVISIONAL_RULE_UNKNOWN'
  | 'CALENDAR_YEAR_KEY_INVALID'
  | 'CALENDAR_DATE_INVALID'
  | 'CALENDAR_DATE_OUTSIDE_YEAR'
  | 'CALENDAR_DATE_DUPLICATE'
  | 'CALENDAR_DATE_HOLIDAY_AND_WORKDAY'
  | 'CALENDAR_MAKE_UP_DAY_NOT_REST_DAY';

export interface CalendarProblem {
  readonly code: CalendarProblemCode;
  readonly severity: 'error' | 'warning';
  /** Dotted path into the calendar, e.g. 'years.2025.holidays[3]'. */
  readonly path: string;
  readonly message: LocalizedText;
}

/** Minutes-of-day ranges [start, end). */
export type MinuteRange = readonly [number, number];

export interface CompiledBusinessCalendar {
  readonly id: string;
  readonly timeZone: string;
  /** Index 1 … 7 (ISO weekday); index 0 unused. */
  readonly weekly: readonly (readonly MinuteRange[])[];
  readonly makeUpDay: readonly MinuteRange[];
  readonly holidays: ReadonlySet<IsoDate>;
  readonly makeUpWorkdays: ReadonlySet<IsoDate>;
  readonly years: ReadonlySet<number>;
  readonly provisionalHolidays: ProvisionalHolidayRule | null;
  /**
   * Set only on a per-computation copy ({@link trackProvisionalYears}): the provisional years whose
   * days the computation looked at.
   */
  readonly provisionalYearsUsed?: Set<number>;
}

const WEEKDAY_NAMES: readonly WeekdayName[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function problem(
  code: CalendarProblemCode,
  path: string,
  message: LocalizedText,
  severity: 'error' | 'warning' = 'error',
): CalendarProblem {
  return { code, severity, path, message };
}

function checkRanges(
  ranges: readonly WorkingTimeRange[],
  path: string,
  out: CalendarProblem[],
): MinuteRange[] {
  const parsed: MinuteRange[] = [];
  ranges.forEach((range, index) => {
    const at = `${path}[${index}]`;
    let start: number;
    let end: number;
    try {
      start = parseClockTime(range.start);
      end = parseClockTime(range.end);
    } catch {
      out.push(
        problem('CALENDAR_HOURS_INVALID', at, {
          zh: `工作时段格式无效：${range.start}–${range.end}`,
          en: `Invalid working hours: ${range.start}–${range.end}`,
        }),
      );
      return;
    }
    if (start >= end) {
      out.push(
        problem('CALENDAR_HOURS_INVALID', at, {
          zh: `工作时段的开始必须早于结束：${range.start}–${range.end}`,
          en: `Working hours must start before they end: ${range.start}–${range.end}`,
        }),
      );
      return;
    }
    parsed.push([start, end]);
  });
  parsed.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < parsed.length; i += 1) {
    const previous = parsed[i - 1];
    const current = parsed[i];
    if (previous && current && current[0] < previous[1]) {
      out.push(
        problem('CALENDAR_HOURS_OVERLAP', path, {
          zh: '工作时段相互重叠',
          en: 'Working hours overlap',
        }),
      );
    }
  }
  return parsed;
}

function compile(calendar: BusinessCalendar): {
  compiled: CompiledBusinessCalendar;
  problems: CalendarProblem[];
} {
  const problems: CalendarProblem[] = [];
  if (typeof calendar.id !== 'string' || calendar.id.trim() === '') {
    problems.push(problem('CALENDAR_ID_MISSING', 'id', { zh: '日历缺少标识', en: 'The calendar has no id' }));
  }
  const timeZone = calendar.timeZone ?? DEFAULT_TIME_ZONE;
  try {
    assertTimeZone(timeZone);
  } catch {
    problems.push(
      problem('CALENDAR_TIME_ZONE_INVALID', 'timeZone', {
        zh: `未知的时区：${timeZone}`,
        en: `Unknown time zone: ${timeZone}`,
      }),
    );
  }

  const weekly: MinuteRange[][] = [[], [], [], [], [], [], [], []];
  const hours = calendar.workingHours;
  if (Array.isArray(hours)) {
    const ranges = checkRanges(hours as readonly WorkingTimeRange[], 'workingHours', problems);
    for (let day = 1; day <= 5; day += 1) weekly[day] = ranges;
  } else {
    const perDay = hours as WeeklyWorkingHours;
    WEEKDAY_NAMES.forEach((name, index) => {
      weekly[index + 1] = checkRanges(perDay[name] ?? [], `workingHours.${name}`, problems);
    });
  }
  const firstWorkingWeekday = weekly.find((ranges) => ranges.length > 0) ?? [];
  const makeUpDay = calendar.makeUpWorkdayHours
    ? checkRanges(calendar.makeUpWorkdayHours, 'makeUpWorkdayHours', problems)
    : weekly[1]?.length
      ? weekly[1]
      : firstWorkingWeekday;
  if (firstWorkingWeekday.length === 0) {
    problems.push(
      problem('CALENDAR_NO_WORKING_HOURS', 'workingHours', {
        zh: '日历没有任何工作时段',
        en: 'The calendar has no working hours',
      }),
    );
  }

  const holidays = new Set<IsoDate>();
  const makeUpWorkdays = new Set<IsoDate>();
  const years = new Set<number>();
  const yearEntries = Object.entries(calendar.years ?? {});
  if (yearEntries.length === 0) {
    problems.push(
      problem('CALENDAR_NO_YEARS', 'years', {
        zh: '日历未维护任何年份',
        en: 'The calendar maintains no year',
      }),
    );
  }
  const provisionalHolidays = calendar.provisionalHolidays ?? null;
  if (provisionalHolidays !== null && !PROVISIONAL_HOLIDAY_RULES.includes(provisionalHolidays)) {
    problems.push(
      problem('CALENDAR_PROVISIONAL_RULE_UNKNOWN', 'provisionalHolidays', {
        zh: `未知的暂定节假日规则：${String(provisionalHolidays)}`,
        en: `Unknown provisional holiday rule: ${String(provisionalHolidays)}`,
      }),
    );
  }
  for (const [key, schedule] of yearEntries) {
    if (!/^\d{4}$/.test(key)) {
      problems.push(
        problem('CALENDAR_YEAR_KEY_INVALID', `years.${key}`, {
          zh: `年份键无效：${key}`,
          en: `Invalid year key: ${key}`,
        }),
      );
      continue;
    }
    years.add(Number(key));
    const lists: [string, readonly IsoDate[], Set<IsoDate>][] = [
      ['holidays', schedule.holidays ?? [], holidays],
      ['makeUpWorkdays', schedule.makeUpWorkdays ?? [], makeUpWorkdays],
    ];
    for (const [listName, dates, target] of lists) {
      dates.forEach((date, index) => {
        const path = `years.${key}.${listName}[${index}]`;
        if (!isIsoDate(date)) {
          problems.push(
            problem('CALENDAR_DATE_INVALID', path, {
              zh: `无效的日期：${date}`,
              en: `Invalid date: ${date}`,
            }),
          );
          return;
        }
        if (!date.startsWith(`${key}-`)) {
          problems.push(
            problem('CALENDAR_DATE_OUTSIDE_YEAR', path, {
              zh: `日期 ${date} 不属于 ${key} 年`,
              en: `Date ${date} is not in year ${key}`,
            }),
          );
        }
        if (target.has(date)) {
          problems.push(
            problem(
              'CALENDAR_DATE_DUPLICATE',
              path,
              { zh: `重复的日期：${date}`, en: `Duplicate date: ${date}` },
              'warning',
            ),
          );
        }
        target.add(date);
      });
    }
  }
  for (const date of makeUpWorkdays) {
    if (holidays.has(date)) {
      problems.push(
        problem('CALENDAR_DATE_HOLIDAY_AND_WORKDAY', `years.${date.slice(0, 4)}`, {
          zh: `${date} 同时被列为节假日和调休工作日`,
          en: `${date} is listed both as a holiday and as a make-up working day`,
        }),
      );
    } else if ((weekly[isoWeekdayOf(date)] ?? []).length > 0) {
      problems.push(
        problem(
          'CALENDAR_MAKE_UP_DAY_NOT_REST_DAY',
          `years.${date.slice(0, 4)}.makeUpWorkdays`,
          {
            zh: `调休工作日 ${date} 本来就是工作日`,
            en: `Make-up working day ${date} is already a regular working day`,
          },
          'warning',
        ),
      );
    }
  }
  return {
    compiled: {
      id: calendar.id,
      timeZone,
      weekly,
      makeUpDay,
      holidays,
      makeUpWorkdays,
      years,
      provisionalHolidays,
    },
    problems,
  };
}

/** Every problem in a calendar (errors and warnings), for the designer and the definition validator. */
export function validateBusinessCalendar(calendar: BusinessCalendar): CalendarProblem[] {
  return compile(calendar).problems;
}

// Calendars are treated as immutable values: compiled once per object.
const compiledCache = new WeakMap<BusinessCalendar, CompiledBusinessCalendar>();

/** The calendar in a lookup-friendly form; throws `CALENDAR_INVALID` if it has errors. */
export function compileBusinessCalendar(calendar: BusinessCalendar): CompiledBusinessCalendar {
  const cached = compiledCache.get(calendar);
  if (cached) return cached;
  const { compiled, problems } = compile(calendar);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new TimeError(
      'CALENDAR_INVALID',
      {
        zh: `日历 ${calendar.id} 无效：${errors.map((e) => e.message.zh).join('；')}`,
        en: `Calendar ${calendar.id} is invalid: ${errors.map((e) => e.message.en).join('; ')}`,
      },
      { calendarId: calendar.id, problems: errors },
    );
  }
  compiledCache.set(calendar, compiled);
  return compiled;
}

export function calendarTimeZone(calendar: BusinessCalendar): string {
  return calendar.timeZone ?? DEFAULT_TIME_ZONE;
}

/** Years for which the calendar holds a schedule, ascending. */
export function maintainedCalendarYears(calendar: BusinessCalendar): number[] {
  return [...compileBusinessCalendar(calendar).years].sort((a, b) => a - b);
}

/**
 * How the calendar answers for a year: from a maintained schedule, provisionally (by its
 * `provisionalHolidays` rule), or not at all (a computation reaching it throws).
 */
export function calendarYearStatus(
  calendar: BusinessCalendar,
  year: number,
): 'maintained' | 'provisional' | 'notMaintained' {
  const compiled = compileBusinessCalendar(calendar);
  if (compiled.years.has(year)) return 'maintained';
  const rule = compiled.provisionalHolidays;
  return rule && provisionalHolidayDates(rule, year) ? 'provisional' : 'notMaintained';
}

/** A plain 'YYYY-MM-DD' is a local date; anything else is an instant read in the calendar's zone. */
export function resolveCalendarDate(
  calendar: CompiledBusinessCalendar,
  dateOrInstant: InstantInput,
): IsoDate {
  if (typeof dateOrInstant === 'string' && isIsoDate(dateOrInstant)) return dateOrInstant;
  return localDateOfInstant(dateOrInstant, calendar.timeZone);
}

/** A copy of the calendar that records which provisional years a computation looks at. */
export function trackProvisionalYears(
  calendar: CompiledBusinessCalendar,
): CompiledBusinessCalendar & { readonly provisionalYearsUsed: Set<number> } {
  return { ...calendar, provisionalYearsUsed: new Set<number>() };
}

/** The provisional years a tracked copy has looked at, ascending (empty when untracked). */
export function provisionalYearsOf(calendar: CompiledBusinessCalendar | undefined): number[] {
  return [...(calendar?.provisionalYearsUsed ?? [])].sort((a, b) => a - b);
}

function yearNotMaintained(calendar: CompiledBusinessCalendar, year: number, date: IsoDate): TimeError {
  const rule = calendar.provisionalHolidays;
  const range = rule ? provisionalRuleYears(rule) : null;
  const beyond = range
    ? {
        zh: `；暂定规则 ${rule} 仅覆盖 ${range.first}–${range.last} 年`,
        en: `; the provisional rule ${rule} covers ${range.first}–${range.last} only`,
      }
    : { zh: '', en: '' };
  return new TimeError(
    'CALENDAR_YEAR_NOT_MAINTAINED',
    {
      zh: `日历 ${calendar.id} 未维护 ${year} 年的节假日安排，请先维护该年度日历${beyond.zh}`,
      en: `Calendar ${calendar.id} has no holiday schedule for ${year}; the year must be maintained first${beyond.en}`,
    },
    { calendarId: calendar.id, year, date, ...(range ? { provisionalYears: range } : {}) },
  );
}

/**
 * Maintained years answer from their schedule; a missing year from the calendar's provisional rule
 * (weekends and statutory holidays, no 调休), recorded on a tracked copy; otherwise an error.
 */
export function compiledDayKind(calendar: CompiledBusinessCalendar, date: IsoDate): CalendarDayKind {
  const year = Number(date.slice(0, 4));
  if (!calendar.years.has(year)) {
    const provisional = calendar.provisionalHolidays
      ? provisionalHolidayDates(calendar.provisionalHolidays, year)
      : null;
    if (!provisional) throw yearNotMaintained(calendar, year, date);
    calendar.provisionalYearsUsed?.add(year);
    if (provisional.has(date)) return 'holiday';
    return (calendar.weekly[isoWeekdayOf(date)] ?? []).length > 0 ? 'workday' : 'weekend';
  }
  if (calendar.holidays.has(date)) return 'holiday';
  if (calendar.makeUpWorkdays.has(date)) return 'makeUpWorkday';
  const weekday: IsoWeekday = isoWeekdayOf(date);
  return (calendar.weekly[weekday] ?? []).length > 0 ? 'workday' : 'weekend';
}

/** Working-hour ranges (minutes of day) of a local date; empty on rest days. */
export function compiledWorkingMinutes(
  calendar: CompiledBusinessCalendar,
  date: IsoDate,
): readonly MinuteRange[] {
  switch (compiledDayKind(calendar, date)) {
    case 'holiday':
    case 'weekend':
      return [];
    case 'makeUpWorkday':
      return calendar.makeUpDay;
    case 'workday':
      return calendar.weekly[isoWeekdayOf(date)] ?? [];
  }
}

/** What kind of day a local date (or the local date of an instant) is in the calendar. */
export function calendarDayKind(calendar: BusinessCalendar, dateOrInstant: InstantInput): CalendarDayKind {
  const compiled = compileBusinessCalendar(calendar);
  return compiledDayKind(compiled, resolveCalendarDate(compiled, dateOrInstant));
}

/** Workdays and make-up workdays are working days; weekends and holidays are not. */
export function isWorkingDay(calendar: BusinessCalendar, dateOrInstant: InstantInput): boolean {
  const kind = calendarDayKind(calendar, dateOrInstant);
  return kind === 'workday' || kind === 'makeUpWorkday';
}
