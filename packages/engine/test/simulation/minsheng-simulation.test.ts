import { describe, expect, it } from 'vitest';
import minsheng from '../../templates/minsheng-e-negotiation.template.json';
import { createSimulatedClock, parseFlowDefinition, simulate } from '../../src/index';
import type { ScriptStep } from '../../src/index';
import { minshengScript } from '../support/minsheng-script';

const definition = parseFlowDefinition(minsheng);

describe('simulate (Minsheng)', () => {
  it('reaches the end within the SLA when every step is prompt', () => {
    const steps: ScriptStep[] = minshengScript().map((command) => ({ after: 'PT1H', command }));
    const result = simulate(definition, { steps }, createSimulatedClock('2026-03-02T01:00:00Z'));
    expect(result.surprises).toEqual([]);
    expect(result.reachedEnd).toBe(true);
    expect(result.outcome).toBe('resolved');
    const [sla] = result.slaOutcomes;
    expect(sla && 'evaluation' in sla && sla.evaluation.breached).toBe(false);
  });

  it('fires the SLA warning and breach when the agent is slow, and the clock stops while the customer decides', () => {
    const script = minshengScript();
    const steps: ScriptStep[] = script.map((command, i) => ({ after: i === 3 ? 'P10D' : 'PT1H', command }));
    const result = simulate(definition, { steps }, createSimulatedClock('2026-03-02T01:00:00Z'));
    expect(result.reachedEnd).toBe(true);
    const types = result.events.map((e) => e.type);
    expect(types).toContain('slaWarned');
    expect(types).toContain('slaBreached');
    expect(types).toContain('clockPaused');
    expect(
      result.effects.some((e) => e.effect.type === 'notify' && e.effect.template === 'sla-breached'),
    ).toBe(true);
  });

  it('records an expected refusal without calling it a surprise', () => {
    const [start, apply] = minshengScript();
    const steps: ScriptStep[] = [
      { command: start },
      { command: apply },
      {
        command: {
          type: 'approve',
          stepKey: 'review',
          actor: { kind: 'staff', id: 'r', roles: ['reviewer'] },
          data: { identityVerified: 'no', requestReasonable: 'yes' },
        },
        expectRefusal: 'GUARD_FAILED',
      },
    ];
    const result = simulate(definition, { steps }, createSimulatedClock('2026-03-02T01:00:00Z'));
    expect(result.surprises).toEqual([]);
    expect(result.refusals.map((r) => r.error.code)).toEqual(['GUARD_FAILED']);
  });
});
