import {
  complaintClock,
  createChinaBusinessCalendar,
  execute,
  findTemplate,
  type CaseState,
  type FlowDefinition,
} from '@parley/engine';
import { describe, expect, it } from 'vitest';
import { caseSla } from './case-sla';

const DAY = 86_400_000;
const START = '2026-03-02T01:00:00.000Z';
const complaint = findTemplate('complaint-handling') as FlowDefinition;
/** The same SLA rule without the regulatory complaint clock: calendar days are plain 24-hour spans. */
const plain: FlowDefinition = { ...complaint, sla: { rules: complaint.sla!.rules } };

function started(definition: FlowDefinition = complaint, start: string = START): CaseState {
  const result = execute(
    definition,
    null,
    { type: 'start', caseId: 'c-1', actor: { kind: 'system', id: 'system:test' } },
    {
      now: () => start,
      newId: (() => {
        let n = 0;
        return () => `id-${++n}`;
      })(),
    },
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.state;
}

const points = (definition: FlowDefinition, state: CaseState) => {
  const sla = caseSla(definition, state, undefined);
  if (!sla?.ok) throw new Error('no SLA');
  return sla.plan.next.map((p) => [p.point, (p.at.getTime() - Date.parse(START)) / DAY]);
};

describe('caseSla: the next SLA points of a case', () => {
  it('times the next warning and the breach (15 calendar days, warnings at 50 % and 80 %)', () => {
    expect(points(plain, started(plain))).toEqual([
      ['warning-0', 7.5],
      ['breach-0', 15],
    ]);
  });

  it('after both warnings and two breach notices, only escalation 2 (one day apart)', () => {
    const s = started(plain);
    const state = { ...s, clock: { ...s.clock, slaWarnings: 2, slaBreaches: 2 } };
    expect(points(plain, state)).toEqual([['breach-2', 17]]);
  });

  it('stops at maxEscalations', () => {
    const limited: FlowDefinition = {
      ...plain,
      sla: {
        rules: plain.sla!.rules.map((r) => ({
          ...r,
          policy: {
            ...r.policy,
            escalation: { every: { amount: 1, unit: 'calendarDays' }, maxEscalations: 1 },
          },
        })),
      },
    };
    const s = started(limited);
    expect(points(limited, { ...s, clock: { ...s.clock, slaWarnings: 2, slaBreaches: 1 } })).toEqual([
      ['breach-1', 16],
    ]);
    expect(points(limited, { ...s, clock: { ...s.clock, slaWarnings: 2, slaBreaches: 2 } })).toEqual([]);
  });

  it('times nothing while paused; a closed pause moves every point', () => {
    const s = started(plain);
    const paused = { ...s, clock: { ...s.clock, manualPause: true, pausedSince: START } };
    const sla = caseSla(plain, paused, undefined, new Date(Date.parse(START) + DAY));
    expect(sla?.ok && sla.plan.paused).toBe(true);
    expect(sla?.ok && sla.plan.next).toEqual([]);
    const resumed = {
      ...s,
      clock: {
        ...s.clock,
        pausedIntervals: [[START, new Date(Date.parse(START) + DAY).toISOString()] as const],
      },
    };
    expect(points(plain, resumed)).toEqual([
      ['warning-0', 8.5],
      ['breach-0', 16],
    ]);
  });

  it('nothing for a case that is over', () => {
    expect(caseSla(complaint, { ...started(), status: 'completed' }, undefined)).toBeNull();
  });
});

describe('caseSla on a complaint flow: Case.dueAt is the complaint clock deadline', () => {
  const calendar = createChinaBusinessCalendar();
  const due = (received: string, extensions = 0) => {
    const s = started(complaint, received);
    const sla = caseSla(complaint, { ...s, facts: { ...s.facts, clockExtensions: extensions } }, undefined);
    if (!sla?.ok) throw new Error('no SLA');
    return sla.plan;
  };
  const clockDue = (received: string) => complaintClock(received, calendar).dueAt;

  it('ends at 24:00 Asia/Shanghai of the 15th day after receipt, not 15 × 24 h after it', () => {
    // Received Monday 2 March 2026, 09:00 in Shanghai: due Tuesday 17 March, 24:00 in Shanghai.
    const plan = due(START);
    expect(plan.evaluation.dueAt).toBe('2026-03-17T16:00:00.000Z');
    expect(plan.evaluation.dueAt).toBe(clockDue(START));
    // Warnings at 50 % and 80 % of that span; the breach notice at the deadline.
    expect(plan.next).toEqual([
      { point: 'warning-0', sla: 'warning', at: new Date(Date.parse(START) + 0.5 * (15.625 * DAY)) },
      { point: 'breach-0', sla: 'breach', at: new Date('2026-03-17T16:00:00.000Z') },
    ]);
  });

  it('counts from the Shanghai date of receipt around midnight', () => {
    const before = '2026-03-02T15:59:59.000Z'; // 23:59:59 on 2 March in Shanghai
    const after = '2026-03-02T16:00:00.000Z'; // 00:00 on 3 March in Shanghai
    expect(due(before).evaluation.dueAt).toBe('2026-03-17T16:00:00.000Z');
    expect(due(after).evaluation.dueAt).toBe('2026-03-18T16:00:00.000Z');
    for (const received of [before, after]) expect(due(received).evaluation.dueAt).toBe(clockDue(received));
  });

  it('moves past rest days as the clock does', () => {
    // Received Friday 6 March: the 15th day is Saturday 21 March, so the deadline is Monday 23 March.
    const received = '2026-03-06T02:00:00.000Z';
    expect(due(received).evaluation.dueAt).toBe('2026-03-23T16:00:00.000Z');
    expect(due(received).evaluation.dueAt).toBe(clockDue(received));
  });

  it('an extended complaint runs to the regulatory total (30, then 60 days), as the clock', () => {
    const once = complaintClock(START, calendar, [{ reason: '复杂', at: START }]);
    const twice = complaintClock(START, calendar, [
      { reason: '复杂', at: START },
      { reason: '特别复杂', approvedBy: '总行', at: START },
    ]);
    expect(due(START, 1).evaluation.dueAt).toBe(once.dueAt);
    expect(once.dueAt).toBe('2026-04-01T16:00:00.000Z');
    expect(due(START, 2).evaluation.dueAt).toBe(twice.dueAt);
  });
});
