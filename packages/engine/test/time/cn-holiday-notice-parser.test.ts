import { describe, expect, it } from 'vitest';
import {
  CN_HOLIDAY_NOTICE_2025,
  CN_HOLIDAY_NOTICE_2026,
  calendarYearFromHolidayNotice,
  parseHolidayNotice,
} from '../../src/time/index';
import { NOTICE_2025 } from '../fixtures/holiday-notices/notice-2025';
import { NOTICE_2026 } from '../fixtures/holiday-notices/notice-2026';

describe('parseHolidayNotice on the real notices', () => {
  it.each([
    [NOTICE_2025, CN_HOLIDAY_NOTICE_2025],
    [NOTICE_2026, CN_HOLIDAY_NOTICE_2026],
  ])('reads every item of the %# notice into the shipped schedule', (text, shipped) => {
    const parsed = parseHolidayNotice(text);
    const expected = calendarYearFromHolidayNotice(shipped);
    expect(parsed.year).toBe(shipped.year);
    expect(parsed.unread).toEqual([]);
    expect(parsed.holidays).toEqual([...expected.holidays].sort());
    expect(parsed.workdays).toEqual(expected.makeUpWorkdays);
    expect(parsed.periods.map((p) => [p.from, p.to, p.makeUpWorkdays])).toEqual(
      shipped.periods.map((p) => [p.from, p.to, p.makeUpWorkdays]),
    );
  });

  it('keeps the names as the notice writes them, with line numbers', () => {
    const parsed = parseHolidayNotice(NOTICE_2025);
    expect(parsed.periods.map((p) => p.name)).toEqual([
      '元旦',
      '春节',
      '清明节',
      '劳动节',
      '端午节',
      '国庆节、中秋节',
    ]);
    const spring = parsed.periods[1]!;
    expect(NOTICE_2025.split('\n')[spring.line - 1]).toContain('二、春节');
    expect(spring.days).toHaveLength(8);
  });

  it('reads a range across months (5月31日 至 6月2日) and a one-day holiday', () => {
    const parsed = parseHolidayNotice(NOTICE_2025);
    expect(parsed.periods[4]!.days).toEqual(['2025-05-31', '2025-06-01', '2025-06-02']);
    expect(parsed.periods[0]!.days).toEqual(['2025-01-01']);
  });
});

describe('parseHolidayNotice on text it cannot fully read', () => {
  it('uses the given year when the text has no title, and a title year over the given one', () => {
    const line = '一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。';
    expect(parseHolidayNotice(line, 2026).holidays).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(parseHolidayNotice(`关于2027年部分节假日安排的通知\n${line}`, 2026).year).toBe(2027);
    const none = parseHolidayNotice(line);
    expect(none.year).toBeNull();
    expect(none.unread[0]!.reason.en).toContain('year');
  });

  it('flags an item whose stated count contradicts its dates, and keeps the others', () => {
    const parsed = parseHolidayNotice(
      ['一、元旦：1月1日（周四）放假1天。', '二、春节：2月15日至23日放假调休，共8天。'].join('\n'),
      2026,
    );
    expect(parsed.periods.map((p) => p.name)).toEqual(['元旦']);
    expect(parsed.unread).toHaveLength(1);
    expect(parsed.unread[0]!.line).toBe(2);
    expect(parsed.unread[0]!.reason.zh).toContain('共 8 天');
  });

  it('flags a make-up day on a weekday, a missing 放假, an invalid date and a clash', () => {
    const parsed = parseHolidayNotice(
      [
        '一、元旦：1月1日至3日放假调休，共3天。1月5日（周一）上班。',
        '二、春节：2月15日至23日休息。',
        '三、清明节：4月31日放假，共1天。',
        '四、劳动节：5月1日至5日放假，共5天。',
        '五、某节：5月5日放假，共1天。',
      ].join('\n'),
      2026,
    );
    expect(parsed.periods.map((p) => p.name)).toEqual(['劳动节']);
    expect(parsed.unread.map((u) => u.line)).toEqual([1, 2, 3, 5]);
    expect(parsed.unread[0]!.reason.en).toContain('weekday');
    expect(parsed.unread[1]!.reason.zh).toContain('放假');
    expect(parsed.unread[2]!.reason.en).toContain('Invalid date');
    expect(parsed.unread[3]!.reason.en).toContain('2026-05-05');
  });

  it('accepts full-width digits, half-width punctuation and Arabic item numbers', () => {
    const parsed = parseHolidayNotice('1. 端午节: ６月19日(周五)至21日(周日)放假,共3天.', 2026);
    expect(parsed.unread).toEqual([]);
    expect(parsed.holidays).toEqual(['2026-06-19', '2026-06-20', '2026-06-21']);
  });

  it('ignores lines that are not dated items (title, preamble, signature)', () => {
    const parsed = parseHolidayNotice(
      '国务院办公厅\n各省、自治区：\n2025年11月4日\n一、说明：请遵照执行。',
      2026,
    );
    expect(parsed).toMatchObject({ periods: [], unread: [], holidays: [], workdays: [] });
  });
});
