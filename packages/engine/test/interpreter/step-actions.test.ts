import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/flows/step-actions.flow-fixture.json';
import parallelReview from '../fixtures/flows/parallel-review.flow-fixture.json';
import { parseFlowDefinition, validateDefinition } from '../../src/index';
import type { FlowDefinition, StepDefinition } from '../../src/index';
import { runCommands } from '../support/harness';

const agent = { kind: 'staff', id: 'a1', roles: ['agent'] } as const;
const name = (key: string) => ({ zh: key, en: key });

/** The fixture's flow (form step → end `resolved`) with its steps and settings replaced. */
function flow(change: Partial<FlowDefinition>): FlowDefinition {
  return { ...parseFlowDefinition(fixture.definition), ...change };
}

const hook = (url: string) => ({ action: 'webhook', options: { url } });

describe('entry and exit actions of a step', () => {
  it('runs the entry actions after the kind’s own work', () => {
    const steps: StepDefinition[] = [
      {
        kind: 'survey',
        key: 'apply',
        name: name('survey'),
        survey: 'satisfaction',
        onEnterActions: [hook('https://crm.example.cn/a')],
      },
      { kind: 'end', key: 'done', name: name('done'), outcome: 'withdrawn' },
    ];
    const run = runCommands(flow({ steps }), [{ type: 'start', caseId: 'c-1', actor: agent }]);
    expect(run.effects.map((e) => e.effect.type)).toEqual(['send-survey', 'webhook']);
  });

  it('runs entry then exit actions on a decision step, which it passes through', () => {
    const steps: StepDefinition[] = [
      { kind: 'decision', key: 'apply', name: name('route'), onEnterActions: [hook('https://x.cn/in')] },
      {
        kind: 'end',
        key: 'done',
        name: name('done'),
        outcome: 'withdrawn',
        onEnterActions: [hook('https://x.cn/end')],
      },
    ];
    const withExit = steps.map((s) =>
      s.key === 'apply' ? { ...s, onExitActions: [hook('https://x.cn/out')] } : s,
    );
    const run = runCommands(flow({ steps: withExit }), [{ type: 'start', caseId: 'c-1', actor: agent }]);
    expect(run.effects.map((e) => (e.effect.type === 'webhook' ? e.effect.url : e.effect.type))).toEqual([
      'https://x.cn/in',
      'https://x.cn/out',
      'https://x.cn/end',
    ]);
  });

  it('runs a join’s actions once, when the last branch arrives', () => {
    const def = parseFlowDefinition(parallelReview.definition);
    const steps = def.steps.map((st) =>
      st.key === 'join' ? { ...st, onEnterActions: [hook('https://x.cn/joined')] } : st,
    );
    const commands = parallelReview.commands as unknown as Parameters<typeof runCommands>[1];
    const joined = (n: number) =>
      runCommands({ ...def, steps }, commands.slice(0, n)).effects.filter(
        (e) => e.effect.type === 'webhook' && e.effect.url === 'https://x.cn/joined',
      ).length;
    expect(joined(commands.length - 1)).toBe(0);
    expect(joined(commands.length)).toBe(1);
  });

  it('issues no exit effect while the step is still open', () => {
    const run = runCommands(flow({}), [{ type: 'start', caseId: 'c-1', actor: agent }]);
    expect(run.effects.map((e) => e.effect.type === 'webhook' && e.effect.url)).toEqual([
      'https://crm.example.cn/hooks/enter',
    ]);
  });

  it('refuses an unknown action in validation, with the path of the call', () => {
    const [apply, done] = flow({}).steps as [StepDefinition, StepDefinition];
    const steps = [apply, { ...done, onEnterActions: [hook('https://x.cn/ok'), { action: 'fax' }] }];
    const result = validateDefinition(flow({ steps }));
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        code: 'UNKNOWN_ACTION',
        path: 'steps[1].onEnterActions[1].action',
        severity: 'error',
      }),
    );
    expect(result.problems.filter((p) => p.path.startsWith('steps[1].onEnterActions[0]'))).toEqual([]);
  });

  it('checks the options of an exit action with the action’s own check', () => {
    const [apply, done] = flow({}).steps as [StepDefinition, StepDefinition];
    const steps = [{ ...apply, onExitActions: [{ action: 'webhook', options: { url: 'http://x' } }] }, done];
    const paths = validateDefinition(flow({ steps })).problems.map((p) => p.path);
    expect(paths).toContain('steps[0].onExitActions[0].options.url');
  });
});

describe('survey per end outcome', () => {
  const submit = [
    { type: 'start', caseId: 'c-1', actor: agent },
    { type: 'submitStep', stepKey: 'apply', actor: agent, data: { amount: 5 } },
  ] as const;

  it('sends nothing at an end whose outcome is not listed', () => {
    const [apply, done] = flow({}).steps as [StepDefinition, StepDefinition];
    const steps = [
      { ...apply, onEnterActions: [], onExitActions: [] },
      { ...done, outcome: 'withdrawn' },
    ];
    const run = runCommands(flow({ steps: steps as StepDefinition[] }), submit);
    expect(run.effects).toEqual([]);
  });

  it('sends the survey listed for the outcome reached', () => {
    const run = runCommands(flow({ surveyByOutcome: { resolved: 'satisfaction' } }), submit);
    expect(run.effects.at(-1)?.effect).toEqual({
      type: 'send-survey',
      survey: 'satisfaction',
      stepKey: 'done',
    });
  });

  it('refuses a form key that is not in the flow, with the outcome in the path', () => {
    const result = validateDefinition(
      flow({ surveyByOutcome: { withdrawn: 'nope', resolved: 'satisfaction' } }),
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_FORM', path: 'surveyByOutcome.withdrawn', severity: 'error' }),
    ]);
  });
});
