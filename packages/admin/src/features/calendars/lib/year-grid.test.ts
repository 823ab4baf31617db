import { describe, expect, it } from 'vitest';
import {
  changedDates,
  countsOf,
  draftFromYear,
  kindOf,
  monthGrids,
  readNotice,
  setDay,
  toInput,
} from './year-grid';

const saved = draftFromYear({
  year: 2026,
  holidays: [
    { date: '2026-01-01', name: '元旦' },
    { date: '2026-01-02', name: '元旦' },
    { date: '2026-01-03', name: '元旦' },
  ],
  workdays: [{ date: '2026-01-04', name: '元旦' }],
});

describe('monthGrids', () => {
  it('draws twelve months Monday first, every day once, with its kind', () => {
    const grids = monthGrids(saved);
    expect(grids).toHaveLength(12);
    const days = grids.flatMap((g) => g.weeks.flat().filter((d) => d !== null));
    expect(days).toHaveLength(365);
    // 1 January 2026 is a Thursday: three blank cells before it.
    expect(grids[0]!.weeks[0]!.slice(0, 4).map((d) => d?.date ?? null)).toEqual([
      null,
      null,
      null,
      '2026-01-01',
    ]);
    expect(grids[0]!.weeks.every((w) => w.length === 7)).toBe(true);
    const kinds = Object.fromEntries(days.map((d) => [d.date, d.kind]));
    expect(kinds['2026-01-01']).toBe('holiday');
    expect(kinds['2026-01-04']).toBe('makeUpWorkday'); // a Sunday worked
    expect(kinds['2026-01-05']).toBe('workday');
    expect(kinds['2026-01-10']).toBe('weekend');
    // February 2026 starts on a Sunday and has 28 days: 6 cells blank, 5 weeks.
    expect(grids[1]!.weeks).toHaveLength(5);
  });

  it('marks the days that differ from the saved year', () => {
    const draft = setDay(saved, '2026-01-05', 'holiday', '调整');
    const changed = monthGrids(draft, saved)[0]!
      .weeks.flat()
      .filter((d) => d?.changed);
    expect(changed.map((d) => d!.date)).toEqual(['2026-01-05']);
  });
});

describe('editing a year', () => {
  it('sets a day to a holiday, a make-up day or back to ordinary, and lists what changed', () => {
    let draft = setDay(saved, '2026-01-10', 'workday', ' 补班 ');
    expect(kindOf(draft, '2026-01-10')).toBe('makeUpWorkday');
    draft = setDay(draft, '2026-01-02', null);
    expect(kindOf(draft, '2026-01-02')).toBe('workday');
    draft = setDay(draft, '2026-01-01', 'holiday', '新年');
    expect(changedDates(saved, draft)).toEqual(['2026-01-01', '2026-01-02', '2026-01-10']);
    expect(countsOf(draft)).toEqual({ holidays: 2, workdays: 2 });
    expect(toInput(draft)).toEqual({
      year: 2026,
      holidays: ['2026-01-01', '2026-01-03'],
      workdays: ['2026-01-04', '2026-01-10'],
      names: [
        { date: '2026-01-01', name: '新年' },
        { date: '2026-01-03', name: '元旦' },
        { date: '2026-01-04', name: '元旦' },
        { date: '2026-01-10', name: '补班' },
      ],
    });
  });
});

describe('readNotice', () => {
  it('turns a pasted notice into a named draft and keeps the lines it could not read', () => {
    const text = [
      '国务院办公厅关于2027年部分节假日安排的通知',
      '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
      '二、春节：2月6日至13日放假调休，共9天。2月20日（周六）上班。',
    ].join('\n');
    const { parsed, draft } = readNotice(text, 2026);
    expect(draft!.year).toBe(2027);
    expect(toInput(draft!).holidays).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
    expect(draft!.days.get('2027-01-02')).toEqual({ mark: 'holiday', name: '元旦' });
    expect(parsed.unread.map((u) => u.line)).toEqual([3]);
  });
});
