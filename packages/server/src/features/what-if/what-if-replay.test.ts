import { describe, expect, it } from 'vitest';
import {
  createChinaBusinessCalendar,
  execute,
  findTemplate,
  type Actor,
  type CaseEvent,
  type CaseState,
  type Command,
  type FlowDefinition,
} from '@parley/engine';
import { commandOf, recordedCommands, stepsEntered, UnreadableLogError } from './recorded-commands';
import { whatIfCase } from './what-if-replay';

const published = findTemplate('complaint-handling')!;
const agent: Actor = { kind: 'staff', id: 'u1', roles: ['service-dept', 'product-dept', 'policy-dept'] };
const calendar = createChinaBusinessCalendar();
const calendars = () => calendar;

/** Runs commands as the runtime would and keeps each command's events as one batch (the log). */
function record(definition: FlowDefinition, script: { at: string; command: Command }[]): CaseEvent[][] {
  let state: CaseState | null = null;
  let ids = 0;
  const batches: CaseEvent[][] = [];
  for (const { at, command } of script) {
    const result = execute(definition, state, command, { now: () => at, newId: () => `rec-${++ids}` });
    if (!result.ok) throw new Error(`recording refused: ${result.error.code}`);
    state = result.state;
    batches.push([...result.events]);
  }
  return batches;
}

const submit = (stepKey: string, data: Record<string, unknown>): Command => ({
  type: 'submitStep',
  stepKey,
  actor: agent,
  data,
});

/** A phone complaint handled, tracked and followed up within two days. */
function phoneCase(): CaseEvent[][] {
  return record(published, [
    { at: '2026-03-02T01:00:00.000Z', command: { type: 'start', caseId: 'c1', actor: agent } },
    {
      at: '2026-03-02T01:10:00.000Z',
      command: submit('receive', {
        complaintChannel: 'phone',
        complainantName: '张三',
        complainantMobile: '13812345678',
        complaintText: '态度差',
      }),
    },
    {
      at: '2026-03-02T02:00:00.000Z',
      command: submit('classify', {
        category: 'service',
        businessType: 'cards',
        cause: 'service-quality',
        feedbackMethod: 'phone',
      }),
    },
    {
      at: '2026-03-03T02:00:00.000Z',
      command: submit('handle', {
        confirmedProblem: '属实',
        rootCause: '培训不足',
        solution: '道歉',
        implemented: 'yes',
      }),
    },
    { at: '2026-03-03T03:00:00.000Z', command: submit('track', { trackingStatus: 'resolved' }) },
    {
      at: '2026-03-03T04:00:00.000Z',
      command: {
        type: 'logCommunication',
        stepKey: 'phone-feedback',
        actor: agent,
        channel: 'phone',
        contact: '13812345678',
        answered: true,
        summary: '已回复',
      },
    },
  ]);
}

describe('recorded commands', () => {
  it('reads each batch back into the command that wrote it', () => {
    const commands = recordedCommands(phoneCase(), null);
    expect(commands.map((c) => c.command.type)).toEqual([
      'start',
      'submitStep',
      'submitStep',
      'submitStep',
      'submitStep',
      'logCommunication',
    ]);
    expect(commands[2]?.command).toMatchObject({ stepKey: 'classify', data: { feedbackMethod: 'phone' } });
    expect(commands[5]?.command).toMatchObject({ contact: '13812345678', answered: true });
    expect(commands[5]?.at).toBe('2026-03-03T04:00:00.000Z');
  });

  it('reads reviews with their note, SLA points as SLA timers, and refuses migrated logs', () => {
    const env = { caseId: 'c', seq: 3, at: '2026-03-02T00:00:00.000Z' };
    expect(
      commandOf(
        [
          {
            ...env,
            type: 'stepCompleted',
            stepKey: 'review',
            tokenId: 't',
            outcome: 'rejected',
            actor: agent,
            note: '不符',
          },
        ],
        null,
      ),
    ).toEqual({ type: 'reject', stepKey: 'review', actor: agent, reason: '不符' });
    expect(
      commandOf([{ ...env, type: 'slaBreached', ruleKey: 'r', escalationLevel: 1 }], null),
    ).toMatchObject({
      type: 'timerFired',
      sla: 'breach',
    });
    expect(() =>
      commandOf(
        [
          {
            ...env,
            type: 'caseMigrated',
            toKey: 'k',
            toVersion: 2,
            moves: [],
            droppedFields: [],
            cancelledTimers: [],
            actor: agent,
          },
        ],
        null,
      ),
    ).toThrow(UnreadableLogError);
  });

  it('lists the steps entered: the start step, then every transition target', () => {
    expect(stepsEntered(phoneCase().flat())).toEqual([
      'receive',
      'classify',
      'handle',
      'track',
      'feedback-method',
      'phone-feedback',
      'follow-up',
    ]);
  });
});

describe('what if the case had run on the draft', () => {
  it('the same definition: same path, no block, same SLA verdict', () => {
    const result = whatIfCase(published, published, phoneCase(), calendars);
    expect(result.divergence).toBeNull();
    expect(result.blocked).toBeNull();
    expect(result.draftPath).toEqual(result.recordedPath);
    expect(result.draftSla).toEqual(result.recordedSla);
    expect(result.recordedSla).toMatchObject({ ruleKey: 'complaint-15-days', breached: false });
  });

  it('a changed guard: the path parts at the decision, later commands are not counted as blocks', () => {
    const draft: FlowDefinition = {
      ...published,
      transitions: published.transitions.map((t) =>
        t.key === 't6' ? { ...t, guard: { '==': [{ var: 'data.feedbackMethod' }, 'phone'] } } : t,
      ),
    };
    const result = whatIfCase(published, draft, phoneCase(), calendars);
    expect(result.divergence).toEqual({
      index: 5,
      recordedStep: 'phone-feedback',
      draftStep: 'written-feedback',
    });
    expect(result.blocked).toBeNull();
  });

  it('a removed step: the command that led into it is blocked with the refusal', () => {
    const draft: FlowDefinition = {
      ...published,
      steps: published.steps.filter((s) => s.key !== 'handle'),
      transitions: published.transitions.filter((t) => t.from !== 'handle' && t.to !== 'handle'),
    };
    const result = whatIfCase(published, draft, phoneCase(), calendars);
    expect(result.blocked).toMatchObject({ index: 2, command: 'submitStep', stepKey: 'classify' });
    expect(result.blocked?.refusal.code).toBe('GUARD_FAILED');
    expect(result.divergence).toBeNull();
  });

  it('a shorter SLA target: the draft would breach where the case did not', () => {
    const rule = published.sla!.rules[0]!;
    const draft: FlowDefinition = {
      ...published,
      sla: {
        ...published.sla!,
        rules: [{ ...rule, policy: { ...rule.policy, target: { amount: 1, unit: 'calendarDays' } } }],
      },
    };
    const result = whatIfCase(published, draft, phoneCase(), calendars);
    expect(result.recordedSla.breached).toBe(false);
    expect(result.draftSla.breached).toBe(true);
    expect(result.draftSla.dueAt! < result.recordedSla.dueAt!).toBe(true);
  });
});
