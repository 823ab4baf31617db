/**
 * Reads the text of a State Council holiday notice (国务院办公厅关于某年部分节假日安排的通知) into
 * holiday periods and make-up working days, so a supervisor can paste the notice instead of typing
 * dates. Pure and forgiving about punctuation (full- and half-width colons, commas, brackets), strict
 * about dates: a line that names a holiday but whose dates cannot be read is reported, never guessed.
 *
 * Recognised shapes, as the notices write them:
 *   一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
 *   二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
 *   一、元旦：1月1日（周三）放假1天，不调休。
 */
import { addDaysToIsoDate, isIsoDate, isoWeekdayOf, type IsoDate } from './local-date';
import type { LocalizedText } from '../shared/localized-text';

export interface ParsedHolidayPeriod {
  /** The holiday's name as the notice writes it, e.g. 春节 or 国庆节、中秋节. */
  readonly name: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Every day off from `from` to `to`. */
  readonly days: readonly IsoDate[];
  /** Weekend days worked for this holiday (调休上班). */
  readonly makeUpWorkdays: readonly IsoDate[];
  /** 1-based line number in the pasted text. */
  readonly line: number;
}

export interface UnreadNoticeLine {
  readonly line: number;
  readonly text: string;
  readonly reason: LocalizedText;
}

export interface ParsedHolidayNotice {
  /** The year the notice is about: from its title, else the `year` given. */
  readonly year: number | null;
  readonly periods: readonly ParsedHolidayPeriod[];
  /** Every holiday date, ascending. */
  readonly holidays: readonly IsoDate[];
  /** Every make-up working day, ascending. */
  readonly workdays: readonly IsoDate[];
  /** Lines that look like a holiday item but could not be read (or contradict the rest). */
  readonly unread: readonly UnreadNoticeLine[];
}

const CN_NUMERALS = '一二三四五六七八九十';
/** An item line: 一、元旦：… (also "1." or "1、"). */
const ITEM = new RegExp(`^\\s*(?:[${CN_NUMERALS}]+|\\d+)\\s*[、.．]\\s*([^：:]+?)\\s*[：:]\\s*(.+)$`);
/** A date with optional month, followed by an optional bracket note: 1月28日（农历除夕、周二）. */
const DATE = /(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日\s*(?:[（(][^）)]*[）)])?/g;
const TITLE_YEAR = /(\d{4})\s*年(?:部分)?节假日/;

function normalise(text: string): string {
  return text
    .replace(/\u3000/g, ' ')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .trim();
}

function iso(year: number, month: number, day: number): IsoDate | null {
  const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(value) ? value : null;
}

interface DateToken {
  month: number | null;
  day: number;
  index: number;
  end: number;
}

function dateTokens(text: string): DateToken[] {
  const out: DateToken[] = [];
  for (const m of text.matchAll(DATE)) {
    out.push({
      month: m[1] ? Number(m[1]) : null,
      day: Number(m[2]),
      index: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return out;
}

type LineResult = { period: Omit<ParsedHolidayPeriod, 'line'> } | { reason: LocalizedText };

function unreadable(zh: string, en: string): { reason: LocalizedText } {
  return { reason: { zh, en } };
}

function readItem(name: string, body: string, year: number): LineResult {
  // The days off end at 放假; make-up days are the sentence(s) ending in 上班.
  const offAt = body.indexOf('放假');
  if (offAt < 0)
    return unreadable('找不到“放假”：无法确定放假日期。', 'No “放假” found: the days off cannot be read.');
  const offPart = body.slice(0, offAt);
  const rest = body.slice(offAt);
  const off = dateTokens(offPart);
  const first = off[0];
  if (!first || first.month === null)
    return unreadable('放假日期缺少月份或日期。', 'The first day off has no month or day.');
  const from = iso(year, first.month, first.day);
  if (!from)
    return unreadable(
      `日期无效：${first.month}月${first.day}日。`,
      `Invalid date: ${first.month}/${first.day}.`,
    );
  let to = from;
  const last = off[1];
  if (last) {
    const between = offPart.slice(first.end, last.index);
    if (!/[至到\-–—~～]/.test(between))
      return unreadable('放假日期之间应有“至”。', 'The days off should be written “A至B”.');
    const month = last.month ?? first.month;
    const end = iso(year, month, last.day);
    if (!end) return unreadable(`日期无效：${month}月${last.day}日。`, `Invalid date: ${month}/${last.day}.`);
    to = end;
  }
  if (off.length > 2)
    return unreadable(
      '放假日期多于两个，无法判断起止。',
      'More than two dates before “放假”: the range is unclear.',
    );
  if (to < from) return unreadable('放假结束日期早于开始日期。', 'The days off end before they start.');
  const days: IsoDate[] = [];
  for (let d = from; d <= to; d = addDaysToIsoDate(d, 1)) days.push(d);
  if (days.length > 31) return unreadable('放假天数超过 31 天。', 'More than 31 days off.');
  const count = /共\s*(\d+)\s*天|放假\s*(\d+)\s*天/.exec(rest);
  const stated = count ? Number(count[1] ?? count[2]) : null;
  if (stated !== null && stated !== days.length)
    return unreadable(
      `写明共 ${stated} 天，但日期共 ${days.length} 天。`,
      `The notice says ${stated} days, but the dates span ${days.length}.`,
    );
  const makeUpWorkdays: IsoDate[] = [];
  for (const sentence of rest.split(/[。；;]/)) {
    if (!sentence.includes('上班')) continue;
    let month: number | null = null;
    for (const t of dateTokens(sentence)) {
      month = t.month ?? month;
      if (month === null) return unreadable('调休上班日期缺少月份。', 'A make-up working day has no month.');
      const day = iso(year, month, t.day);
      if (!day) return unreadable(`日期无效：${month}月${t.day}日。`, `Invalid date: ${month}/${t.day}.`);
      if (isoWeekdayOf(day) < 6)
        return unreadable(
          `${day} 是周一至周五，不能是调休上班日。`,
          `${day} is a weekday; a make-up working day falls on a weekend.`,
        );
      makeUpWorkdays.push(day);
    }
  }
  return { period: { name, from, to, days, makeUpWorkdays: makeUpWorkdays.sort() } };
}

/**
 * Parses a pasted notice. `year` is used when the text has no title naming the year; a title's year
 * wins (the screen shows which was used). Lines that are not items (title, preamble, signature) are
 * ignored; an item line that cannot be read, or whose days clash with another item, is in `unread`.
 */
export function parseHolidayNotice(text: string, year?: number): ParsedHolidayNotice {
  const lines = text.split(/\r?\n/).map(normalise);
  const titled = lines.map((l) => TITLE_YEAR.exec(l)).find((m) => m !== null);
  const noticeYear = titled ? Number(titled[1]) : (year ?? null);
  const periods: ParsedHolidayPeriod[] = [];
  const unread: UnreadNoticeLine[] = [];
  const holidayOwner = new Map<IsoDate, string>();
  const workdays = new Set<IsoDate>();
  lines.forEach((raw, i) => {
    const item = ITEM.exec(raw);
    if (!item) return;
    const name = item[1]!.trim();
    const body = item[2]!;
    // Preamble items (e.g. 节假日期间…) carry no date: only lines with a date are holiday items.
    if (dateTokens(body).length === 0) return;
    const line = i + 1;
    if (noticeYear === null) {
      unread.push({
        line,
        text: raw,
        reason: { zh: '不知道是哪一年：请填写年份。', en: 'Which year? Enter the year.' },
      });
      return;
    }
    const result = readItem(name, body, noticeYear);
    if ('reason' in result) {
      unread.push({ line, text: raw, reason: result.reason });
      return;
    }
    const { period } = result;
    const clash =
      period.days.find((d) => holidayOwner.has(d) || workdays.has(d)) ??
      period.makeUpWorkdays.find((d) => holidayOwner.has(d) || period.days.includes(d));
    if (clash) {
      unread.push({
        line,
        text: raw,
        reason: { zh: `${clash} 与其他条目重复。`, en: `${clash} also appears in another item.` },
      });
      return;
    }
    period.days.forEach((d) => holidayOwner.set(d, period.name));
    period.makeUpWorkdays.forEach((d) => workdays.add(d));
    periods.push({ ...period, line });
  });
  return {
    year: noticeYear,
    periods,
    holidays: [...holidayOwner.keys()].sort(),
    workdays: [...workdays].sort(),
    unread,
  };
}
