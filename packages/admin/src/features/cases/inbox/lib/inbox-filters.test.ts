import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  emptyFilterForm,
  fromSavedFilter,
  searchKind,
  toInboxFilter,
  type InboxFilterForm,
} from './inbox-filters';

const form = (patch: Partial<InboxFilterForm>): InboxFilterForm => ({ ...emptyFilterForm(), ...patch });

describe('toInboxFilter', () => {
  it('sends nothing for an empty form', () => {
    expect(toInboxFilter(emptyFilterForm())).toBeNull();
    expect(activeFilterCount(emptyFilterForm())).toBe(0);
  });

  it('sends each narrowing condition, dates as whole Beijing days', () => {
    const f = toInboxFilter(
      form({
        templateKeys: ['complaint-handling'],
        slaStates: ['BREACHED', 'WARNING'],
        channels: ['HOTLINE'],
        stepKey: ' receive ',
        openedFrom: '2026-11-01',
        openedTo: '2026-11-30',
        search: ' C-2026-000001 ',
      }),
    );
    expect(f).toEqual({
      templateKeys: ['complaint-handling'],
      slaStates: ['BREACHED', 'WARNING'],
      channels: ['HOTLINE'],
      stepKey: 'receive',
      // 00:00 in Beijing is 16:00 UTC the day before; the end day is included.
      openedFrom: '2026-10-31T16:00:00.000Z',
      openedTo: '2026-11-30T16:00:00.000Z',
      search: 'C-2026-000001',
    });
  });

  it('round-trips a saved filter back into the form', () => {
    const original = form({
      templateKeys: ['a'],
      categoryId: 'Q2F0OjE',
      slaStates: ['OK'],
      channels: ['APP', 'LETTER'],
      openedFrom: '2026-01-31',
      openedTo: '2026-02-01',
    });
    const saved = JSON.parse(JSON.stringify(toInboxFilter(original))) as unknown;
    expect(fromSavedFilter(saved)).toEqual(original);
    expect(activeFilterCount(original)).toBe(5);
  });

  it('drops unknown values from a saved filter', () => {
    expect(fromSavedFilter({ slaStates: ['LATE', 'OK'], channels: ['FAX'], openedFrom: 'x' })).toEqual(
      form({ slaStates: ['OK'] }),
    );
    expect(fromSavedFilter(null)).toEqual(emptyFilterForm());
  });
});

describe('searchKind', () => {
  it('tells a case number, a phone and an ID number from a fragment', () => {
    expect(searchKind('c-2026-000123')).toBe('reference');
    expect(searchKind('138 1234 5678')).toBe('phone');
    expect(searchKind('11010519491231002x')).toBe('idNumber');
    expect(searchKind('1381234')).toBe('invalid');
    expect(searchKind('  ')).toBe('empty');
  });
});
