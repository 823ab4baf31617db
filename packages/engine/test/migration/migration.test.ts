import { describe, expect, it } from 'vitest';
import { execute, findTemplate, migrateState, planMigration, replay } from '../../src/index';
import type { CaseState, FlowDefinition } from '../../src/index';
import { actors, fakePorts, runOk } from '../support/harness';
import { minshengScript } from '../support/minsheng-script';

const v1 = findTemplate('minsheng-e-negotiation') as FlowDefinition;

/** Version 2: "communicate" becomes "talk" (chat dropped), and the hardship question is gone. */
const v2: FlowDefinition = {
  ...v1,
  version: 2,
  forms: v1.forms.map((f) =>
    f.key === 'application' ? { ...f, elements: f.elements.filter((e) => e.name !== 'hardship') } : f,
  ),
  steps: v1.steps.map((s) =>
    s.key === 'communicate' ? { ...s, key: 'talk', channels: ['video', 'phone'] as const } : s,
  ),
  transitions: v1.transitions.map((t) => ({
    ...t,
    from: t.from === 'communicate' ? 'talk' : t.from,
    to: t.to === 'communicate' ? 'talk' : t.to,
  })),
};

/** A v1 case waiting at the online communication step. */
const waitingToTalk = (): { state: CaseState; events: ReturnType<typeof runOk>['events'] } => {
  const run = runOk(v1, minshengScript().slice(0, 3));
  if (!run.state) throw new Error('no state');
  return { state: run.state, events: run.events };
};

describe('planMigration (dry run)', () => {
  it('reports where the case moves and which data goes', () => {
    const plan = planMigration(v1, v2, waitingToTalk().state, { communicate: 'talk' });
    expect(plan.ok).toBe(true);
    expect(plan.changes.map((c) => c.kind)).toEqual(['move-token', 'drop-field']);
    expect(plan.changes[0]?.message.en).toBe('Position "Online communication" → "Online communication"');
    expect(plan.changes[1]).toMatchObject({ kind: 'drop-field', field: 'hardship' });
  });

  it('blocks an unmapped step, a wrong source version and a target that does not wait', () => {
    const { state } = waitingToTalk();
    expect(planMigration(v1, v2, state, {}).problems.map((p) => p.code)).toEqual(['UNMAPPED_STEP']);
    expect(planMigration(v2, v2, state, { communicate: 'talk' }).problems.map((p) => p.code)).toContain(
      'WRONG_SOURCE',
    );
    expect(planMigration(v1, v2, state, { communicate: 'route-plan' }).problems.map((p) => p.code)).toEqual([
      'TARGET_NOT_WAITING',
    ]);
  });

  it('flags data that no longer fits its field', () => {
    const stricter: FlowDefinition = {
      ...v2,
      forms: v2.forms.map((f) =>
        f.key === 'application'
          ? {
              ...f,
              elements: f.elements.map((e) =>
                e.name === 'amountOwedFen' ? { ...e, type: 'money' as const, maxFen: 1000 } : e,
              ),
            }
          : f,
      ),
    };
    expect(
      planMigration(v1, stricter, waitingToTalk().state, { communicate: 'talk' }).problems.map((p) => p.code),
    ).toEqual(['INVALID_FIELD']);
  });
});

describe('migrateState', () => {
  it('moves the case as an event, and it carries on under the new version', () => {
    const { state, events } = waitingToTalk();
    const ports = fakePorts('2026-03-03T01:00:00.000Z');
    const migrated = migrateState(v1, v2, state, { communicate: 'talk' }, ports, actors.supervisor);
    if (!migrated.ok) throw new Error('migration refused');
    expect(migrated.state.definitionVersion).toBe(2);
    expect(migrated.state.tokens.map((t) => t.stepKey)).toEqual(['talk']);
    expect(migrated.state.data).not.toHaveProperty('hardship');
    expect(migrated.events[0]?.type).toBe('caseMigrated');
    expect(migrated.events[0]?.seq).toBe(state.seq + 1);

    const next = execute(
      v2,
      migrated.state,
      {
        type: 'logCommunication',
        stepKey: 'talk',
        actor: actors.agent,
        channel: 'phone',
        contact: '13800138000',
        answered: true,
        summary: '电话沟通',
      },
      ports,
    );
    if (!next.ok) throw new Error(next.error.code);
    expect(next.state.tokens.map((t) => t.stepKey)).toEqual(['draft-plan']);
    expect(replay(v2, [...events, ...migrated.events, ...next.events])).toEqual(next.state);
  });

  it('refuses with the plan when the plan has blocking problems', () => {
    const result = migrateState(v1, v2, waitingToTalk().state, {}, fakePorts(), actors.supervisor);
    expect(result.ok).toBe(false);
    expect(result.plan.problems.map((p) => p.code)).toEqual(['UNMAPPED_STEP']);
  });
});
