/**
 * Mainland-China public holiday schedules as published by the General Office of the State Council,
 * and a ready-made banking calendar built from them. Add each new year when the notice appears
 * (normally in November of the year before).
 */
import type { BusinessCalendar, CalendarYearSchedule, WorkingTimeRange } from './business-calendar';
import type { ProvisionalHolidayRule } from './cn-statutory-holidays';
import { addDaysToIsoDate, type IsoDate } from './local-date';
import type { LocalizedText } from '../shared/localized-text';

/** One holiday block of a State Council notice: days off `from`–`to` and the weekend days worked for it. */
export interface HolidayPeriod {
  readonly name: LocalizedText;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly makeUpWorkdays: readonly IsoDate[];
}

export interface HolidayNotice {
  readonly year: number;
  /** Document number and date of the notice. */
  readonly source: string;
  readonly periods: readonly HolidayPeriod[];
}

const NEW_YEAR: LocalizedText = { zh: '元旦', en: "New Year's Day" };
const SPRING: LocalizedText = { zh: '春节', en: 'Spring Festival' };
const QINGMING: LocalizedText = { zh: '清明节', en: 'Qingming Festival' };
const LABOUR: LocalizedText = { zh: '劳动节', en: 'Labour Day' };
const DRAGON_BOAT: LocalizedText = { zh: '端午节', en: 'Dragon Boat Festival' };
const MID_AUTUMN: LocalizedText = { zh: '中秋节', en: 'Mid-Autumn Festival' };
const NATIONAL: LocalizedText = { zh: '国庆节', en: 'National Day' };
const NATIONAL_AND_MID_AUTUMN: LocalizedText = {
  zh: '国庆节、中秋节',
  en: 'National Day and Mid-Autumn Festival',
};

/** 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）. */
export const CN_HOLIDAY_NOTICE_2025: HolidayNotice = {
  year: 2025,
  source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）',
  periods: [
    { name: NEW_YEAR, from: '2025-01-01', to: '2025-01-01', makeUpWorkdays: [] },
    { name: SPRING, from: '2025-01-28', to: '2025-02-04', makeUpWorkdays: ['2025-01-26', '2025-02-08'] },
    { name: QINGMING, from: '2025-04-04', to: '2025-04-06', makeUpWorkdays: [] },
    { name: LABOUR, from: '2025-05-01', to: '2025-05-05', makeUpWorkdays: ['2025-04-27'] },
    { name: DRAGON_BOAT, from: '2025-05-31', to: '2025-06-02', makeUpWorkdays: [] },
    {
      name: NATIONAL_AND_MID_AUTUMN,
      from: '2025-10-01',
      to: '2025-10-08',
      makeUpWorkdays: ['2025-09-28', '2025-10-11'],
    },
  ],
};

/** 国务院办公厅关于2026年部分节假日安排的通知（2025-11-04，新华社全文）. */
export const CN_HOLIDAY_NOTICE_2026: HolidayNotice = {
  year: 2026,
  source: '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）',
  periods: [
    { name: NEW_YEAR, from: '2026-01-01', to: '2026-01-03', makeUpWorkdays: ['2026-01-04'] },
    { name: SPRING, from: '2026-02-15', to: '2026-02-23', makeUpWorkdays: ['2026-02-14', '2026-02-28'] },
    { name: QINGMING, from: '2026-04-04', to: '2026-04-06', makeUpWorkdays: [] },
    { name: LABOUR, from: '2026-05-01', to: '2026-05-05', makeUpWorkdays: ['2026-05-09'] },
    { name: DRAGON_BOAT, from: '2026-06-19', to: '2026-06-21', makeUpWorkdays: [] },
    { name: MID_AUTUMN, from: '2026-09-25', to: '2026-09-27', makeUpWorkdays: [] },
    { name: NATIONAL, from: '2026-10-01', to: '2026-10-07', makeUpWorkdays: ['2026-09-20', '2026-10-10'] },
  ],
};

export const CN_HOLIDAY_NOTICES: readonly HolidayNotice[] = [CN_HOLIDAY_NOTICE_2025, CN_HOLIDAY_NOTICE_2026];

/** Expands a notice's periods into the calendar's per-year lists (every day of each period is a holiday). */
export function calendarYearFromHolidayNotice(notice: HolidayNotice): CalendarYearSchedule {
  const holidays: IsoDate[] = [];
  const makeUpWorkdays: IsoDate[] = [];
  for (const period of notice.periods) {
    for (let date = period.from; date <= period.to; date = addDaysToIsoDate(date, 1)) holidays.push(date);
    makeUpWorkdays.push(...period.makeUpWorkdays);
  }
  return { holidays, makeUpWorkdays: [...makeUpWorkdays].sort(), source: notice.source };
}

/** The name of the holiday period a date belongs to, if any (for display). */
export function cnHolidayNameOn(date: IsoDate): LocalizedText | undefined {
  for (const notice of CN_HOLIDAY_NOTICES) {
    for (const period of notice.periods) {
      if (date >= period.from && date <= period.to) return period.name;
    }
  }
  return undefined;
}

/** Typical branch banking hours with a lunch break. */
export const CN_BANK_WORKING_HOURS: readonly WorkingTimeRange[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '17:30' },
];

export interface ChinaBusinessCalendarOptions {
  readonly id?: string;
  readonly name?: LocalizedText;
  readonly workingHours?: BusinessCalendar['workingHours'];
  readonly notices?: readonly HolidayNotice[];
  /** For a year without a notice (default 'cn-statutory': provisional statutory holidays); null: an error. */
  readonly provisionalHolidays?: ProvisionalHolidayRule | null;
}

/**
 * A Mainland-China business calendar (Asia/Shanghai) from the shipped State Council notices; a year
 * without a notice is counted provisionally on the statutory holidays (2025–2100).
 */
export function createChinaBusinessCalendar(options: ChinaBusinessCalendarOptions = {}): BusinessCalendar {
  const years: Record<string, CalendarYearSchedule> = {};
  for (const notice of options.notices ?? CN_HOLIDAY_NOTICES) {
    years[String(notice.year)] = calendarYearFromHolidayNotice(notice);
  }
  return {
    id: options.id ?? 'cn-mainland',
    name: options.name ?? { zh: '中国大陆工作日历', en: 'Mainland China business calendar' },
    timeZone: 'Asia/Shanghai',
    workingHours: options.workingHours ?? CN_BANK_WORKING_HOURS,
    years,
    ...(options.provisionalHolidays === null
      ? {}
      : { provisionalHolidays: options.provisionalHolidays ?? 'cn-statutory' }),
  };
}
