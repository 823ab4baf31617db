/**
 * One year of a stored calendar, day by day, for the year view (`SlaCalendar.days`): its holidays and
 * make-up working days with names — from the latest stored change of that year (names as entered), the
 * shipped State Council notice, or, for a year without a notice, the statutory holidays it is counted
 * on provisionally.
 */
import {
  CN_HOLIDAY_NOTICES,
  CN_STATUTORY_SOURCE,
  addDaysToIsoDate,
  calendarYearStatus,
  cnStatutoryHolidayPeriods,
  type IsoDate,
} from '@parley/engine';
import { badInput, notFound } from '../../../../errors/app-error';
import type { SlaCalendarChangeDoc, SlaCalendarModels } from './sla-calendar.model';
import { loadCalendar } from './sla-calendar.store';

export interface SlaCalendarDayView {
  date: string;
  name: string | null;
}

export interface SlaCalendarYearView {
  year: number;
  status: 'MAINTAINED' | 'PROVISIONAL' | 'NOT_MAINTAINED';
  source: string | null;
  holidays: SlaCalendarDayView[];
  workdays: SlaCalendarDayView[];
}

function shippedNames(key: string, year: number): Map<string, string> {
  const names = new Map<string, string>();
  if (key !== 'cn-mainland') return names;
  for (const notice of CN_HOLIDAY_NOTICES) {
    if (notice.year !== year) continue;
    for (const period of notice.periods) {
      for (let d = period.from; d <= period.to; d = addDaysToIsoDate(d, 1)) names.set(d, period.name.zh);
      for (const d of period.makeUpWorkdays) names.set(d, period.name.zh);
    }
  }
  return names;
}

export async function calendarYear(
  models: SlaCalendarModels,
  key: string,
  year: number,
): Promise<SlaCalendarYearView> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput(['year'], {
      zh: '年份须在 2000–2100 之间。',
      en: 'The year must be between 2000 and 2100.',
    });
  const stored = await loadCalendar(models, key);
  if (!stored) throw notFound({ zh: '工作日历', en: 'calendar' }, ['key']);
  const status = calendarYearStatus(stored.calendar, year);
  const schedule = stored.calendar.years[String(year)];
  if (status === 'maintained' && schedule) {
    const change = await models.SlaCalendarChange.findOne({ key, year })
      .sort({ revision: -1 })
      .lean<SlaCalendarChangeDoc>()
      .exec();
    const names = change
      ? new Map((change.names ?? []).map((n) => [n.date, n.name]))
      : shippedNames(key, year);
    const day = (date: string): SlaCalendarDayView => ({ date, name: names.get(date) ?? null });
    return {
      year,
      status: 'MAINTAINED',
      source: schedule.source ?? null,
      holidays: [...schedule.holidays].sort().map(day),
      workdays: [...schedule.makeUpWorkdays].sort().map(day),
    };
  }
  if (status === 'provisional') {
    const names = new Map<IsoDate, string>();
    for (const period of cnStatutoryHolidayPeriods(year) ?? [])
      for (let d = period.from; d <= period.to; d = addDaysToIsoDate(d, 1))
        names.set(d, names.has(d) ? `${names.get(d)}、${period.name.zh}` : period.name.zh);
    return {
      year,
      status: 'PROVISIONAL',
      source: CN_STATUTORY_SOURCE.zh,
      holidays: [...names.keys()].sort().map((date) => ({ date, name: names.get(date) ?? null })),
      workdays: [],
    };
  }
  return { year, status: 'NOT_MAINTAINED', source: null, holidays: [], workdays: [] };
}
