import { describe, expect, it } from 'vitest';
import { FLOW_TEMPLATES, validateDefinition } from '../../src/index';
import type { FlowDefinition, WaitStep } from '../../src/index';

const seed = (key: string): FlowDefinition => {
  const found = FLOW_TEMPLATES.find((t) => t.key === key);
  if (!found) throw new Error(`no seed ${key}`);
  return JSON.parse(JSON.stringify(found)) as FlowDefinition;
};

const withFollowUp = (flow: FlowDefinition, stepKey: string, followUp: unknown): FlowDefinition => ({
  ...flow,
  steps: flow.steps.map((s) => (s.key === stepKey ? ({ ...s, followUp } as unknown as WaitStep) : s)),
});

describe('wait step followUp marker', () => {
  it('marks the return visits of the seeds (002 and the satisfaction follow-up)', () => {
    const marked = (key: string) =>
      seed(key)
        .steps.filter((s): s is WaitStep => s.kind === 'wait' && s.followUp !== undefined)
        .map((s) => [s.key, s.followUp]);
    expect(marked('cmbc-negotiation-mechanism')).toEqual([['return-visit-due', 'returnVisit']]);
    expect(marked('satisfaction-follow-up')).toEqual([['wait-a-week', 'returnVisit']]);
  });

  it('accepts followUp and returnVisit, refuses anything else with its path', () => {
    const flow = seed('satisfaction-follow-up');
    expect(validateDefinition(withFollowUp(flow, 'wait-a-week', 'followUp')).ok).toBe(true);
    expect(validateDefinition(withFollowUp(flow, 'wait-a-week', 'returnVisit')).ok).toBe(true);
    const bad = validateDefinition(withFollowUp(flow, 'wait-a-week', 'visit'));
    expect(bad.ok).toBe(false);
    expect(bad.problems.filter((p) => p.code === 'INVALID_FOLLOW_UP')).toEqual([
      expect.objectContaining({ severity: 'error', path: expect.stringContaining('followUp') }),
    ]);
  });
});
