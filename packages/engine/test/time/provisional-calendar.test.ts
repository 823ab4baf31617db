import { describe, expect, it } from 'vitest';
import {
  TimeError,
  addWorkingDays,
  calendarDayKind,
  calendarYearFromHolidayNotice,
  calendarYearStatus,
  complaintClock,
  createChinaBusinessCalendar,
  evaluateSla,
  extendComplaintClock,
  validateBusinessCalendar,
  type BusinessCalendar,
  type HolidayNotice,
  type SlaPolicy,
} from '../../src/time/index';

// Shipped: the notices of 2025 and 2026; 2027 onwards is provisional (weekends + statutory holidays).
const calendar = createChinaBusinessCalendar();
const strict = createChinaBusinessCalendar({ provisionalHolidays: null });

/** An invented 2027 notice that differs from the law alone: 元旦 Jan 1–3 and Monday 11 January off. */
const notice2027: HolidayNotice = {
  year: 2027,
  source: 'test notice',
  periods: [
    {
      name: { zh: '元旦', en: "New Year's Day" },
      from: '2027-01-01',
      to: '2027-01-03',
      makeUpWorkdays: [],
    },
    { name: { zh: '测试', en: 'Test' }, from: '2027-01-11', to: '2027-01-11', makeUpWorkdays: [] },
  ],
};
const maintained2027: BusinessCalendar = {
  ...calendar,
  years: { ...calendar.years, '2027': calendarYearFromHolidayNotice(notice2027) },
};

function caught(run: () => unknown): TimeError {
  try {
    run();
  } catch (error) {
    if (error instanceof TimeError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('calendar years: maintained, provisional, or refused', () => {
  it('knows which years it answers for and how', () => {
    expect(calendarYearStatus(calendar, 2026)).toBe('maintained');
    expect(calendarYearStatus(calendar, 2027)).toBe('provisional');
    expect(calendarYearStatus(calendar, 2100)).toBe('provisional');
    expect(calendarYearStatus(calendar, 2101)).toBe('notMaintained');
    expect(calendarYearStatus(calendar, 2024)).toBe('notMaintained'); // before the 2024 revision
    expect(calendarYearStatus(strict, 2027)).toBe('notMaintained');
  });

  it('reads a provisional year as weekends plus statutory holidays, with no 调休', () => {
    expect(calendarDayKind(calendar, '2027-02-05')).toBe('holiday'); // 除夕, a Friday
    expect(calendarDayKind(calendar, '2027-02-08')).toBe('holiday'); // 初三, a Monday
    expect(calendarDayKind(calendar, '2027-02-09')).toBe('workday');
    expect(calendarDayKind(calendar, '2027-02-20')).toBe('weekend'); // no make-up Saturday is guessed
    expect(calendarDayKind(calendar, '2027-10-04')).toBe('workday'); // 国庆 is 3 days by law
  });

  it('still refuses a year beyond the shipped table, naming the range', () => {
    const error = caught(() => addWorkingDays(calendar, '2100-12-30', 5));
    expect(error.code).toBe('CALENDAR_YEAR_NOT_MAINTAINED');
    expect(error.fault).toBe('configuration');
    expect(error.messages.en).toContain('2101');
    expect(error.messages.en).toContain('2025–2100');
    expect(error.details).toMatchObject({ year: 2101, provisionalYears: { first: 2025, last: 2100 } });
  });

  it('flags an unknown provisional rule as a calendar error', () => {
    const odd = { ...calendar, provisionalHolidays: 'moon' } as unknown as BusinessCalendar;
    expect(validateBusinessCalendar(odd)).toEqual([
      expect.objectContaining({ code: 'CALENDAR_PROVISIONAL_RULE_UNKNOWN', path: 'provisionalHolidays' }),
    ]);
    expect(caught(() => calendarDayKind(odd, '2026-05-01')).code).toBe('CALENDAR_INVALID');
  });
});

describe('the complaint clock extended from December 2026 into January 2027', () => {
  const received = '2026-12-10T10:00:00+08:00';
  const extension = { reason: '需调取录音核实', at: '2026-12-20T10:00:00+08:00' };

  it('is not provisional while its deadline stays in 2026', () => {
    // 10 Dec + 15 = 25 Dec 2026, a Friday.
    const state = complaintClock(received, calendar);
    expect(state).toMatchObject({ dueDate: '2026-12-25', provisional: false, provisionalYears: [] });
  });

  it('gets a provisional deadline instead of an error', () => {
    expect(caught(() => complaintClock(received, strict, [extension])).code).toBe(
      'CALENDAR_YEAR_NOT_MAINTAINED',
    );
    const outcome = extendComplaintClock(complaintClock(received, calendar), extension, calendar);
    if (!outcome.ok) throw new Error(outcome.error.code);
    // 10 Dec + 30 = Saturday 9 Jan 2027 → Monday 11 Jan (provisional: no notice for 2027 yet).
    expect(outcome.state).toMatchObject({
      stage: 'extended',
      periodLastDay: '2027-01-09',
      dueDate: '2027-01-11',
      dueAt: '2027-01-11T16:00:00.000Z',
      provisional: true,
      provisionalYears: [2027],
    });
    expect(complaintClock(received, calendar, [extension])).toEqual(outcome.state);
  });

  it('moves past 元旦 on the law alone: 2 Dec + 30 = 1 Jan 2027 → Monday 4 January', () => {
    const state = complaintClock('2026-12-02T10:00:00+08:00', calendar, [
      { reason: 'r', at: '2026-12-10T10:00:00+08:00' },
    ]);
    expect(state).toMatchObject({ dueDate: '2027-01-04', provisional: true });
  });

  it('loses the mark, and moves, once the year is maintained', () => {
    const state = complaintClock(received, maintained2027, [extension]);
    expect(state).toMatchObject({ dueDate: '2027-01-12', provisional: false, provisionalYears: [] });
  });
});

describe('SLA clocks running into a provisional year', () => {
  const policy: SlaPolicy = {
    id: 'review-16h',
    calendarId: 'cn-mainland',
    target: { amount: 16, unit: 'businessHours' },
    warnAtPercent: [50],
  };

  it('gives a provisional due time instead of an error', () => {
    const input = { startedAt: '2026-12-30T10:00:00+08:00', now: '2026-12-30T10:00:00+08:00' };
    expect(caught(() => evaluateSla(policy, strict, input)).code).toBe('CALENDAR_YEAR_NOT_MAINTAINED');
    // Dec 30: 6.5 h, Dec 31: 7.5 h, Jan 1 元旦, Jan 2–3 weekend, Mon Jan 4 09:00–11:00.
    const result = evaluateSla(policy, calendar, input);
    expect(result).toMatchObject({
      dueAt: '2027-01-04T03:00:00.000Z',
      provisional: true,
      provisionalYears: [2027],
    });
    // The invented notice keeps Monday 4 January a working day: same time, no longer provisional.
    expect(evaluateSla(policy, maintained2027, input)).toMatchObject({
      dueAt: '2027-01-04T03:00:00.000Z',
      provisional: false,
      provisionalYears: [],
    });
  });

  it('leaves a clock inside maintained years unaffected', () => {
    const result = evaluateSla(policy, calendar, {
      startedAt: '2026-06-01T09:00:00+08:00',
      now: '2026-06-01T09:00:00+08:00',
    });
    expect(result).toMatchObject({ dueAt: '2026-06-03T02:00:00.000Z', provisional: false });
    expect(result.provisionalYears).toEqual([]);
  });

  it('does not look past the end of a running stretch: a due time on 31 December stays firm', () => {
    // 13 h from Wed 30 Dec 09:00: 7.5 h that day, 5.5 h on Thursday 31 Dec → 15:30. A pause that evening
    // ends the first stretch; measuring it must not peek at 1 January 2027.
    const result = evaluateSla({ ...policy, target: { amount: 13, unit: 'businessHours' } }, calendar, {
      startedAt: '2026-12-30T09:00:00+08:00',
      pauses: [{ from: '2026-12-31T20:00:00+08:00', to: '2026-12-31T21:00:00+08:00' }],
      now: '2026-12-30T09:00:00+08:00',
    });
    expect(result).toMatchObject({ dueAt: '2026-12-31T07:30:00.000Z', provisional: false });
  });
});
