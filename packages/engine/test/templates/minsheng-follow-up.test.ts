import { describe, expect, it } from 'vitest';
import { FLOW_TEMPLATES, createSimulatedClock, replay, simulate, type Command } from '../../src/index';
import { actors } from '../support/harness';
import { minshengScript } from '../support/minsheng-script';
import { hourly } from './script-helpers';

/** Seed 000 step 7: periodic follow-up — while the agent reports a problem, another follow-up is scheduled. */
describe('Minsheng periodic follow-up', () => {
  const template = FLOW_TEMPLATES.find((t) => t.key === 'minsheng-e-negotiation');
  if (!template) throw new Error('template missing');
  const followUp = (status: string): Command => ({
    type: 'submitStep',
    stepKey: 'follow-up',
    actor: actors.agent,
    data: { followUpStatus: status },
  });
  const untilSigned = minshengScript('ms-fu').slice(0, -1);

  it('schedules the next follow-up 30 days after a problem is reported, and ends when on track', () => {
    const script = {
      steps: [
        ...hourly(untilSigned).steps,
        { after: 'PT1H', command: followUp('problem') },
        { after: 'P29D' },
        { after: 'P2D', command: followUp('on-track') },
      ],
    };
    const result = simulate(template, script, createSimulatedClock('2026-03-02T01:00:00Z'));
    expect(result.refusals).toEqual([]);
    expect(result.reachedEnd).toBe(true);
    const types = result.events.map((e) => e.type);
    const waits = result.events.filter((e) => e.type === 'timerScheduled' || e.type === 'timerFired').length;
    expect(waits).toBeGreaterThanOrEqual(2);
    expect(types.filter((t) => t === 'stepCompleted').length).toBeGreaterThan(0);
    expect(result.state?.status).toBe('completed');
    expect(replay(template, result.events)).toEqual(result.state);
  });

  it('keeps the follow-up closed until the 30 days have passed', () => {
    const script = {
      steps: [
        ...hourly(untilSigned).steps,
        { after: 'PT1H', command: followUp('problem') },
        { after: 'P29D', command: followUp('on-track'), expectRefusal: 'STEP_NOT_ACTIVE' as const },
      ],
    };
    const result = simulate(template, script, createSimulatedClock('2026-03-02T01:00:00Z'));
    expect(result.surprises).toEqual([]);
    expect(result.reachedEnd).toBe(false);
    expect(result.state?.tokens.map((t) => t.stepKey)).toEqual(['next-follow-up']);
  });
});
