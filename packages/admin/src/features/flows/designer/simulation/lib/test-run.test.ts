import { describe, expect, it } from 'vitest';
import { findTemplate, type FlowDefinition } from '@parley/engine';
import { availableActions, commandFor, formOf, sampleFormData, staffActor } from './available-commands';
import { eventLines, stepName } from './event-lines';
import { refusalLines, slaLines } from './run-summary';
import {
  DEFAULT_START_LOCAL,
  buildScript,
  isAdvanceDuration,
  runTestRun,
  shanghaiDate,
  shanghaiLocalToInstant,
  type RunAction,
  type TestRunSetup,
} from './test-run';

const minsheng = findTemplate('minsheng-e-negotiation')!;
const startAt = shanghaiLocalToInstant(DEFAULT_START_LOCAL)!;
const setup: TestRunSetup = { startAt, startData: {} };
const startDate = shanghaiDate(startAt);

/** The command of the action `kind` for `stepKey` available after `actions`, with its sample payload. */
function act(def: FlowDefinition, actions: RunAction[], id: string, reason = '测试'): RunAction {
  const run = runTestRun(def, setup, actions);
  if (!run.ok) throw new Error(run.message);
  const action = availableActions(def, run.result.state, startDate).find((a) => a.id === id);
  if (!action) throw new Error(`no action ${id}`);
  return { kind: 'command', command: commandFor(def, action, action.sample, reason) };
}

describe('start instant and durations', () => {
  it('reads a local time in Asia/Shanghai', () => {
    expect(startAt).toBe('2026-03-02T01:00:00.000Z');
    expect(shanghaiLocalToInstant('2026-03-02 09:00')).toBeNull();
    expect(shanghaiDate('2026-03-01T17:00:00.000Z')).toBe('2026-03-02');
  });
  it('accepts ISO durations only', () => {
    expect(isAdvanceDuration('P2D')).toBe(true);
    expect(isAdvanceDuration('pt4h')).toBe(true);
    expect(isAdvanceDuration('2D')).toBe(false);
    expect(isAdvanceDuration('P')).toBe(false);
  });
});

describe('the script', () => {
  it('starts as staff holding every role of the flow, then the user lines in order', () => {
    const script = buildScript(minsheng, { startAt, startData: { matter: 'x' } }, [
      { kind: 'advance', duration: 'P2D' },
    ]);
    expect(script.steps[0]?.command).toMatchObject({
      type: 'start',
      actor: { kind: 'staff', roles: ['agent', 'reviewer', 'supervisor'] },
      data: { matter: 'x' },
    });
    expect(script.steps[1]).toEqual({ after: 'P2D' });
  });
});

describe('stepping through the Minsheng flow', () => {
  it('offers the start form, then the review, and follows the path', () => {
    const first = runTestRun(minsheng, setup, []);
    expect(first.ok && first.path.active).toEqual(['apply']);
    const ids = first.ok ? availableActions(minsheng, first.result.state, startDate).map((a) => a.id) : [];
    expect(ids).toEqual(['apply:submitStep', 'escalate', 'pauseClock', 'cancel']);

    const submit = act(minsheng, [], 'apply:submitStep');
    const afterSubmit = runTestRun(minsheng, setup, [submit]);
    if (!afterSubmit.ok) throw new Error(afterSubmit.message);
    expect(afterSubmit.result.refusals).toEqual([]);
    expect(afterSubmit.path.active).toEqual(['review']);
    expect(
      availableActions(minsheng, afterSubmit.result.state, startDate)
        .filter((a) => a.stepKey)
        .map((a) => a.kind),
    ).toEqual(['approve', 'reject']);

    const reject = act(minsheng, [submit], 'review:reject');
    const rejected = runTestRun(minsheng, setup, [submit, reject]);
    if (!rejected.ok) throw new Error(rejected.message);
    expect(rejected.result.reachedEnd).toBe(true);
    expect(rejected.result.outcome).toBe('rejected');
    expect(rejected.path.visited).toEqual(['apply', 'review', 'notify-rejected', 'rejected']);
    expect(rejected.path.transitions).toEqual(['t-apply-review', 't-review-rejected', 't-rejected-end']);
    expect(availableActions(minsheng, rejected.result.state, startDate).map((a) => a.kind)).toEqual([
      'close',
    ]);
  });

  it('advancing time fires SLA warnings and breaches and reports the SLA state', () => {
    const submit = act(minsheng, [], 'apply:submitStep');
    const run = runTestRun(minsheng, setup, [submit, { kind: 'advance', duration: 'P10D' }]);
    if (!run.ok) throw new Error(run.message);
    expect(run.now).toBe('2026-03-12T01:00:00.000Z');
    const types = run.result.events.map((e) => e.type);
    expect(types).toContain('slaWarned');
    expect(types).toContain('slaBreached');
    const [sla] = slaLines(minsheng, run.result, 'en');
    expect(sla).toMatchObject({ state: 'breached', name: expect.stringContaining('5 working days') });
  });

  it('a refused command is listed with its line and localized message; the state does not move', () => {
    const wrong: RunAction = {
      kind: 'command',
      command: { type: 'approve', stepKey: 'review', actor: staffActor(minsheng) },
    };
    const run = runTestRun(minsheng, setup, [wrong]);
    if (!run.ok) throw new Error(run.message);
    const [refusal] = refusalLines(run.result, 'zh');
    expect(refusal).toMatchObject({ line: 1, command: 'approve', code: 'STEP_NOT_ACTIVE' });
    expect(refusal?.message).toContain('当前不在办理中');
    expect(run.path.active).toEqual(['apply']);
  });

  it('form data the form refuses comes back with each problem', () => {
    const bad: RunAction = {
      kind: 'command',
      command: { type: 'submitStep', stepKey: 'apply', actor: staffActor(minsheng), data: { mobile: '123' } },
    };
    const run = runTestRun(minsheng, setup, [bad]);
    if (!run.ok) throw new Error(run.message);
    const [refusal] = refusalLines(run.result, 'en');
    expect(refusal?.code).toBe('FORM_INVALID');
    expect(refusal?.details.some((d) => d.startsWith('data.mobile'))).toBe(true);
  });

  it('a document the engine cannot run gives a message instead of throwing', () => {
    // Every way out of the review leads to a step the document no longer has.
    const transitions = [
      ...minsheng.transitions.filter((t) => t.from !== 'review'),
      { key: 'x', from: 'review', to: 'gone' },
    ];
    const broken: FlowDefinition = { ...minsheng, transitions };
    const submit = act(broken, [], 'apply:submitStep');
    const reject = act(broken, [submit], 'review:reject');
    const run = runTestRun(broken, setup, [submit, reject]);
    expect(run.ok).toBe(false);
    expect(!run.ok && run.message).toContain('gone');
  });
});

describe('complaint flows', () => {
  it('run on the regulatory complaint clock, which the extension action moves from 15 to 30 days', () => {
    const complaint = findTemplate('complaint-handling')!;
    const first = runTestRun(complaint, setup, []);
    if (!first.ok) throw new Error(first.message);
    expect(first.result.complaintClock?.totalDays).toBe(15);
    const extend = act(complaint, [], 'extendDeadline', '需要调查');
    const extended = runTestRun(complaint, setup, [extend]);
    if (!extended.ok) throw new Error(extended.message);
    expect(extended.result.refusals).toEqual([]);
    expect(extended.result.complaintClock?.totalDays).toBe(30);
  });
});

describe('samples and event lines', () => {
  it('samples a value every field of the start form accepts', () => {
    const data = sampleFormData(formOf(minsheng, minsheng.steps[0]!), startDate);
    expect(data['matter']).toBeTypeOf('string');
    expect(data['amountOwedFen']).toBe(100_000);
    expect(data['attachments']).toBeUndefined();
  });

  it('names steps in the reader language and keys each event', () => {
    const run = runTestRun(minsheng, setup, []);
    if (!run.ok) throw new Error(run.message);
    const lines = eventLines(minsheng, run.result.events, 'zh');
    expect(lines[0]).toMatchObject({
      key: 'simulation.events.caseStarted',
      params: { step: stepName(minsheng, 'apply', 'zh') },
    });
    expect(lines.map((l) => l.type)).toContain('stepActivated');
    expect(stepName(minsheng, 'nope', 'en')).toBe('nope');
  });
});
