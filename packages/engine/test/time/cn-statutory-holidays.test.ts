import { Lunar } from 'lunar-typescript';
import { describe, expect, it } from 'vitest';
import { CN_LUNAR_HOLIDAY_DATES } from '../../src/time/cn-lunar-dates';
import { provisionalHolidayDates } from '../../src/time/cn-statutory-holidays';
import {
  CN_HOLIDAY_NOTICES,
  CN_STATUTORY_FIRST_YEAR,
  CN_STATUTORY_LAST_YEAR,
  calendarYearFromHolidayNotice,
  cnStatutoryHolidayPeriods,
  isoWeekdayOf,
} from '../../src/time/index';

/** What lunar-typescript (6tail) says, computed here independently of the generator script. */
function fromLibrary(year: number): string[] {
  const newYear = Lunar.fromYmd(year, 1, 1);
  return [
    newYear.getSolar().next(-1).toYmd(),
    newYear.getJieQiTable()['清明']!.toYmd(),
    Lunar.fromYmd(year, 5, 5).getSolar().toYmd(),
    Lunar.fromYmd(year, 8, 15).getSolar().toYmd(),
  ];
}

describe('the shipped lunar and solar-term dates', () => {
  it('cover every year from 2025 (the 2024 revision in force) to 2100, and no other', () => {
    expect(CN_STATUTORY_FIRST_YEAR).toBe(2025);
    expect(CN_STATUTORY_LAST_YEAR).toBe(2100);
    expect(Object.keys(CN_LUNAR_HOLIDAY_DATES)).toHaveLength(76);
    expect(cnStatutoryHolidayPeriods(2024)).toBeNull();
    expect(cnStatutoryHolidayPeriods(2101)).toBeNull();
  });

  it('agree with lunar-typescript for every year 2025–2100', () => {
    for (let year = 2025; year <= 2100; year++) {
      const row = CN_LUNAR_HOLIDAY_DATES[year]!.map((mmdd) => `${year}-${mmdd}`);
      expect(row, String(year)).toEqual(fromLibrary(year));
    }
  });

  it.each([
    [2025, '2025-04-04'],
    [2026, '2026-04-05'],
    [2027, '2027-04-05'],
    [2028, '2028-04-04'],
    [2029, '2029-04-04'],
    [2030, '2030-04-05'],
    [2100, '2100-04-05'],
  ])('清明 %i is %s', (year, date) => {
    const qingming = cnStatutoryHolidayPeriods(year)!.find((p) => p.name.zh === '清明节')!;
    expect(qingming).toMatchObject({ from: date, to: date });
  });

  it('fall inside the days off of the published notices of 2025 and 2026', () => {
    for (const notice of CN_HOLIDAY_NOTICES) {
      const published = new Set(calendarYearFromHolidayNotice(notice).holidays);
      const statutory = [...provisionalHolidayDates('cn-statutory', notice.year)!];
      expect(
        statutory.filter((date) => !published.has(date)),
        String(notice.year),
      ).toEqual([]);
    }
  });
});

describe('the provisional statutory holidays of a year', () => {
  it('2027 is exactly the statutory list (除夕 5 February, 初一 6 February)', () => {
    expect(cnStatutoryHolidayPeriods(2027)).toEqual([
      { name: { zh: '元旦', en: "New Year's Day" }, from: '2027-01-01', to: '2027-01-01' },
      { name: { zh: '春节', en: 'Spring Festival' }, from: '2027-02-05', to: '2027-02-08' },
      { name: { zh: '清明节', en: 'Qingming Festival' }, from: '2027-04-05', to: '2027-04-05' },
      { name: { zh: '劳动节', en: 'Labour Day' }, from: '2027-05-01', to: '2027-05-02' },
      { name: { zh: '端午节', en: 'Dragon Boat Festival' }, from: '2027-06-09', to: '2027-06-09' },
      { name: { zh: '中秋节', en: 'Mid-Autumn Festival' }, from: '2027-09-15', to: '2027-09-15' },
      { name: { zh: '国庆节', en: 'National Day' }, from: '2027-10-01', to: '2027-10-03' },
    ]);
    expect([...provisionalHolidayDates('cn-statutory', 2027)!].sort()).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
    expect(isoWeekdayOf('2027-02-05')).toBe(5); // 除夕 is a Friday
  });

  it('has 13 days off a year, 12 when 中秋 falls on National Day (2031: 1 October)', () => {
    expect(provisionalHolidayDates('cn-statutory', 2030)!.size).toBe(13);
    expect(CN_LUNAR_HOLIDAY_DATES[2031]![3]).toBe('10-01');
    expect(provisionalHolidayDates('cn-statutory', 2031)!.size).toBe(12);
  });
});
