import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, isEmptyFilter, shanghaiMidnight, toAuditFilter } from './audit-filter';

describe('the audit filter → configAuditLog variables', () => {
  it('sends nothing for an empty form', () => {
    expect(toAuditFilter(EMPTY_FILTER)).toEqual({});
    expect(isEmptyFilter({ ...EMPTY_FILTER, entityKey: '   ' })).toBe(true);
  });

  it('maps each field, trimming the search', () => {
    expect(
      toAuditFilter({
        entityTypes: ['ComplaintCategory', 'FlowTemplate'],
        entityKey: '  fees ',
        actor: 'sup.wang',
        from: '',
        to: '',
      }),
    ).toEqual({
      entityTypes: ['ComplaintCategory', 'FlowTemplate'],
      entityKeyContains: 'fees',
      actor: 'sup.wang',
    });
  });

  it('turns Shanghai days into instants: from 00:00 of the first day up to 00:00 after the last', () => {
    expect(toAuditFilter({ ...EMPTY_FILTER, from: '2026-12-01', to: '2026-12-06' })).toEqual({
      from: '2026-11-30T16:00:00.000Z',
      to: '2026-12-06T16:00:00.000Z',
    });
    // One day: a 24-hour window; across the year's end.
    expect(toAuditFilter({ ...EMPTY_FILTER, from: '2026-12-31', to: '2026-12-31' })).toEqual({
      from: '2026-12-30T16:00:00.000Z',
      to: '2026-12-31T16:00:00.000Z',
    });
  });

  it('leaves a reversed range for the server to refuse (it says why, under the end date)', () => {
    const f = toAuditFilter({ ...EMPTY_FILTER, from: '2026-12-06', to: '2026-12-04' });
    expect(new Date(f.to!).getTime()).toBeLessThan(new Date(f.from!).getTime());
  });

  it('ignores dates that are not real days', () => {
    expect(shanghaiMidnight('2026-02-30')).toBeNull();
    expect(shanghaiMidnight('26-1-1')).toBeNull();
    expect(toAuditFilter({ ...EMPTY_FILTER, from: 'nonsense' })).toEqual({});
  });
});
