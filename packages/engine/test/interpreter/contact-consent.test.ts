import { describe, expect, it } from 'vitest';
import { execute, findTemplate, replay, type CaseState, type Command } from '../../src/index';
import { actors, fakePorts, runOk } from '../support/harness';

/** Quiet-hours consent: the contact guard allows a call at night only within a recorded consent. */
describe('quiet-hours contact consent', () => {
  const def = findTemplate('overdue-reminders');
  if (!def) throw new Error('template missing');
  const collector = { kind: 'staff', id: 'col', roles: ['collector'] } as const;
  const openedRun = () =>
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
          overdueAmountFen: 100,
          daysOverdue: 3,
        },
      },
    ]);
  const opened = (): CaseState => {
    const state = openedRun().state;
    if (!state) throw new Error('no state');
    return state;
  };
  const call: Command = {
    type: 'logCommunication',
    stepKey: 'reminder-call',
    actor: collector,
    channel: 'phone',
    contact: '13800138000',
    answered: false,
    summary: '-',
  };
  const consent = (grantedAt: string, expiresAt?: string): Command => ({
    type: 'recordContactConsent',
    actor: collector,
    grantedAt,
    ...(expiresAt ? { expiresAt } : {}),
    evidence: '客户来电同意晚间联系（录音 #123）',
  });
  // 23:30 in Beijing.
  const night = '2026-03-02T15:30:00.000Z';

  it('allows a night call within the consent, and records the consent as an event that replays', () => {
    const withConsent = execute(def, opened(), consent('2026-03-02T10:00:00.000Z'), fakePorts());
    if (!withConsent.ok) throw new Error(withConsent.error.code);
    expect(withConsent.events.map((e) => e.type)).toEqual(['contactConsentRecorded']);
    expect(withConsent.state.contactConsent).toEqual({
      grantedAt: '2026-03-02T10:00:00.000Z',
      expiresAt: null,
    });
    const log = [...openedRun().events, ...withConsent.events];
    expect(replay(def, log)).toEqual(withConsent.state);
    const called = execute(def, withConsent.state, call, fakePorts(night));
    expect(called.ok).toBe(true);
    // Without the consent the same call is refused.
    const refused = execute(def, opened(), call, fakePorts(night));
    expect(refused.ok ? null : refused.error.code).toBe('CONTACT_NOT_ALLOWED');
  });

  it('refuses the night call when the consent has expired or starts later', () => {
    const expired = execute(
      def,
      opened(),
      consent('2026-03-01T10:00:00.000Z', '2026-03-02T12:00:00.000Z'),
      fakePorts(),
    );
    if (!expired.ok) throw new Error(expired.error.code);
    const refused = execute(def, expired.state, call, fakePorts(night));
    expect(refused.ok ? null : refused.error.code).toBe('CONTACT_NOT_ALLOWED');

    const later = execute(def, opened(), consent('2026-03-03T00:00:00.000Z'), fakePorts());
    if (!later.ok) throw new Error(later.error.code);
    const tooEarly = execute(def, later.state, call, fakePorts(night));
    expect(tooEarly.ok ? null : tooEarly.error.code).toBe('CONTACT_NOT_ALLOWED');
  });

  it('is for staff to record', () => {
    const byCustomer = execute(
      def,
      opened(),
      { ...consent('2026-03-02T10:00:00.000Z'), actor: actors.customer } as Command,
      fakePorts(),
    );
    expect(byCustomer.ok ? null : byCustomer.error.code).toBe('NOT_AUTHORISED');
  });
});
