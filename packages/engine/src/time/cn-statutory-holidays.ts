/**
 * Provisional holidays for a year whose State Council notice is not out yet: the public holidays that
 * 《全国年节及纪念日放假办法》 (as revised in 2024, in force from 1 January 2025) fixes by law —
 * 元旦 1 Jan; 春节 除夕 and 初一–初三; 清明 the Qingming solar-term day; 劳动节 1–2 May; 端午 5th of the
 * 5th lunar month; 中秋 15th of the 8th lunar month; 国庆 1–3 Oct. No bridging days, no make-up working
 * days (调休) and no substitute day off (补休): those only the yearly notice arranges, so a deadline
 * counted on these days is provisional until a supervisor enters the notice.
 *
 * The lunar and solar-term dates come from the generated table `cn-lunar-dates.ts` (2025–2100); a year
 * outside it has no provisional schedule.
 */
import { CN_LUNAR_HOLIDAY_DATES } from './cn-lunar-dates';
import { addDaysToIsoDate, type IsoDate } from './local-date';
import type { LocalizedText } from '../shared/localized-text';

/** Rules a calendar can name in `provisionalHolidays`. */
export type ProvisionalHolidayRule = 'cn-statutory';

export const PROVISIONAL_HOLIDAY_RULES: readonly ProvisionalHolidayRule[] = ['cn-statutory'];

/** One statutory holiday of a year: days off `from`–`to` (inclusive). */
export interface StatutoryHolidayPeriod {
  readonly name: LocalizedText;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

const YEARS = Object.keys(CN_LUNAR_HOLIDAY_DATES)
  .map(Number)
  .sort((a, b) => a - b);

/** First and last year with a provisional schedule (the 2024 revision's first year; the table's end). */
export const CN_STATUTORY_FIRST_YEAR: number = YEARS[0] ?? 2025;
export const CN_STATUTORY_LAST_YEAR: number = YEARS.at(-1) ?? 2025;

export const CN_STATUTORY_SOURCE: LocalizedText = {
  zh: '《全国年节及纪念日放假办法》（2024 年修订）推算的暂定安排，以国务院办公厅当年通知为准',
  en: 'Provisional: the statutory holidays of the 2024 revision of the national holidays regulation, until the State Council notice for the year is entered',
};

/** The statutory holidays of `year` in date order, or null when the table does not cover the year. */
export function cnStatutoryHolidayPeriods(year: number): StatutoryHolidayPeriod[] | null {
  const row = CN_LUNAR_HOLIDAY_DATES[year];
  if (!row) return null;
  const [eve, qingming, dragonBoat, midAutumn] = row.map((mmdd) => `${year}-${mmdd}`) as [
    IsoDate,
    IsoDate,
    IsoDate,
    IsoDate,
  ];
  const periods: StatutoryHolidayPeriod[] = [
    { name: { zh: '元旦', en: "New Year's Day" }, from: `${year}-01-01`, to: `${year}-01-01` },
    { name: { zh: '春节', en: 'Spring Festival' }, from: eve, to: addDaysToIsoDate(eve, 3) },
    { name: { zh: '清明节', en: 'Qingming Festival' }, from: qingming, to: qingming },
    { name: { zh: '劳动节', en: 'Labour Day' }, from: `${year}-05-01`, to: `${year}-05-02` },
    { name: { zh: '端午节', en: 'Dragon Boat Festival' }, from: dragonBoat, to: dragonBoat },
    { name: { zh: '中秋节', en: 'Mid-Autumn Festival' }, from: midAutumn, to: midAutumn },
    { name: { zh: '国庆节', en: 'National Day' }, from: `${year}-10-01`, to: `${year}-10-03` },
  ];
  return periods.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

const datesCache = new Map<number, ReadonlySet<IsoDate>>();

/**
 * Every day off of `year` under `rule` (a 中秋 on 1–3 October is one day, not two), or null when the
 * rule has no schedule for the year. Cached: the table is immutable.
 */
export function provisionalHolidayDates(
  rule: ProvisionalHolidayRule,
  year: number,
): ReadonlySet<IsoDate> | null {
  if (rule !== 'cn-statutory') return null;
  const cached = datesCache.get(year);
  if (cached) return cached;
  const periods = cnStatutoryHolidayPeriods(year);
  if (!periods) return null;
  const dates = new Set<IsoDate>();
  for (const period of periods) {
    for (let date = period.from; date <= period.to; date = addDaysToIsoDate(date, 1)) dates.add(date);
  }
  datesCache.set(year, dates);
  return dates;
}

/** The years `rule` covers, inclusive. */
export function provisionalRuleYears(rule: ProvisionalHolidayRule): { first: number; last: number } {
  return rule === 'cn-statutory'
    ? { first: CN_STATUTORY_FIRST_YEAR, last: CN_STATUTORY_LAST_YEAR }
    : { first: 0, last: -1 };
}
