import { describe, expect, it } from 'vitest';
import {
  CN_COLLECTION_CONTACT_POLICY as policy,
  evaluateContactAttempt,
  type ContactAttemptRecord,
} from '../../src/finance/index';

const phone = '+86 138 0000 0000';
const call = (
  at: string,
  outcome: ContactAttemptRecord['outcome'] = 'unanswered',
  contact = phone,
): ContactAttemptRecord => ({
  at,
  contact,
  channel: 'phone',
  outcome,
});
// Six unanswered calls on Monday 3 March 2025 between 09:00 and 14:00 Shanghai time.
const sixUnanswered = ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00'].map((t) =>
  call(`2025-03-03T${t}:00+08:00`),
);

describe('quiet hours 22:00–08:00 (Asia/Shanghai)', () => {
  it.each([
    ['2025-03-03T21:59:59+08:00', true],
    ['2025-03-03T22:00:00+08:00', false],
    ['2025-03-04T07:59:00+08:00', false],
    ['2025-03-04T08:00:00+08:00', true],
    ['2025-03-03T13:59:00Z', true], // 21:59 in Shanghai
    ['2025-03-03T14:00:00Z', false], // 22:00 in Shanghai
  ])('contact at %s allowed: %s', (at, allowed) => {
    expect(evaluateContactAttempt(policy, [], { at, contact: phone, channel: 'phone' }).allowed).toBe(
      allowed,
    );
  });

  it('refuses with a code, a bilingual message and when to try again', () => {
    const decision = evaluateContactAttempt(policy, [], {
      at: '2025-03-03T22:30:00+08:00',
      contact: phone,
      channel: 'phone',
    });
    expect(decision).toMatchObject({
      allowed: false,
      code: 'CONTACT_QUIET_HOURS',
      nextAllowedAt: '2025-03-04T00:00:00.000Z', // 08:00 on 4 March in Shanghai
    });
    if (!decision.allowed) expect(decision.message.zh).toContain('22:00');
  });

  it('honours the customer’s consent while it is valid', () => {
    const consent = { grantedAt: '2025-03-03T18:00:00+08:00', expiresAt: '2025-03-04T00:00:00+08:00' };
    const late = { contact: phone, channel: 'phone', quietHoursConsent: consent };
    expect(evaluateContactAttempt(policy, [], { ...late, at: '2025-03-03T23:00:00+08:00' }).allowed).toBe(
      true,
    );
    expect(evaluateContactAttempt(policy, [], { ...late, at: '2025-03-04T00:30:00+08:00' }).allowed).toBe(
      false,
    );
  });
});

describe('at most 6 unanswered attempts per contact per local day', () => {
  it('refuses the 7th attempt after 6 unanswered ones and allows it the next local day', () => {
    const seventh = evaluateContactAttempt(policy, sixUnanswered, {
      at: '2025-03-03T15:00:00+08:00',
      contact: phone,
      channel: 'phone',
    });
    expect(seventh).toMatchObject({
      allowed: false,
      code: 'CONTACT_ATTEMPT_LIMIT',
      nextAllowedAt: '2025-03-04T00:00:00.000Z', // midnight resets the count, quiet hours last until 08:00
    });
    expect(
      evaluateContactAttempt(policy, sixUnanswered, {
        at: '2025-03-04T08:00:00+08:00',
        contact: phone,
        channel: 'phone',
      }).allowed,
    ).toBe(true);
  });

  it('allows the 6th, and does not count answered calls or other contacts', () => {
    const five = sixUnanswered.slice(0, 5);
    const at = '2025-03-03T15:00:00+08:00';
    expect(evaluateContactAttempt(policy, five, { at, contact: phone, channel: 'phone' }).allowed).toBe(true);
    const mixed = [
      ...five,
      call('2025-03-03T14:30:00+08:00', 'answered'),
      call('2025-03-03T14:40:00+08:00', 'unanswered', '+86 139 1111 1111'),
    ];
    expect(evaluateContactAttempt(policy, mixed, { at, contact: phone, channel: 'phone' }).allowed).toBe(
      true,
    );
  });

  it('counts by the Shanghai calendar day, not the UTC day', () => {
    // 00:30 on 4 March in Shanghai is still 3 March in UTC; the six calls of 3 March no longer count.
    const consent = { grantedAt: '2025-03-01T00:00:00Z' };
    const decision = evaluateContactAttempt(policy, sixUnanswered, {
      at: '2025-03-03T16:30:00Z',
      contact: phone,
      channel: 'phone',
      quietHoursConsent: consent,
    });
    expect(decision.allowed).toBe(true);
  });

  it('reports every refusal, quiet hours first', () => {
    const decision = evaluateContactAttempt(policy, sixUnanswered, {
      at: '2025-03-03T23:00:00+08:00',
      contact: phone,
      channel: 'phone',
    });
    expect(decision).toMatchObject({ allowed: false, code: 'CONTACT_QUIET_HOURS' });
    if (!decision.allowed)
      expect(decision.refusals.map((r) => r.code)).toEqual(['CONTACT_QUIET_HOURS', 'CONTACT_ATTEMPT_LIMIT']);
  });
});

describe('configurable policy', () => {
  it('supports a total daily cap and counted channels', () => {
    const strict = { ...policy, maxAttemptsPerContactPerDay: 2, countedChannels: ['phone'] };
    const history = [
      call('2025-03-03T09:00:00+08:00', 'answered'),
      { ...call('2025-03-03T09:30:00+08:00', 'delivered'), channel: 'sms' },
      call('2025-03-03T10:00:00+08:00', 'answered'),
    ];
    expect(
      evaluateContactAttempt(strict, history, {
        at: '2025-03-03T11:00:00+08:00',
        contact: phone,
        channel: 'phone',
      }),
    ).toMatchObject({
      allowed: false,
      code: 'CONTACT_DAILY_LIMIT',
    });
  });

  it('rejects a malformed policy with a code', () => {
    expect(() =>
      evaluateContactAttempt({ ...policy, quietHours: { start: '10pm', end: '08:00' } }, [], {
        at: 0,
        contact: phone,
        channel: 'phone',
      }),
    ).toThrow(/CONTACT_POLICY_INVALID/);
  });
});
