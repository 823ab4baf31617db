import { describe, expect, it } from 'vitest';
import {
  complaintClock,
  createChinaBusinessCalendar,
  extendComplaintClock,
  isComplaintClockOverdue,
  type ComplaintClockState,
} from '../../src/time/index';

const calendar = createChinaBusinessCalendar();

// Each expectation: receipt day not counted (民法典 Art. 201), day 15 = receipt + 15, moved to the next
// working day when it is a rest day (Art. 203), deadline 24:00 Shanghai time of that day.
describe('complaintClock — 15 days', () => {
  it.each([
    // received, receivedOn, periodLastDay, dueDate
    ['2025-03-03T10:00:00+08:00', '2025-03-03', '2025-03-18', '2025-03-18'], // a plain Tuesday
    ['2025-03-01T10:00:00+08:00', '2025-03-01', '2025-03-16', '2025-03-17'], // Sunday → Monday
    ['2025-09-16T10:00:00+08:00', '2025-09-16', '2025-10-01', '2025-10-09'], // 国庆 Oct 1–8 → 9 Oct
    ['2025-09-15T17:00:00Z', '2025-09-16', '2025-10-01', '2025-10-09'], // 01:00 on 16 Sep in Shanghai
    ['2026-02-01T09:00:00+08:00', '2026-02-01', '2026-02-16', '2026-02-24'], // 春节 Feb 15–23
    ['2026-01-30T09:00:00+08:00', '2026-01-30', '2026-02-14', '2026-02-14'], // make-up Saturday: not moved
  ])('received %s → due %s', (receivedAt, receivedOn, periodLastDay, dueDate) => {
    const state = complaintClock(receivedAt, calendar);
    expect(state).toMatchObject({ receivedOn, periodLastDay, dueDate, stage: 'standard', totalDays: 15 });
    expect(state.movedPastRestDays).toBe(periodLastDay !== dueDate);
    expect(state.nextAllowedExtension).toEqual({ stage: 'extended', totalDays: 30, requiresApproval: false });
  });

  it('ends at 24:00 local time, or at close of business if chosen', () => {
    expect(complaintClock('2025-09-16T10:00:00+08:00', calendar).dueAt).toBe('2025-10-09T16:00:00.000Z');
    expect(
      complaintClock('2025-09-16T10:00:00+08:00', calendar, [], { cutoff: 'closeOfBusiness' }).dueAt,
    ).toBe('2025-10-09T09:30:00.000Z');
  });

  it('is overdue from the deadline on', () => {
    const state = complaintClock('2025-09-16T10:00:00+08:00', calendar);
    expect(isComplaintClockOverdue(state, '2025-10-09T23:59:59+08:00')).toBe(false);
    expect(isComplaintClockOverdue(state, '2025-10-10T00:00:00+08:00')).toBe(true);
  });
});

describe('extendComplaintClock', () => {
  const received = '2026-01-30T09:00:00+08:00';
  const start = complaintClock(received, calendar);

  function extend(state: ComplaintClockState, reason: string, at: string, approvedBy?: string) {
    return extendComplaintClock(state, { reason, at, ...(approvedBy ? { approvedBy } : {}) }, calendar);
  }

  it('extends to 30 days and tells the customer', () => {
    const outcome = extend(start, '需调取录音核实', '2026-02-10T10:00:00+08:00');
    if (!outcome.ok) throw new Error(outcome.error.code);
    // 30 Jan + 30 = 1 Mar 2026, a Sunday → Monday 2 Mar
    expect(outcome.state).toMatchObject({ stage: 'extended', totalDays: 30, dueDate: '2026-03-02' });
    expect(outcome.state.extensions).toEqual([
      { stage: 'extended', totalDays: 30, reason: '需调取录音核实', at: '2026-02-10T02:00:00.000Z' },
    ]);
    expect(outcome.effects).toEqual([
      expect.objectContaining({
        type: 'notifyCustomer',
        topic: 'complaintClockExtended',
        previousDueAt: start.dueAt,
        dueDate: '2026-03-02',
      }),
    ]);
    expect(outcome.state.nextAllowedExtension).toEqual({
      stage: 'furtherExtended',
      totalDays: 60,
      requiresApproval: true,
    });
  });

  it('requires approval for the further 30 days, then allows no more', () => {
    const first = extend(start, 'complex', '2026-02-10T10:00:00+08:00');
    if (!first.ok) throw new Error(first.error.code);
    const unapproved = extend(first.state, 'very complex', '2026-02-20T10:00:00+08:00');
    expect(unapproved).toMatchObject({ ok: false, error: { code: 'APPROVAL_REQUIRED' } });

    const second = extend(first.state, 'very complex', '2026-02-20T10:00:00+08:00', 'head-office:li.wei');
    if (!second.ok) throw new Error(second.error.code);
    // 30 Jan + 60 = 31 Mar 2026, a Tuesday
    expect(second.state).toMatchObject({ stage: 'furtherExtended', totalDays: 60, dueDate: '2026-03-31' });
    expect(second.state.extensions[1]?.approvedBy).toBe('head-office:li.wei');
    expect(second.state.nextAllowedExtension).toBeNull();

    const third = extend(second.state, 'again', '2026-03-01T10:00:00+08:00', 'x');
    expect(third).toMatchObject({ ok: false, error: { code: 'EXTENSION_NOT_ALLOWED' } });
    if (!third.ok) expect(third.error.message.zh).toContain('60');
  });

  it('refuses an extension without a reason or after the deadline', () => {
    expect(extend(start, '  ', '2026-02-10T10:00:00+08:00')).toMatchObject({
      ok: false,
      error: { code: 'EXTENSION_REASON_REQUIRED' },
    });
    expect(extend(start, 'late', '2026-02-15T00:00:00+08:00')).toMatchObject({
      ok: false,
      error: { code: 'EXTENSION_AFTER_DEADLINE' },
    });
  });

  it('replays recorded extensions to the same state', () => {
    const first = extend(start, 'complex', '2026-02-10T10:00:00+08:00');
    if (!first.ok) throw new Error(first.error.code);
    const replayed = complaintClock(received, calendar, [
      { reason: 'complex', at: '2026-02-10T10:00:00+08:00' },
    ]);
    expect(replayed).toEqual(first.state);
    expect(() =>
      complaintClock(received, calendar, [
        { reason: 'a', at: '2026-02-10T10:00:00+08:00' },
        { reason: 'b', at: '2026-02-11T10:00:00+08:00' },
      ]),
    ).toThrow(/COMPLAINT_CLOCK_INVALID/);
  });

  it('refuses a different calendar than the clock was started on', () => {
    const other = createChinaBusinessCalendar({ id: 'other' });
    expect(() => extendComplaintClock(start, { reason: 'r', at: received }, other)).toThrow(
      /CALENDAR_MISMATCH/,
    );
  });
});
