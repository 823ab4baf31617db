import { describe, expect, it } from 'vitest';
import { findTemplate, type FlowDefinition } from '@parley/engine';
import {
  activationCount,
  activeStepActions,
  assigneeRoleOf,
  caseDataOf,
  durationParts,
  waitFiresAt,
  type TimelineEvent,
} from './step-actions';

const template = (key: string): FlowDefinition => {
  const t = findTemplate(key);
  if (!t) throw new Error(`no template ${key}`);
  return t;
};
const complaint = template('complaint-handling');
const csAgent = { roles: ['agent'], departments: ['CUSTOMER_SERVICE'] };
const productAgent = { roles: ['agent'], departments: ['PRODUCT'] };

describe('activeStepActions', () => {
  it('gives a form step its form, and lets the holder of its flow role act', () => {
    const [receive] = activeStepActions(complaint, ['receive'], csAgent);
    expect(receive?.kind).toBe('form');
    expect(receive?.form?.key).toBe('complaint');
    expect(receive?.role).toBe('service-dept');
    expect(receive?.canAct).toBe(true);
  });

  it('says who can when the viewer does not hold the role (department decides)', () => {
    const [receive] = activeStepActions(complaint, ['receive'], productAgent);
    expect(receive?.canAct).toBe(false);
    expect(receive?.roleName?.zh).toBe(complaint.roles.find((r) => r.key === 'service-dept')?.name.zh);
  });

  it('takes a rule-assigned step’s role from the activation event', () => {
    const events: TimelineEvent[] = [
      {
        type: 'stepActivated',
        at: '2026-03-02T01:00:00Z',
        data: { stepKey: 'handle', assigneeRole: 'product-dept' },
      },
    ];
    const [handle] = activeStepActions(complaint, ['handle'], csAgent, events);
    expect(handle?.role).toBe('product-dept');
    expect(handle?.canAct).toBe(false);
    expect(activeStepActions(complaint, ['handle'], productAgent, events)[0]?.canAct).toBe(true);
    // Without the event nobody is named, and any staff member may try (the server decides).
    expect(activeStepActions(complaint, ['handle'], csAgent)[0]?.role).toBeNull();
  });

  it('lets a supervisor act through role inheritance', () => {
    const [track] = activeStepActions(complaint, ['track'], { roles: ['supervisor'], departments: [] });
    expect(track?.canAct).toBe(true);
  });

  it('leaves plan steps to the offer builder and skips unknown keys', () => {
    const minsheng = template('minsheng-e-negotiation');
    const out = activeStepActions(minsheng, ['draft-plan', 'nope', 'confirm'], { roles: ['agent'] });
    expect(out.map((a) => a.key)).toEqual(['confirm']);
    expect(out[0]?.kind).toBe('confirmation');
  });

  it('describes reviews, communications, waits, customer steps and signatures', () => {
    const minsheng = template('minsheng-e-negotiation');
    const [review, communicate, apply, sign, wait] = activeStepActions(
      minsheng,
      ['review', 'communicate', 'apply', 'sign', 'next-follow-up'],
      { roles: ['agent'] },
    );
    expect(review).toMatchObject({ kind: 'review', role: 'reviewer', canAct: false });
    expect(communicate).toMatchObject({
      kind: 'communication',
      canAct: true,
      channels: ['video', 'phone', 'chat'],
    });
    expect(apply).toMatchObject({ kind: 'form', customerStep: true, canAct: true });
    expect(sign).toMatchObject({ stepKind: 'signature', canAct: false, customerStep: true });
    expect(wait).toMatchObject({ kind: 'wait', duration: 'P30D', canAct: false });
    const cmbc = template('cmbc-negotiation-mechanism');
    // A return-visit survey: staff may record the customer's answers.
    expect(activeStepActions(cmbc, ['return-visit'], { roles: ['agent'] })[0]).toMatchObject({
      kind: 'form',
      customerStep: true,
      canAct: true,
    });
    const overdue = template('overdue-reminders');
    expect(activeStepActions(overdue, ['reminder-call'], { roles: ['agent'] })[0]?.contactGuard).toBe(true);
  });

  it('lists a decision’s branches with their targets', () => {
    const [decision] = activeStepActions(complaint, ['feedback-method'], csAgent);
    expect(decision?.kind).toBe('decision');
    expect(decision?.branches.map((b) => b.to).sort()).toEqual(['phone-feedback', 'written-feedback']);
  });
});

describe('timers and activations', () => {
  const events: TimelineEvent[] = [
    {
      type: 'stepActivated',
      at: '2026-03-02T01:00:00Z',
      data: { stepKey: 'retry-later', assigneeRole: null },
    },
    {
      type: 'timerScheduled',
      at: '2026-03-02T01:00:00Z',
      data: { stepKey: 'retry-later', after: 'PT2H', timerId: 't1' },
    },
    {
      type: 'stepActivated',
      at: '2026-03-02T05:00:00Z',
      data: { stepKey: 'retry-later', assigneeRole: null },
    },
    {
      type: 'timerScheduled',
      at: '2026-03-02T05:00:00Z',
      data: { stepKey: 'retry-later', after: 'PT2H', timerId: 't2' },
    },
  ];
  it('a wait fires at its last scheduling plus the duration', () => {
    expect(waitFiresAt(events, 'retry-later')).toBe('2026-03-02T07:00:00.000Z');
    expect(waitFiresAt(events, 'other')).toBeNull();
  });
  it('counts how often a step was entered', () => {
    expect(activationCount(events, 'retry-later')).toBe(2);
    expect(assigneeRoleOf(events, 'retry-later')).toBeNull();
  });
  it('reads durations in days, hours and minutes', () => {
    expect(durationParts('P3D')).toEqual({ days: 3, hours: 0, minutes: 0 });
    expect(durationParts('P1W')).toEqual({ days: 7, hours: 0, minutes: 0 });
    expect(durationParts('PT2H30M')).toEqual({ days: 0, hours: 2, minutes: 30 });
    expect(durationParts('P1M')).toBeNull();
  });
});

describe('caseDataOf', () => {
  it('folds the start data and each completed step’s values, dropping cleared fields', () => {
    const events: TimelineEvent[] = [
      { type: 'caseStarted', at: '2026-03-02T01:00:00Z', data: { data: { channel: 'app' } } },
      {
        type: 'stepCompleted',
        at: '2026-03-02T02:00:00Z',
        data: { data: { requestedService: 'loan', note: 'a' } },
      },
      { type: 'commentAdded', at: '2026-03-02T02:30:00Z', data: { data: { ignored: true } } },
      {
        type: 'stepCompleted',
        at: '2026-03-02T03:00:00Z',
        data: { data: { arrived: 'yes' }, cleared: ['note'] },
      },
    ];
    expect(caseDataOf(events)).toEqual({ channel: 'app', requestedService: 'loan', arrived: 'yes' });
  });
});
