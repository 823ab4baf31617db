import { describe, expect, it } from 'vitest';
import {
  addDaysToIsoDate,
  addMonthsClamped,
  daysBetweenIsoDates,
  formatInstantInZone,
  instantToEpochMs,
  instantToZonedParts,
  isIsoDate,
  isoWeekdayOf,
  localDateOfInstant,
  monthsAndDaysBetween,
  parseClockTime,
  zonedLocalToEpochMs,
} from '../../src/time/index';

describe('ISO dates', () => {
  it.each([
    ['2025-01-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['2025-01-01T00:00:00Z', false],
  ])('isIsoDate(%s) = %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('adds days across month, year and leap boundaries', () => {
    expect(addDaysToIsoDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysToIsoDate('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDaysToIsoDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetweenIsoDates('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetweenIsoDates('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('knows the weekday (1970-01-01 was a Thursday; 2026-02-14 a Saturday)', () => {
    expect(isoWeekdayOf('1970-01-01')).toBe(4);
    expect(isoWeekdayOf('2026-02-14')).toBe(6);
    expect(isoWeekdayOf('2025-01-26')).toBe(7);
    expect(isoWeekdayOf('2025-10-08')).toBe(3);
  });

  it('clamps to month end without drifting', () => {
    expect(addMonthsClamped('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsClamped('2025-01-31', 2)).toBe('2025-03-31');
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2025-11-15', 3, 31)).toBe('2026-02-28');
    expect(addMonthsClamped('2025-03-31', -1)).toBe('2025-02-28');
  });

  it('splits a span into whole months and days', () => {
    expect(monthsAndDaysBetween('2025-01-31', '2025-03-05')).toEqual({ months: 1, days: 5 });
    expect(monthsAndDaysBetween('2024-06-15', '2025-06-15')).toEqual({ months: 12, days: 0 });
  });
});

describe('instants in a time zone', () => {
  it('refuses date-times without an offset (ambiguous)', () => {
    expect(() => instantToEpochMs('2025-01-01T08:00:00')).toThrow(/TIME_INVALID_INSTANT/);
    expect(() => instantToEpochMs('2025-02-30T08:00:00Z')).toThrow(/TIME_INVALID_INSTANT/);
    expect(instantToEpochMs('2025-01-01T08:00:00+08:00')).toBe(Date.UTC(2025, 0, 1, 0));
  });

  it('reads Shanghai wall-clock time (UTC+8, no DST)', () => {
    const parts = instantToZonedParts('2025-09-15T17:00:00Z', 'Asia/Shanghai');
    expect(parts).toMatchObject({ date: '2025-09-16', hour: 1, minute: 0, offsetMinutes: 480 });
    expect(localDateOfInstant('2025-09-15T15:59:59.999Z', 'Asia/Shanghai')).toBe('2025-09-15');
  });

  it('agrees with Intl for a zone with DST (Europe/Berlin)', () => {
    // 2025-03-30 02:00 local does not exist in Berlin; 03:00 CEST = 01:00Z.
    expect(formatInstantInZone('2025-03-30T01:00:00Z', 'Europe/Berlin')).toBe('2025-03-30T03:00:00+02:00');
    expect(zonedLocalToEpochMs('2025-07-01', 9 * 3_600_000, 'Europe/Berlin')).toBe(Date.UTC(2025, 6, 1, 7));
    expect(zonedLocalToEpochMs('2025-12-01', 9 * 3_600_000, 'Europe/Berlin')).toBe(Date.UTC(2025, 11, 1, 8));
  });

  it('formats with the zone offset and rejects unknown zones', () => {
    expect(formatInstantInZone(Date.UTC(2025, 9, 9, 1, 30), 'Asia/Shanghai')).toBe(
      '2025-10-09T09:30:00+08:00',
    );
    expect(() => formatInstantInZone(0, 'Mars/Olympus')).toThrow(/TIME_ZONE_INVALID/);
  });

  it.each([
    ['00:00', 0],
    ['22:00', 1320],
    ['24:00', 1440],
  ])('parses clock time %s', (text, minutes) => {
    expect(parseClockTime(text)).toBe(minutes);
  });

  it('rejects malformed clock times', () => {
    expect(() => parseClockTime('24:30')).toThrow(/TIME_INVALID_CLOCK_TIME/);
    expect(() => parseClockTime('9:00')).toThrow(/TIME_INVALID_CLOCK_TIME/);
  });
});
