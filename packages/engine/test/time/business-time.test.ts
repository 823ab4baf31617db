import { describe, expect, it } from 'vitest';
import {
  addBusinessHours,
  addCalendarDays,
  addWorkingDays,
  businessTimeBetween,
  createChinaBusinessCalendar,
} from '../../src/time/index';

// Working hours 09:00–12:00 and 13:00–17:30 (7.5 h a day), Asia/Shanghai. Expected values are counted
// by hand on the 2025 / 2026 schedules (see business-calendar.test.ts for the day kinds).
const calendar = createChinaBusinessCalendar();

describe('addWorkingDays', () => {
  it.each([
    ['2026-02-13', 1, '2026-02-14'], // Friday → make-up Saturday
    ['2026-02-14', 1, '2026-02-24'], // over the 9-day Spring Festival
    ['2025-09-30', 1, '2025-10-09'], // over 国庆+中秋 (Oct 1–8)
    ['2025-09-26', 1, '2025-09-28'], // Friday → make-up Sunday
    ['2025-10-09', -1, '2025-09-30'],
    ['2025-10-04', 0, '2025-10-04'],
    ['2025-12-31', 2, '2026-01-05'], // 元旦 Jan 1–3, Jan 4 is a make-up Sunday → 2nd working day is Jan 5
  ])('%s + %i working days = %s', (date, days, expected) => {
    expect(addWorkingDays(calendar, date, days)).toBe(expected);
  });

  it('keeps the local time of an instant', () => {
    expect(addWorkingDays(calendar, '2025-09-30T10:00:00+08:00', 1)).toBe('2025-10-09T02:00:00.000Z');
  });

  it('stops at the end of the maintained years on a calendar without a provisional rule', () => {
    const strict = createChinaBusinessCalendar({ provisionalHolidays: null });
    expect(() => addWorkingDays(strict, '2026-12-30', 5)).toThrow(/CALENDAR_YEAR_NOT_MAINTAINED/);
  });

  it('counts on into a provisional year: 1 January is 元旦, then the weekend (no 调休 known)', () => {
    expect(addWorkingDays(calendar, '2026-12-30', 5)).toBe('2027-01-07');
  });
});

describe('addCalendarDays', () => {
  it('counts every day for a date and keeps wall-clock time for an instant', () => {
    expect(addCalendarDays(calendar, '2025-09-30', 15)).toBe('2025-10-15');
    expect(addCalendarDays(calendar, '2025-09-30T23:30:00+08:00', 1)).toBe('2025-10-01T15:30:00.000Z');
  });
});

describe('addBusinessHours', () => {
  it.each([
    // 6.5 h left on 30 Sep, then 1.5 h on 9 Oct (Oct 1–8 off)
    ['2025-09-30T10:00:00+08:00', 8, '2025-10-09T02:30:00.000Z'],
    // starting in the lunch break
    ['2025-09-29T12:30:00+08:00', 1, '2025-09-29T06:00:00.000Z'],
    // exactly at close: continue next working day
    ['2025-09-29T17:30:00+08:00', 0.5, '2025-09-30T01:30:00.000Z'],
    // a morning's work ends at 12:00 sharp, not after lunch
    ['2025-09-29T09:00:00+08:00', 3, '2025-09-29T04:00:00.000Z'],
    // Saturday 14 Feb 2026 is a make-up working day
    ['2026-02-13T17:00:00+08:00', 1, '2026-02-14T01:30:00.000Z'],
  ])('%s + %f h = %s', (start, hours, expected) => {
    expect(addBusinessHours(calendar, start, hours)).toBe(expected);
  });

  it('rejects negative hours', () => {
    expect(() => addBusinessHours(calendar, '2025-09-29T09:00:00+08:00', -1)).toThrow(
      /TIME_INVALID_ARGUMENT/,
    );
  });
});

describe('businessTimeBetween', () => {
  it('counts only working hours across make-up days and holidays', () => {
    // 13 Feb 16:00–17:30 (1.5 h) + make-up 14 Feb (7.5 h) + 24 Feb 09:00–10:00 (1 h) = 10 h
    const span = businessTimeBetween(calendar, '2026-02-13T16:00:00+08:00', '2026-02-24T10:00:00+08:00');
    expect(span.hours).toBe(10);
    expect(span.milliseconds).toBe(36_000_000);
  });

  it('is negative when the end comes first, and zero over a holiday', () => {
    expect(
      businessTimeBetween(calendar, '2025-09-30T10:00:00+08:00', '2025-09-30T09:00:00+08:00').hours,
    ).toBe(-1);
    expect(
      businessTimeBetween(calendar, '2025-10-01T00:00:00+08:00', '2025-10-08T23:59:00+08:00').hours,
    ).toBe(0);
  });
});
