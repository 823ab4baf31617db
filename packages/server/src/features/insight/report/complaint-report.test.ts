import { describe, expect, it } from 'vitest';
import { reportRows } from './complaint-report';

describe('complaint report rows', () => {
  const codes = new Map([
    ['c1', { businessType: '贷款', cause: '债务催收' }],
    ['c2', { businessType: '贷款', cause: '债务催收' }], // another category with the same codes
    ['c3', { businessType: '银行卡', cause: '' }],
  ]);

  it('sums the shares by channel × business type × cause, with outcomes and the on-time share', () => {
    const { rows, totals } = reportRows(
      [
        {
          channel: 'HOTLINE',
          category: 'c1',
          step: 'RESOLVED',
          c: { received: 2, closed: 2, closedOnTime: 1, late: 1 },
        },
        { channel: 'HOTLINE', category: 'c2', step: 'REJECTED', c: { received: 1, closed: 1, extended: 1 } },
        { channel: 'HOTLINE', category: 'c2', step: '', c: { received: 1, open: 1 } },
        { channel: 'APP', category: 'c3', step: '', c: { received: 1 } }, // cancelled
        { channel: 'APP', category: '', step: '', c: { received: 1, open: 1 } }, // uncategorised
        // A share moved away from this (channel, category) entirely: nets to zero, no row.
        { channel: 'BRANCH', category: 'c1', step: '', c: { received: 0, open: 0 } },
      ],
      codes,
    );
    expect(rows).toEqual([
      {
        channel: 'APP',
        businessType: '',
        cause: '',
        received: 1,
        closed: 0,
        closedOnTime: 0,
        extended: 0,
        late: 0,
        open: 1,
        onTimeShare: null,
        outcomes: [],
      },
      expect.objectContaining({ channel: 'APP', businessType: '银行卡', cause: '', received: 1, open: 0 }),
      {
        channel: 'HOTLINE',
        businessType: '贷款',
        cause: '债务催收',
        received: 4,
        closed: 3,
        closedOnTime: 1,
        extended: 1,
        late: 1,
        open: 1,
        onTimeShare: 2 / 3,
        outcomes: [
          { outcome: 'REJECTED', count: 1 },
          { outcome: 'RESOLVED', count: 2 },
        ],
      },
    ]);
    expect(totals).toMatchObject({
      channel: '',
      businessType: '',
      cause: '',
      received: 6,
      closed: 3,
      open: 2,
      onTimeShare: 2 / 3,
      outcomes: [
        { outcome: 'REJECTED', count: 1 },
        { outcome: 'RESOLVED', count: 2 },
      ],
    });
  });
});
