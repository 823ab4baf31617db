import { describe, expect, it } from 'vitest';
import { execute, findTemplate } from '../../src/index';
import type { Actor, CaseState, Command, FlowDefinition } from '../../src/index';
import { actors, fakePorts, runOk } from '../support/harness';
import { minshengScript } from '../support/minsheng-script';

const template = (key: string): FlowDefinition => {
  const t = findTemplate(key);
  if (!t) throw new Error(key);
  return t;
};
const staff = (id: string, ...roles: string[]): Actor => ({ kind: 'staff', id, roles });

function ok(def: FlowDefinition, state: CaseState | null, command: Command, at?: string) {
  const result = execute(def, state, command, fakePorts(at));
  if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code}`);
  return result;
}

describe('complaint handling', () => {
  const def = template('complaint-handling');
  const service = staff('s', 'service-dept');
  const received = () =>
    runOk(def, [
      { type: 'start', caseId: 'c', actor: service },
      {
        type: 'submitStep',
        stepKey: 'receive',
        actor: service,
        data: {
          complaintChannel: 'phone',
          complainantName: '周九',
          complainantMobile: '13600001111',
          complaintText: '柜员态度差',
        },
      },
    ]).state;

  it.each([
    ['product', 'product-dept'],
    ['service', 'service-dept'],
    ['policy', 'policy-dept'],
    ['other', 'service-dept'],
  ])('routes a %s complaint to %s (assignment by rule)', (category, role) => {
    const classified = ok(def, received(), {
      type: 'submitStep',
      stepKey: 'classify',
      actor: service,
      data: { category, businessType: 'other', cause: 'service-quality', feedbackMethod: 'phone' },
    }).state;
    expect(classified.tokens[0]).toMatchObject({ stepKey: 'handle', assigneeRole: role });
  });

  it('lets only the routed department (or its head) handle it', () => {
    const classified = ok(def, received(), {
      type: 'submitStep',
      stepKey: 'classify',
      actor: service,
      data: { category: 'product', businessType: 'loans', cause: 'contract', feedbackMethod: 'phone' },
    }).state;
    const data = { confirmedProblem: 'x', rootCause: 'y', solution: 'z', implemented: 'yes' };
    const denied = execute(
      def,
      classified,
      { type: 'submitStep', stepKey: 'handle', actor: service, data },
      fakePorts(),
    );
    expect(denied.ok ? null : denied.error.code).toBe('NOT_AUTHORISED');
    expect(
      ok(def, classified, {
        type: 'submitStep',
        stepKey: 'handle',
        actor: staff('d', 'complaint-director'),
        data,
      }).state.tokens[0]?.stepKey,
    ).toBe('track');
  });

  it('extends the regulatory clock once on a reason, a second time only with the approval of the head of complaints', () => {
    const first = ok(def, received(), { type: 'extendDeadline', actor: service, reason: '需调取录音' });
    expect(first.state.facts.clockExtensions).toBe(1);
    expect(first.effects.map((e) => e.effect)).toEqual([
      {
        type: 'notify',
        channel: 'sms',
        recipient: 'customer',
        template: 'complaint-deadline-extended',
        data: { stage: 1, reason: '需调取录音' },
      },
    ]);
    const unapproved = execute(
      def,
      first.state,
      { type: 'extendDeadline', actor: service, reason: '涉及多部门' },
      fakePorts(),
    );
    expect(unapproved.ok ? null : unapproved.error.requiredRole).toBe('complaint-director');
    const second = ok(def, first.state, {
      type: 'extendDeadline',
      actor: service,
      reason: '涉及多部门',
      approvedBy: staff('d', 'complaint-director'),
    });
    expect(second.events[0]).toMatchObject({ type: 'deadlineExtended', stage: 2, approvedBy: 'd' });
    const third = execute(
      def,
      second.state,
      {
        type: 'extendDeadline',
        actor: service,
        reason: 'again',
        approvedBy: staff('d', 'complaint-director'),
      },
      fakePorts(),
    );
    expect(third.ok ? null : third.error.code).toBe('EXTENSION_NOT_ALLOWED');
  });
});

describe('clock, escalation, reassignment, cancellation', () => {
  const def = template('minsheng-e-negotiation');
  const atReview = () => runOk(def, minshengScript().slice(0, 2)).state;

  it('pauses and resumes the SLA clock by hand and while the customer decides, with effects for the host', () => {
    const paused = ok(def, atReview(), { type: 'pauseClock', actor: actors.supervisor, reason: '等待材料' });
    expect(paused.effects.map((e) => e.effect)).toEqual([{ type: 'sla-clock', action: 'pause' }]);
    const resumed = ok(
      def,
      paused.state,
      { type: 'resumeClock', actor: actors.supervisor },
      '2026-03-02T05:00:00.000Z',
    );
    expect(resumed.state.clock.pausedIntervals).toHaveLength(1);
    const atConfirm = runOk(def, minshengScript().slice(0, 5)).state;
    expect(atConfirm?.clock.stepPause).toBe(true);
  });

  it('escalates on request and on SLA breach, telling the escalation role', () => {
    const escalated = ok(def, atReview(), { type: 'escalate', actor: actors.agent, reason: '客户情绪激动' });
    expect(escalated.state.facts.escalationLevel).toBe(1);
    expect(escalated.effects[0]?.effect).toEqual({
      type: 'notify',
      channel: 'app',
      recipient: { role: 'supervisor' },
      template: 'case-escalated',
    });
    const breached = ok(def, escalated.state, { type: 'timerFired', timerId: 'sla-1', sla: 'breach' });
    expect(breached.state.facts.escalationLevel).toBe(2);
    expect(breached.state.clock.slaBreaches).toBe(1);
  });

  it('reassigns a waiting step to a colleague', () => {
    const reassigned = ok(def, atReview(), {
      type: 'reassign',
      stepKey: 'review',
      actor: actors.supervisor,
      assigneeId: 'u-other',
    });
    expect(reassigned.state.tokens[0]?.assigneeId).toBe('u-other');
  });

  it('selects the SLA by rule: large amounts get the priority clock', () => {
    const small = atReview();
    expect(small?.clock.slaRuleKey).toBe('minsheng-standard');
    const [start, apply] = minshengScript();
    if (!start || apply?.type !== 'submitStep') throw new Error('script');
    const large = runOk(def, [start, { ...apply, data: { ...apply.data, amountOwedFen: 20_000_000 } }]).state;
    expect(large?.clock.slaRuleKey).toBe('minsheng-priority');
  });

  it('cancels a case, stopping its clock; nothing but replay touches it afterwards', () => {
    const cancelled = ok(def, atReview(), { type: 'cancel', actor: actors.supervisor, reason: '客户撤回' });
    expect(cancelled.state.status).toBe('cancelled');
    expect(cancelled.effects.map((e) => e.effect)).toEqual([{ type: 'sla-clock', action: 'stop' }]);
  });

  it('closes a finished case for the archive', () => {
    const done = runOk(def, minshengScript()).state;
    const closed = ok(def, done, { type: 'close', actor: actors.supervisor, note: '归档' });
    expect(closed.state.status).toBe('closed');
  });

  it('records offers with their plan summary and marks the accepted one signed', () => {
    const done = runOk(def, minshengScript()).state;
    expect(done?.offers.map((o) => o.status)).toEqual(['superseded', 'signed']);
    expect(done?.offers[1]?.summary).toMatchObject({
      kind: 'equalInstalment',
      termMonths: 24,
      authorisedRole: 'agent',
    });
    expect(done?.facts.changeRequests).toBe(1);
    expect(done?.visits['draft-plan']).toBe(2);
  });
});

describe('linked cases and contact attempts', () => {
  const def = template('overdue-reminders');
  const collector = staff('col', 'collector');
  const opened = () =>
    runOk(def, [
      { type: 'start', caseId: 'od', actor: collector },
      {
        type: 'submitStep',
        stepKey: 'open',
        actor: collector,
        data: {
          debtorName: '孙八',
          debtorMobile: '13800138000',
          debtorIdNumber: '11010519491231002X',
          overdueAmountFen: 500,
          daysOverdue: 3,
        },
      },
    ]).state;

  it('stops a seventh unanswered call to the same number on the same day', () => {
    let state = opened();
    const call: Command = {
      type: 'logCommunication',
      stepKey: 'reminder-call',
      actor: collector,
      channel: 'phone',
      contact: '13800138000',
      answered: false,
      summary: '-',
    };
    for (let i = 0; i < 6; i++) {
      state = ok(def, state, call, `2026-03-02T0${2 + i}:00:00.000Z`).state;
      const timer = Object.keys(state.timers)[0];
      if (!timer) throw new Error('no retry timer');
      state = ok(def, state, { type: 'timerFired', timerId: timer }, `2026-03-02T0${2 + i}:30:00.000Z`).state;
    }
    const seventh = execute(def, state, call, fakePorts('2026-03-02T09:00:00.000Z'));
    expect(seventh.ok ? null : seventh.error.code).toBe('CONTACT_NOT_ALLOWED');
  });

  it('waits for a linked negotiation case and moves on when it closes', () => {
    let state = opened();
    const steps: Command[] = [
      {
        type: 'logCommunication',
        stepKey: 'reminder-call',
        actor: collector,
        channel: 'phone',
        contact: '13800138000',
        answered: true,
        summary: '承诺',
      },
      {
        type: 'submitStep',
        stepKey: 'promise',
        actor: collector,
        data: { promisedDate: '2026-03-05', promisedAmountFen: 500 },
      },
    ];
    for (const c of steps) state = ok(def, state, c).state;
    state = ok(def, state, { type: 'timerFired', timerId: Object.keys(state?.timers ?? {})[0] ?? '' }).state;
    const negotiating = ok(def, state, {
      type: 'submitStep',
      stepKey: 'check-payment',
      actor: collector,
      data: { paid: 'no' },
    });
    const linked = negotiating.effects.find((e) => e.effect.type === 'start-linked-case')?.effect;
    expect(linked).toMatchObject({
      type: 'start-linked-case',
      template: 'minsheng-e-negotiation',
      stepKey: 'negotiate',
    });
    const closed = ok(def, negotiating.state, {
      type: 'linkedCaseClosed',
      stepKey: 'negotiate',
      actor: actors.system,
      linkedCaseId: 'x',
      outcome: 'resolved',
    });
    expect(closed.state).toMatchObject({ status: 'completed', outcome: 'resolved' });
    expect(closed.state.facts.linkedOutcome).toBe('resolved');
  });
});

describe('case data', () => {
  it('drops the values of fields a resubmitted form now hides', () => {
    const def = template('minsheng-e-negotiation');
    const [start, apply] = minshengScript();
    if (!start || apply?.type !== 'submitStep') throw new Error('script');
    const overdue = runOk(def, [start, apply]).state;
    expect(overdue?.data).toHaveProperty('amountOwedFen');
    // A (hypothetical) loop back to the application: resubmitting as a wealth question hides the amount.
    const again = {
      ...def,
      transitions: [
        ...def.transitions.filter((t) => t.key !== 't-review-rejected'),
        { key: 'back', from: 'review', to: 'apply', on: 'rejected' },
      ],
    };
    const rejected = ok(again, overdue, {
      type: 'reject',
      stepKey: 'review',
      actor: actors.reviewer,
      reason: '请补充',
      data: { identityVerified: 'yes', requestReasonable: 'no' },
    }).state;
    const wealth = Object.fromEntries(
      Object.entries({ ...apply.data, matter: 'wealth' }).filter(
        ([k]) => k !== 'amountOwedFen' && k !== 'hardship',
      ),
    );
    const resubmitted = ok(again, rejected, { ...apply, data: wealth }).state;
    expect(resubmitted.data).not.toHaveProperty('amountOwedFen');
    expect(resubmitted.data).not.toHaveProperty('hardship');
    expect(resubmitted.clock.slaRuleKey).toBe('minsheng-standard');
  });
});
