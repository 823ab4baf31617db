import { execute, findTemplate, type CaseState, type FlowDefinition } from '@parley/engine';
import { describe, expect, it } from 'vitest';
import { caseSla } from './case-sla';

const DAY = 86_400_000;
const START = '2026-03-02T01:00:00.000Z';
const complaint = findTemplate('complaint-handling') as FlowDefinition;

function started(definition: FlowDefinition = complaint): CaseState {
  const result = execute(
    definition,
    null,
    { type: 'start', caseId: 'c-1', actor: { kind: 'system', id: 'system:test' } },
    {
      now: () => START,
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
    expect(points(complaint, started())).toEqual([
      ['warning-0', 7.5],
      ['breach-0', 15],
    ]);
  });

  it('after both warnings and two breach notices, only escalation 2 (one day apart)', () => {
    const s = started();
    const state = { ...s, clock: { ...s.clock, slaWarnings: 2, slaBreaches: 2 } };
    expect(points(complaint, state)).toEqual([['breach-2', 17]]);
  });

  it('stops at maxEscalations', () => {
    const limited: FlowDefinition = {
      ...complaint,
      sla: {
        ...complaint.sla!,
        rules: complaint.sla!.rules.map((r) => ({
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
    const s = started();
    const paused = { ...s, clock: { ...s.clock, manualPause: true, pausedSince: START } };
    const sla = caseSla(complaint, paused, undefined, new Date(Date.parse(START) + DAY));
    expect(sla?.ok && sla.plan.paused).toBe(true);
    expect(sla?.ok && sla.plan.next).toEqual([]);
    const resumed = {
      ...s,
      clock: {
        ...s.clock,
        pausedIntervals: [[START, new Date(Date.parse(START) + DAY).toISOString()] as const],
      },
    };
    expect(points(complaint, resumed)).toEqual([
      ['warning-0', 8.5],
      ['breach-0', 16],
    ]);
  });

  it('an extended complaint runs to the regulatory total (30, then 60 days)', () => {
    const s = started();
    const once = { ...s, facts: { ...s.facts, clockExtensions: 1 } };
    const twice = { ...s, facts: { ...s.facts, clockExtensions: 2 } };
    expect(points(complaint, once)).toEqual([
      ['warning-0', 15],
      ['breach-0', 30],
    ]);
    expect(points(complaint, twice).at(-1)).toEqual(['breach-0', 60]);
  });

  it('nothing for a case that is over', () => {
    expect(caseSla(complaint, { ...started(), status: 'completed' }, undefined)).toBeNull();
  });
});
