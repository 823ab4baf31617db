import { describe, expect, it } from 'vitest';
import {
  CN_HOLIDAY_NOTICES,
  TimeError,
  calendarDayKind,
  cnHolidayNameOn,
  createChinaBusinessCalendar,
  isWorkingDay,
  isoWeekdayOf,
  maintainedCalendarYears,
  validateBusinessCalendar,
  type BusinessCalendar,
  type CalendarDayKind,
} from '../../src/time/index';

const calendar = createChinaBusinessCalendar();

// Expected kinds read directly off the State Council notices (国办发明电〔2024〕12号 for 2025; the notice
// of 2025-11-04 for 2026), including the weekday each notice states in brackets.
const FIXTURES: readonly [date: string, kind: CalendarDayKind, weekday: number][] = [
  ['2025-01-01', 'holiday', 3], // 元旦（周三）
  ['2025-01-02', 'workday', 4],
  ['2025-01-26', 'makeUpWorkday', 7], // 春节调休上班（周日）
  ['2025-01-28', 'holiday', 2], // 除夕（周二）
  ['2025-02-04', 'holiday', 2], // 正月初七（周二）
  ['2025-02-05', 'workday', 3],
  ['2025-02-08', 'makeUpWorkday', 6], // （周六）上班
  ['2025-02-09', 'weekend', 7],
  ['2025-04-04', 'holiday', 5], // 清明（周五）
  ['2025-04-07', 'workday', 1],
  ['2025-04-27', 'makeUpWorkday', 7], // 劳动节调休（周日）
  ['2025-05-05', 'holiday', 1], // 劳动节至5日（周一）
  ['2025-05-31', 'holiday', 6], // 端午（周六）
  ['2025-06-02', 'holiday', 1],
  ['2025-09-28', 'makeUpWorkday', 7], // 国庆调休（周日）
  ['2025-10-01', 'holiday', 3],
  ['2025-10-08', 'holiday', 3], // 国庆中秋至8日（周三）
  ['2025-10-09', 'workday', 4],
  ['2025-10-11', 'makeUpWorkday', 6], // （周六）上班
  ['2025-12-31', 'workday', 3],
  ['2026-01-01', 'holiday', 4], // 元旦（周四）
  ['2026-01-03', 'holiday', 6],
  ['2026-01-04', 'makeUpWorkday', 7], // （周日）上班
  ['2026-02-14', 'makeUpWorkday', 6], // 春节调休（周六）
  ['2026-02-15', 'holiday', 7], // 腊月二十八（周日）
  ['2026-02-23', 'holiday', 1], // 正月初七（周一）
  ['2026-02-24', 'workday', 2],
  ['2026-02-28', 'makeUpWorkday', 6], // （周六）上班
  ['2026-04-06', 'holiday', 1], // 清明至6日（周一）
  ['2026-05-01', 'holiday', 5],
  ['2026-05-05', 'holiday', 2], // 劳动节至5日（周二）
  ['2026-05-09', 'makeUpWorkday', 6], // （周六）上班
  ['2026-06-19', 'holiday', 5], // 端午（周五）
  ['2026-09-20', 'makeUpWorkday', 7], // 国庆调休（周日）
  ['2026-09-25', 'holiday', 5], // 中秋（周五）
  ['2026-10-07', 'holiday', 3], // 国庆至7日（周三）
  ['2026-10-08', 'workday', 4],
  ['2026-10-10', 'makeUpWorkday', 6], // （周六）上班
  ['2026-10-11', 'weekend', 7],
];

describe('Chinese State Council schedules 2025 and 2026', () => {
  it.each(FIXTURES)('%s is a %s (ISO weekday %i)', (date, kind, weekday) => {
    expect(isoWeekdayOf(date)).toBe(weekday);
    expect(calendarDayKind(calendar, date)).toBe(kind);
    expect(isWorkingDay(calendar, date)).toBe(kind === 'workday' || kind === 'makeUpWorkday');
  });

  it('has the day counts of each notice (2025: 1+8+3+5+3+8; 2026: 3+9+3+5+3+3+7)', () => {
    const counts = CN_HOLIDAY_NOTICES.map((notice) =>
      notice.periods.map((p) => (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 + 1),
    );
    expect(counts).toEqual([
      [1, 8, 3, 5, 3, 8],
      [3, 9, 3, 5, 3, 3, 7],
    ]);
    expect(maintainedCalendarYears(calendar)).toEqual([2025, 2026]);
  });

  it('every make-up working day is a weekend day and no holiday', () => {
    for (const notice of CN_HOLIDAY_NOTICES) {
      for (const period of notice.periods) {
        for (const date of period.makeUpWorkdays) expect(isoWeekdayOf(date)).toBeGreaterThanOrEqual(6);
      }
    }
    expect(validateBusinessCalendar(calendar)).toEqual([]);
  });

  it('names holiday periods', () => {
    expect(cnHolidayNameOn('2026-02-18')).toEqual({ zh: '春节', en: 'Spring Festival' });
    expect(cnHolidayNameOn('2026-02-24')).toBeUndefined();
  });

  it('reads instants in the calendar zone: 2025-09-30T16:30Z is 1 October in Shanghai', () => {
    expect(calendarDayKind(calendar, '2025-09-30T16:30:00Z')).toBe('holiday');
    expect(calendarDayKind(calendar, '2025-09-30T15:30:00Z')).toBe('workday');
  });

  it('refuses an unmaintained year instead of guessing weekdays (calendar without a provisional rule)', () => {
    const strict = createChinaBusinessCalendar({ provisionalHolidays: null });
    let error: unknown;
    try {
      isWorkingDay(strict, '2027-03-01');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TimeError);
    expect(error).toMatchObject({ code: 'CALENDAR_YEAR_NOT_MAINTAINED', fault: 'configuration' });
    expect((error as TimeError).messages.zh).toContain('2027');
  });
});

describe('calendar validation', () => {
  const broken: BusinessCalendar = {
    id: 'broken',
    timeZone: 'Nowhere/City',
    workingHours: [
      { start: '09:00', end: '12:00' },
      { start: '11:00', end: '13:00' },
      { start: '18:00', end: '17:00' },
    ],
    years: {
      '2025': {
        holidays: ['2025-01-01', '2025-02-30', '2026-01-01'],
        makeUpWorkdays: ['2025-01-01', '2025-01-02'],
      },
    },
  };

  it('reports every problem with a code and a path', () => {
    const codes = validateBusinessCalendar(broken).map((p) => `${p.severity}:${p.code}@${p.path}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'error:CALENDAR_TIME_ZONE_INVALID@timeZone',
        'error:CALENDAR_HOURS_OVERLAP@workingHours',
        'error:CALENDAR_HOURS_INVALID@workingHours[2]',
        'error:CALENDAR_DATE_INVALID@years.2025.holidays[1]',
        'error:CALENDAR_DATE_OUTSIDE_YEAR@years.2025.holidays[2]',
        'error:CALENDAR_DATE_HOLIDAY_AND_WORKDAY@years.2025',
        'warning:CALENDAR_MAKE_UP_DAY_NOT_REST_DAY@years.2025.makeUpWorkdays',
      ]),
    );
  });

  it('refuses to compute with an invalid calendar', () => {
    expect(() => isWorkingDay(broken, '2025-01-03')).toThrow(/CALENDAR_INVALID/);
  });

  it('supports per-weekday hours (a branch open Saturday mornings)', () => {
    const branch: BusinessCalendar = {
      id: 'branch',
      workingHours: {
        mon: [{ start: '09:00', end: '17:00' }],
        tue: [{ start: '09:00', end: '17:00' }],
        wed: [{ start: '09:00', end: '17:00' }],
        thu: [{ start: '09:00', end: '17:00' }],
        fri: [{ start: '09:00', end: '17:00' }],
        sat: [{ start: '09:00', end: '12:00' }],
      },
      years: { '2025': { holidays: ['2025-05-31'], makeUpWorkdays: [] } },
    };
    expect(calendarDayKind(branch, '2025-05-24')).toBe('workday'); // a Saturday
    expect(calendarDayKind(branch, '2025-05-31')).toBe('holiday'); // Saturday, 端午
    expect(calendarDayKind(branch, '2025-05-25')).toBe('weekend');
  });
});
