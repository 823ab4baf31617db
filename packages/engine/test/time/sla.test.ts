import { describe, expect, it } from 'vitest';
import {
  createChinaBusinessCalendar,
  evaluateSla,
  referencedCalendarIds,
  slaPausesFromStateHistory,
  validateSlaPolicy,
  type SlaPolicy,
} from '../../src/time/index';

const calendar = createChinaBusinessCalendar(); // id 'cn-mainland', 7.5 working hours a day

const sixteenHours: SlaPolicy = {
  id: 'review-16h',
  calendarId: 'cn-mainland',
  target: { amount: 16, unit: 'businessHours' },
  warnAtPercent: [80, 50],
  escalation: { every: { amount: 4, unit: 'businessHours' } },
  pauseInStates: ['waitingForCustomer'],
};

const monday = '2025-09-29T09:00:00+08:00';

describe('evaluateSla — business hours over the National Day holiday', () => {
  it('computes due, warnings and escalations (hand-counted)', () => {
    const result = evaluateSla(sixteenHours, calendar, {
      startedAt: monday,
      now: '2025-10-09T16:00:00+08:00',
    });
    // 29 Sep 7.5 h + 30 Sep 7.5 h = 15 h; Oct 1–8 off; 9 Oct 09:00 + 1 h → 10:00
    expect(result.dueAt).toBe('2025-10-09T02:00:00.000Z');
    expect(result.warnings).toEqual([
      { percent: 50, at: '2025-09-30T01:30:00.000Z', reached: true }, // 8 h: 30 Sep 09:30
      { percent: 80, at: '2025-09-30T07:18:00.000Z', reached: true }, // 12.8 h: 30 Sep 15:18
    ]);
    expect(result.breached).toBe(true);
    expect(result.state).toBe('breached');
    // every 4 h after 10:00 on 9 Oct: 15:00; the next falls on 10 Oct at 10:30
    expect(result.escalations).toEqual(['2025-10-09T07:00:00.000Z']);
    expect(result.nextEscalationAt).toBe('2025-10-10T02:30:00.000Z');
    // 21 h elapsed by 16:00 on 9 Oct
    expect(result.remaining).toEqual({ amount: -5, unit: 'businessHours', milliseconds: -18_000_000 });
  });

  it('is on track before the first warning', () => {
    const result = evaluateSla(sixteenHours, calendar, {
      startedAt: monday,
      now: '2025-09-29T15:00:00+08:00',
    });
    expect(result.state).toBe('onTrack');
    expect(result.percentElapsed).toBeCloseTo((5 / 16) * 100, 10);
    expect(result.escalations).toEqual([]);
    expect(result.nextEscalationAt).toBeUndefined();
  });

  it('stops the clock during a closed pause', () => {
    const result = evaluateSla(sixteenHours, calendar, {
      startedAt: monday,
      pauses: [{ from: '2025-09-30T12:00:00+08:00', to: '2025-10-09T13:00:00+08:00' }],
      now: '2025-10-09T14:00:00+08:00',
    });
    // 10.5 h before the pause; 5.5 h after: 9 Oct 13:00–17:30 (4.5 h) + 10 Oct 09:00–10:00
    expect(result.dueAt).toBe('2025-10-10T02:00:00.000Z');
    expect(result.paused).toBe(false);
    expect(result.breached).toBe(false);
  });

  it('projects an open pause as if the clock resumed now', () => {
    const result = evaluateSla(sixteenHours, calendar, {
      startedAt: monday,
      pauses: [{ from: '2025-09-30T12:00:00+08:00' }],
      now: '2025-10-09T10:00:00+08:00',
    });
    // 5.5 h left from 10:00 on 9 Oct: 10–12 (2 h) + 13:00–16:30
    expect(result.paused).toBe(true);
    expect(result.dueAt).toBe('2025-10-09T08:30:00.000Z');
    expect(result.state).toBe('warning');
    expect(result.remaining.amount).toBe(5.5);
  });
});

describe('evaluateSla — other units', () => {
  it('calendar days need no calendar', () => {
    const policy: SlaPolicy = { id: 'ack-3d', target: { amount: 3, unit: 'calendarDays' } };
    const result = evaluateSla(policy, undefined, {
      startedAt: '2025-09-30T10:00:00+08:00',
      now: '2025-10-01T10:00:00+08:00',
    });
    expect(result.dueAt).toBe('2025-10-03T02:00:00.000Z');
    expect(result.remaining.amount).toBe(2);
  });

  it('working days count whole working days, make-up Saturday included', () => {
    const policy: SlaPolicy = {
      id: 'wd-2',
      calendarId: 'cn-mainland',
      target: { amount: 2, unit: 'workingDays' },
    };
    const result = evaluateSla(policy, calendar, {
      startedAt: '2026-02-13T15:00:00+08:00',
      now: '2026-02-13T15:00:00+08:00',
    });
    // 13 Feb 15:00–24:00 (9 h) + 14 Feb (24 h) + 24 Feb 00:00–15:00 (15 h) = 48 h
    expect(result.dueAt).toBe('2026-02-24T07:00:00.000Z');
  });

  it('caps escalations at maxEscalations', () => {
    const policy: SlaPolicy = {
      id: 'cap',
      target: { amount: 1, unit: 'calendarDays' },
      escalation: { every: { amount: 1, unit: 'calendarDays' }, maxEscalations: 2 },
    };
    const result = evaluateSla(policy, undefined, {
      startedAt: '2025-01-01T00:00:00Z',
      now: '2025-01-10T00:00:00Z',
    });
    expect(result.escalations).toEqual(['2025-01-03T00:00:00.000Z', '2025-01-04T00:00:00.000Z']);
    expect(result.nextEscalationAt).toBeUndefined();
  });
});

describe('SLA policy data', () => {
  it('lists referenced calendars for the definition validator', () => {
    expect(referencedCalendarIds([sixteenHours, { ...sixteenHours, id: 'b', calendarId: 'hk' }])).toEqual([
      'cn-mainland',
      'hk',
    ]);
    expect(referencedCalendarIds({ id: 'x', target: { amount: 1, unit: 'calendarDays' } })).toEqual([]);
  });

  it('reports invalid policies with codes', () => {
    const problems = validateSlaPolicy({
      id: 'bad',
      target: { amount: 0, unit: 'businessHours' },
      warnAtPercent: [120],
    });
    expect(problems.map((p) => p.code)).toEqual([
      'SLA_DURATION_INVALID',
      'SLA_WARNING_PERCENT_INVALID',
      'SLA_CALENDAR_REQUIRED',
    ]);
    expect(() =>
      evaluateSla({ id: 'bad', target: { amount: 0, unit: 'calendarDays' } }, undefined, {
        startedAt: 0,
        now: 0,
      }),
    ).toThrow(/SLA_POLICY_INVALID/);
  });

  it('refuses a calendar other than the one the policy names', () => {
    const other = createChinaBusinessCalendar({ id: 'other' });
    expect(() => evaluateSla(sixteenHours, other, { startedAt: monday, now: monday })).toThrow(
      /CALENDAR_MISMATCH/,
    );
  });

  it('derives pauses from the state history', () => {
    expect(
      slaPausesFromStateHistory(sixteenHours, [
        { state: 'review', at: '2025-09-29T09:00:00+08:00' },
        { state: 'waitingForCustomer', at: '2025-09-29T10:00:00+08:00' },
        { state: 'review', at: '2025-09-29T11:00:00+08:00' },
        { state: 'waitingForCustomer', at: '2025-09-29T15:00:00+08:00' },
      ]),
    ).toEqual([
      { from: '2025-09-29T10:00:00+08:00', to: '2025-09-29T11:00:00+08:00' },
      { from: '2025-09-29T15:00:00+08:00' },
    ]);
  });
});
