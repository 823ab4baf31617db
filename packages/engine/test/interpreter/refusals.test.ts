import { describe, expect, it } from 'vitest';
import { REFUSAL_MESSAGES, execute, findTemplate } from '../../src/index';
import type { CaseState, Command, FlowDefinition, RefusalCode, Refusal } from '../../src/index';
import { actors, fakePorts, runOk } from '../support/harness';
import { MINSHENG_APPLICATION, MINSHENG_OFFER, minshengScript } from '../support/minsheng-script';
import { loopingFlow, reconfirmFlow } from './test-flows';

function template(key: string): FlowDefinition {
  const t = findTemplate(key);
  if (!t) throw new Error(`no template ${key}`);
  return t;
}

const minsheng = template('minsheng-e-negotiation');
/** The Minsheng case after the first `n` commands of the happy path. */
const minshengAfter = (n: number): CaseState => {
  const state = runOk(minsheng, minshengScript().slice(0, n)).state;
  if (!state) throw new Error('no state');
  return state;
};

function refusal(def: FlowDefinition, state: CaseState | null, command: Command, at?: string): Refusal {
  const result = execute(def, state, command, fakePorts(at));
  if (result.ok) throw new Error(`expected a refusal of ${command.type}`);
  return result.error;
}

/** One scenario per refusal code; the test below checks that none is missing. */
const scenarios: Record<RefusalCode, () => Refusal> = {
  CASE_NOT_STARTED: () =>
    refusal(minsheng, null, { type: 'escalate', actor: actors.supervisor, reason: 'x' }),
  CASE_ALREADY_STARTED: () =>
    refusal(minsheng, minshengAfter(1), { type: 'start', caseId: 'case-1', actor: actors.customer }),
  CASE_CLOSED: () => {
    const cancelled = runOk(minsheng, [
      ...minshengScript().slice(0, 2),
      { type: 'cancel', actor: actors.supervisor, reason: 'withdrawn' },
    ]).state;
    return refusal(minsheng, cancelled, { type: 'escalate', actor: actors.supervisor, reason: 'x' });
  },
  CASE_NOT_FINISHED: () => refusal(minsheng, minshengAfter(2), { type: 'close', actor: actors.supervisor }),
  DEFINITION_MISMATCH: () =>
    refusal(template('xw-bank-negotiation-policy'), minshengAfter(2), {
      type: 'escalate',
      actor: actors.supervisor,
      reason: 'x',
    }),
  UNKNOWN_STEP: () =>
    refusal(minsheng, minshengAfter(1), {
      type: 'submitStep',
      stepKey: 'no-such-step',
      actor: actors.agent,
      data: {},
    }),
  STEP_NOT_ACTIVE: () =>
    refusal(minsheng, minshengAfter(1), { type: 'approve', stepKey: 'review', actor: actors.reviewer }),
  COMMAND_NOT_APPLICABLE: () =>
    refusal(minsheng, minshengAfter(1), { type: 'approve', stepKey: 'apply', actor: actors.reviewer }),
  FORM_INVALID: () =>
    refusal(minsheng, minshengAfter(1), {
      type: 'submitStep',
      stepKey: 'apply',
      actor: actors.customer,
      data: { ...MINSHENG_APPLICATION, mobile: '12345', idNumber: '110105194912310021', amountOwedFen: 12.5 },
    }),
  GUARD_FAILED: () =>
    refusal(minsheng, minshengAfter(2), {
      type: 'approve',
      stepKey: 'review',
      actor: actors.reviewer,
      data: { identityVerified: 'no', requestReasonable: 'yes' },
    }),
  NOT_AUTHORISED: () =>
    refusal(minsheng, minshengAfter(2), {
      type: 'approve',
      stepKey: 'review',
      actor: actors.agent,
      data: { identityVerified: 'yes', requestReasonable: 'yes' },
    }),
  OFFER_INVALID: () =>
    refusal(minsheng, minshengAfter(4), {
      type: 'proposeOffer',
      stepKey: 'draft-plan',
      actor: actors.supervisor,
      offer: { ...MINSHENG_OFFER, termMonths: 72 },
    }),
  OFFER_NOT_ELIGIBLE: () => {
    const strict: FlowDefinition = {
      ...minsheng,
      offerPolicy: minsheng.offerPolicy && {
        ...minsheng.offerPolicy,
        eligibility: { '<=': [{ var: 'offer.forgivenPercent' }, 1] },
      },
    };
    const state = runOk(strict, minshengScript().slice(0, 4)).state;
    return refusal(strict, state, {
      type: 'proposeOffer',
      stepKey: 'draft-plan',
      actor: actors.agent,
      offer: MINSHENG_OFFER,
    });
  },
  OFFER_OUTSIDE_AUTHORITY: () =>
    refusal(minsheng, minshengAfter(4), {
      type: 'proposeOffer',
      stepKey: 'draft-plan',
      actor: actors.agent,
      // 20 % off for settling at once: beyond the agent's 10 %, within the supervisor's 30 %.
      offer: {
        kind: 'lumpSumSettlement',
        owed: MINSHENG_OFFER.owed,
        startDate: '2026-03-10',
        discount: { percent: '20' },
      },
    }),
  NO_OPEN_OFFER: () => {
    const def = reconfirmFlow();
    const state = runOk(def, [
      { type: 'start', caseId: 'r-1', actor: actors.agent },
      { type: 'proposeOffer', stepKey: 'plan', actor: actors.agent, offer: MINSHENG_OFFER },
      { type: 'customerCounter', stepKey: 'confirm', actor: actors.customer, comment: 'no' },
    ]).state;
    return refusal(def, state, { type: 'customerAccept', stepKey: 'confirm-again', actor: actors.customer });
  },
  CHANNEL_NOT_ALLOWED: () =>
    refusal(minsheng, minshengAfter(3), {
      type: 'logCommunication',
      stepKey: 'communicate',
      actor: actors.agent,
      channel: 'letter',
      contact: 'home',
      answered: true,
      summary: '-',
    }),
  CONTACT_NOT_ALLOWED: () => {
    const def = template('overdue-reminders');
    const collector = { kind: 'staff', id: 'col', roles: ['collector'] } as const;
    const state = runOk(def, [
      { type: 'start', caseId: 'od', actor: collector },
      {
        type: 'submitStep',
        stepKey: 'open',
        actor: collector,
        data: {
          debtorName: '孙八',
          debtorMobile: '13800138000',
          debtorIdNumber: '11010519491231002X',
          overdueAmountFen: 100,
          daysOverdue: 3,
        },
      },
    ]).state;
    // 23:30 in Beijing: inside the 22:00–08:00 quiet hours.
    return refusal(
      def,
      state,
      {
        type: 'logCommunication',
        stepKey: 'reminder-call',
        actor: collector,
        channel: 'phone',
        contact: '13800138000',
        answered: false,
        summary: '-',
      },
      '2026-03-02T15:30:00.000Z',
    );
  },
  CONSENT_INVALID: () =>
    refusal(minsheng, minshengAfter(2), {
      type: 'recordContactConsent',
      actor: actors.agent,
      grantedAt: '2026-03-02T12:00:00.000Z',
      expiresAt: '2026-03-01T12:00:00.000Z',
      evidence: 'recorded call',
    }),
  UNKNOWN_TIMER: () => refusal(minsheng, minshengAfter(2), { type: 'timerFired', timerId: 'nope' }),
  CLOCK_ALREADY_PAUSED: () => {
    const paused = runOk(minsheng, [
      ...minshengScript().slice(0, 2),
      { type: 'pauseClock', actor: actors.supervisor, reason: 'docs' },
    ]).state;
    return refusal(minsheng, paused, { type: 'pauseClock', actor: actors.supervisor, reason: 'again' });
  },
  CLOCK_NOT_PAUSED: () =>
    refusal(minsheng, minshengAfter(2), { type: 'resumeClock', actor: actors.supervisor }),
  EXTENSION_NOT_ALLOWED: () =>
    refusal(minsheng, minshengAfter(2), {
      type: 'extendDeadline',
      actor: actors.supervisor,
      reason: 'complex',
    }),
  LOOP_LIMIT: () => refusal(loopingFlow(), null, { type: 'start', caseId: 'loop', actor: actors.agent }),
};

describe('refusals', () => {
  it('has a scenario for every refusal code', () => {
    expect(Object.keys(scenarios).sort()).toEqual(Object.keys(REFUSAL_MESSAGES).sort());
  });

  it.each(Object.entries(scenarios))('%s', (code, scenario) => {
    const error = scenario();
    expect(error.code).toBe(code);
    expect(error.message.zh.length).toBeGreaterThan(0);
    expect(error.message.en.length).toBeGreaterThan(0);
  });

  it('FORM_INVALID names every bad field by path', () => {
    const error = scenarios.FORM_INVALID();
    expect(error.problems?.map((p) => `${p.code} ${p.path}`)).toEqual([
      'INVALID_PHONE data.mobile',
      'INVALID_PRC_ID data.idNumber',
      'NOT_FEN data.amountOwedFen',
    ]);
  });

  it('OFFER_OUTSIDE_AUTHORITY says who may approve', () => {
    expect(scenarios.OFFER_OUTSIDE_AUTHORITY().requiredRole).toBe('supervisor');
  });

  it('NOT_AUTHORISED names the role that would do', () => {
    expect(scenarios.NOT_AUTHORISED().requiredRole).toBe('reviewer');
  });

  it('CONTACT_NOT_ALLOWED says when the contact becomes possible', () => {
    expect(scenarios.CONTACT_NOT_ALLOWED().nextAllowedAt).toBe('2026-03-03T00:00:00.000Z');
  });
});
