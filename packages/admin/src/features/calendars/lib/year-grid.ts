/**
 * The calendar year as the screen edits it: a draft of day marks (holiday / make-up working day, each
 * with an optional name) over plain weekdays and weekends, the twelve month grids drawn from it
 * (Monday first, Asia/Shanghai calendar dates — pure date arithmetic, no clock, no time zone needed),
 * and the conversion to the server's input. Pure.
 */
import {
  addDaysToIsoDate,
  isoWeekdayOf,
  parseHolidayNotice,
  type IsoDate,
  type ParsedHolidayNotice,
} from '@parley/engine';

export type DayMark = 'holiday' | 'workday';
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

export interface MarkedDay {
  mark: DayMark;
  name: string;
}

/** The year being edited: marked days by date (every other day is a plain weekday or weekend). */
export interface YearDraft {
  year: number;
  days: ReadonlyMap<string, MarkedDay>;
}

export interface GridDay {
  date: string;
  day: number;
  kind: DayKind;
  name: string;
  /** Differs from the saved year. */
  changed: boolean;
}

export interface MonthGrid {
  month: number;
  /** Weeks of 7 cells, Monday first; null pads the first and last week. */
  weeks: (GridDay | null)[][];
}

export interface YearDays {
  year: number;
  holidays: readonly { date: string; name?: string | null }[];
  workdays: readonly { date: string; name?: string | null }[];
}

export function isWeekend(date: string): boolean {
  return isoWeekdayOf(date as IsoDate) >= 6;
}

export function draftFromYear(days: YearDays): YearDraft {
  const map = new Map<string, MarkedDay>();
  for (const d of days.holidays) map.set(d.date, { mark: 'holiday', name: d.name ?? '' });
  for (const d of days.workdays) map.set(d.date, { mark: 'workday', name: d.name ?? '' });
  return { year: days.year, days: map };
}

export function kindOf(draft: YearDraft, date: string): DayKind {
  const marked = draft.days.get(date);
  if (marked) return marked.mark === 'holiday' ? 'holiday' : 'makeUpWorkday';
  return isWeekend(date) ? 'weekend' : 'workday';
}

/** Sets one day: a holiday or make-up working day with a name, or `null` for an ordinary day. */
export function setDay(draft: YearDraft, date: string, mark: DayMark | null, name = ''): YearDraft {
  const days = new Map(draft.days);
  if (mark === null) days.delete(date);
  else days.set(date, { mark, name: name.trim() });
  return { year: draft.year, days };
}

function sameDay(a: MarkedDay | undefined, b: MarkedDay | undefined): boolean {
  return a?.mark === b?.mark && (a?.name ?? '') === (b?.name ?? '');
}

/** Dates whose mark or name differs between two drafts, ascending. */
export function changedDates(saved: YearDraft, draft: YearDraft): string[] {
  const dates = new Set([...saved.days.keys(), ...draft.days.keys()]);
  return [...dates].filter((d) => !sameDay(saved.days.get(d), draft.days.get(d))).sort();
}

export function monthGrids(draft: YearDraft, saved: YearDraft = draft): MonthGrid[] {
  const changed = new Set(changedDates(saved, draft));
  const grids: MonthGrid[] = [];
  for (let month = 1; month <= 12; month++) {
    const first = `${draft.year}-${String(month).padStart(2, '0')}-01` as IsoDate;
    const weeks: (GridDay | null)[][] = [];
    let week: (GridDay | null)[] = Array.from({ length: isoWeekdayOf(first) - 1 }, () => null);
    for (let date: IsoDate = first; Number(date.slice(5, 7)) === month; date = addDaysToIsoDate(date, 1)) {
      week.push({
        date,
        day: Number(date.slice(8, 10)),
        kind: kindOf(draft, date),
        name: draft.days.get(date)?.name ?? '',
        changed: changed.has(date),
      });
      if (week.length === 7) {
        weeks.push(week);
        week = [];
      }
    }
    if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
    grids.push({ month, weeks });
  }
  return grids;
}

export interface YearInput {
  year: number;
  holidays: string[];
  workdays: string[];
  names: { date: string; name: string }[];
}

/** The server's `SlaCalendarYearInput`. */
export function toInput(draft: YearDraft): YearInput {
  const sorted = [...draft.days.entries()].sort(([a], [b]) => a.localeCompare(b));
  return {
    year: draft.year,
    holidays: sorted.filter(([, d]) => d.mark === 'holiday').map(([date]) => date),
    workdays: sorted.filter(([, d]) => d.mark === 'workday').map(([date]) => date),
    names: sorted.filter(([, d]) => d.name !== '').map(([date, d]) => ({ date, name: d.name })),
  };
}

export interface NoticeReading {
  parsed: ParsedHolidayNotice;
  /** The year's draft as the notice sets it (null when no year could be read). */
  draft: YearDraft | null;
}

/** Reads a pasted State Council notice into a draft for `fallbackYear` unless its title names a year. */
export function readNotice(text: string, fallbackYear: number): NoticeReading {
  const parsed = parseHolidayNotice(text, fallbackYear);
  if (parsed.year === null) return { parsed, draft: null };
  const days = new Map<string, MarkedDay>();
  for (const period of parsed.periods) {
    for (const d of period.days) days.set(d, { mark: 'holiday', name: period.name });
    for (const d of period.makeUpWorkdays) days.set(d, { mark: 'workday', name: period.name });
  }
  return { parsed, draft: { year: parsed.year, days } };
}

export interface YearCounts {
  holidays: number;
  workdays: number;
}

export function countsOf(draft: YearDraft): YearCounts {
  let holidays = 0;
  let workdays = 0;
  for (const d of draft.days.values())
    if (d.mark === 'holiday') holidays++;
    else workdays++;
  return { holidays, workdays };
}
