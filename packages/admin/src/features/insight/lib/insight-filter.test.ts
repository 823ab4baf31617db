import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  filterFromQuery,
  filterToQuery,
  matchingQuickPeriod,
  quickPeriod,
  shanghaiDay,
  tabFromQuery,
  toInsightFilter,
} from './insight-filter';

// 2026-12-06 17:30 UTC is already 7 December in Shanghai.
const LATE_EVENING_UTC = Date.parse('2026-12-06T17:30:00Z');
const MORNING_UTC = Date.parse('2026-12-06T08:00:00Z');

describe('insight filter', () => {
  it('counts days on the Shanghai calendar', () => {
    expect(shanghaiDay(LATE_EVENING_UTC)).toBe('2026-12-07');
    expect(shanghaiDay(Date.parse('2026-12-06T15:59:59Z'))).toBe('2026-12-06');
    expect(quickPeriod(7, LATE_EVENING_UTC)).toEqual({ from: '2026-12-01', to: '2026-12-07' });
    expect(quickPeriod(30, MORNING_UTC)).toEqual({ from: '2026-11-07', to: '2026-12-06' });
    expect(quickPeriod(90, MORNING_UTC).from).toBe('2026-09-08');
  });

  it('recognises a quick pick and lists the days of a period across a month end', () => {
    expect(matchingQuickPeriod({ from: '2026-11-30', to: '2026-12-06' }, MORNING_UTC)).toBe(7);
    expect(matchingQuickPeriod({ from: '2026-11-29', to: '2026-12-06' }, MORNING_UTC)).toBeNull();
    expect(daysBetween('2026-11-29', '2026-12-02')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
    expect(daysBetween('2026-12-02', '2026-12-01')).toEqual([]);
  });

  it('reads the URL, falling back to the last 30 days and the volume tab on bad values', () => {
    const state = filterFromQuery(
      { from: '2026-13-01', to: '2026-12-06', channel: ' HOTLINE ' },
      MORNING_UTC,
    );
    expect(state).toEqual({
      from: '2026-11-07',
      to: '2026-12-06',
      flow: '',
      department: '',
      agent: '',
      channel: 'HOTLINE',
      category: '',
    });
    expect(tabFromQuery({ tab: 'report' })).toBe('report');
    expect(tabFromQuery({ tab: 'nope' })).toBe('volume');
    expect(tabFromQuery({ tab: ['report'] })).toBe('volume');
  });

  it('writes back only what is set, and round-trips', () => {
    const state = filterFromQuery(
      { from: '2026-01-01', to: '2026-03-31', flow: 'complaint-handling@2', department: 'CARDS' },
      MORNING_UTC,
    );
    const query = filterToQuery(state, 'time');
    expect(query).toEqual({
      tab: 'time',
      from: '2026-01-01',
      to: '2026-03-31',
      flow: 'complaint-handling@2',
      department: 'CARDS',
    });
    expect(filterFromQuery(query, MORNING_UTC)).toEqual(state);
  });

  it('splits the flow into key and version for the query', () => {
    const base = filterFromQuery({ from: '2026-01-01', to: '2026-01-31' }, MORNING_UTC);
    expect(toInsightFilter({ ...base, flow: 'a@b@12', agent: 'VXNlcjox' })).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      flowKey: 'a@b',
      flowVersion: 12,
      agent: 'VXNlcjox',
    });
    expect(toInsightFilter({ ...base, flow: 'complaint-handling', channel: 'APP' })).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      flowKey: 'complaint-handling',
      channel: 'APP',
    });
  });
});
