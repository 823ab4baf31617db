import type { CaseEvent, FlowDefinition } from '@parley/engine';
import { describe, expect, it } from 'vitest';
import { automaticSteps } from './case-auto-assign';

const name = { zh: 's', en: 's' };

function flow(assign: Record<string, unknown>): FlowDefinition {
  return {
    schemaVersion: 1,
    key: 'f',
    version: 1,
    name,
    roles: [{ key: 'agent', name }],
    forms: [],
    start: 'a',
    steps: [
      { kind: 'form', key: 'a', name, form: 'x', assignTo: { role: 'agent' } },
      { kind: 'form', key: 'b', name, form: 'x', ...assign },
      { kind: 'form', key: 'c', name, form: 'x', assignTo: { role: 'agent', strategy: 'least-loaded' } },
      { kind: 'end', key: 'e', name, outcome: 'resolved' },
    ],
    transitions: [],
  } as unknown as FlowDefinition;
}

const activated = (...keys: string[]) =>
  keys.map((stepKey) => ({
    type: 'stepActivated',
    stepKey,
    tokenId: `t-${stepKey}`,
    assigneeRole: 'agent',
  })) as unknown as CaseEvent[];

describe('automaticSteps', () => {
  it('lists the activated steps with an automatic strategy, in activation order', () => {
    const def = flow({ assignTo: { role: 'agent', strategy: 'round-robin', department: 'POLICY' } });
    expect(automaticSteps(def, activated('c', 'a', 'b'))).toEqual([
      {
        stepKey: 'c',
        role: 'agent',
        strategy: 'least-loaded',
        department: null,
        holders: [{ roles: ['agent'] }],
      },
      {
        stepKey: 'b',
        role: 'agent',
        strategy: 'round-robin',
        department: 'POLICY',
        holders: [{ roles: ['agent'] }],
      },
    ]);
  });

  it('carries who holds the step’s role itself: by key and through holders, not through inheriting roles', () => {
    const def = {
      ...flow({ assignTo: { role: 'agent', strategy: 'round-robin' } }),
      roles: [
        { key: 'agent', name, holders: { roles: ['clerk'], departments: ['POLICY'] } },
        { key: 'lead', name, inherits: ['agent'], holders: { roles: ['supervisor'] } },
      ],
    } as FlowDefinition;
    expect(automaticSteps(def, activated('b'))[0]?.holders).toEqual([
      { roles: ['agent'] },
      { roles: ['clerk'], departments: ['POLICY'] },
    ]);
  });

  it('ignores manual, rule-based and unassigned steps, and events other than activations', () => {
    for (const assign of [
      {},
      { assignTo: { role: 'agent', strategy: 'manual' } },
      { assignTo: { rule: 'agent' } },
    ]) {
      const def = flow(assign);
      expect(automaticSteps(def, activated('a', 'b'))).toEqual([]);
      const completed = [{ type: 'stepCompleted', stepKey: 'c' }] as unknown as CaseEvent[];
      expect(automaticSteps(def, completed)).toEqual([]);
    }
  });
});
