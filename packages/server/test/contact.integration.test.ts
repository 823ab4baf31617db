/**
 * The contact-compliance guard over GraphQL: `contactCheck` answers without writing, `logCommunication`
 * is refused by the same guard, `Case.contactAttempts` shows masked contacts. Time is driven with the
 * runtime's injectable clock (`setCaseClock`), in Asia/Shanghai local time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCaseClock } from '../src/features/cases/runtime/case-runtime.service';
import { startHarness, type Harness } from './harness';
import { PHONE, code, ok, setUpCases, type Staff } from './cases-helpers';
import { negotiationInput, openCase, publishNegotiation } from './case-links-helpers';

const CHECK = `query($id: ID!, $contact: String!, $channel: String!) {
  contactCheck(caseId: $id, contact: $contact, channel: $channel) {
    allowed reason { zh en } unansweredToday dailyLimit nextAllowedAt } }`;
const CALL = `mutation($id: ID!, $contact: String!, $answered: Boolean!, $channel: String = "phone") {
  logCommunication(caseId: $id, stepKey: "call", channel: $channel, contact: $contact, answered: $answered, summary: "未接通") {
    events { type } } }`;
const ATTEMPTS = `query($id: ID!) { case(id: $id) { contactAttempts { channel contact answered summary at actor } } }`;
const OTHER = '13900001111';

interface Check {
  allowed: boolean;
  reason: { zh: string; en: string } | null;
  unansweredToday: number;
  dailyLimit: number;
  nextAllowedAt: string | null;
}

describe('contact compliance', () => {
  let h: Harness;
  let staff: Staff;
  let now = new Date('2026-03-02T10:00:00+08:00');
  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpCases(h);
    await publishNegotiation(h);
    setCaseClock(h.db.models, () => now);
  });
  afterAll(async () => {
    setCaseClock(h.db.models, null);
    await h?.close();
  });

  const check = async (id: string, contact: string, channel = 'phone') =>
    ok(await h.gql<{ contactCheck: Check }>(CHECK, { id, contact, channel }, { as: staff.agent }))
      .contactCheck;
  const call = (id: string, contact: string, answered = false) =>
    h.gql(CALL, { id, contact, answered }, { as: staff.agent });

  it('refuses the 7th unanswered attempt to one number in a local day, another number stays allowed', async () => {
    now = new Date('2026-03-02T10:00:00+08:00');
    const id = await openCase(h, negotiationInput(), staff.agent);
    expect(await check(id, PHONE)).toEqual({
      allowed: true,
      reason: null,
      unansweredToday: 0,
      dailyLimit: 6,
      nextAllowedAt: null,
    });
    for (let i = 0; i < 6; i++) {
      now = new Date(Date.parse('2026-03-02T10:00:00+08:00') + i * 600_000);
      ok(await call(id, PHONE));
    }
    now = new Date('2026-03-02T15:00:00+08:00');
    const before = await h.db.models.CaseEvent.countDocuments({}).exec();
    const refused = await check(id, PHONE);
    expect(refused).toMatchObject({ allowed: false, unansweredToday: 6, dailyLimit: 6 });
    expect(refused.reason?.en).toMatch(/6 unanswered attempts today/);
    // The next local day starts in quiet hours: 08:00 on 3 March, Shanghai time.
    expect(refused.nextAllowedAt).toBe('2026-03-03T00:00:00.000Z');
    const seventh = await call(id, PHONE);
    expect(code(seventh)).toBe('CONTACT_NOT_ALLOWED');
    expect(seventh.errors![0]!.extensions!['nextAllowedAt']).toBe('2026-03-03T00:00:00.000Z');
    expect(await h.db.models.CaseEvent.countDocuments({}).exec()).toBe(before);

    expect(await check(id, OTHER)).toMatchObject({ allowed: true, unansweredToday: 0 });
    ok(await call(id, OTHER));

    // The next local day (after quiet hours) the first number may be called again.
    now = new Date('2026-03-03T09:00:00+08:00');
    expect(await check(id, PHONE)).toMatchObject({ allowed: true, unansweredToday: 0 });

    const attempts = ok(
      await h.gql<{ case: { contactAttempts: { contact: string; answered: boolean; actor: string }[] } }>(
        ATTEMPTS,
        { id },
        { as: staff.agent },
      ),
    ).case.contactAttempts;
    expect(attempts).toHaveLength(7);
    expect(attempts.slice(0, 6).every((a) => a.contact === '138****5678' && !a.answered)).toBe(true);
    expect(attempts[6]!.contact).toBe('139****1111');
    expect(attempts[0]!.actor).toMatch(/^user:[0-9a-f]{24}$/);
    expect(JSON.stringify(attempts)).not.toContain(PHONE);
  });

  it('refuses contact during quiet hours 22:00–08:00 Asia/Shanghai', async () => {
    now = new Date('2026-03-05T21:59:00+08:00');
    const id = await openCase(h, negotiationInput(), staff.agent);
    expect((await check(id, PHONE)).allowed).toBe(true);
    now = new Date('2026-03-05T22:00:00+08:00');
    const late = await check(id, PHONE);
    expect(late).toMatchObject({
      allowed: false,
      unansweredToday: 0,
      nextAllowedAt: '2026-03-06T00:00:00.000Z',
    });
    expect(late.reason?.zh).toContain('22:00');
    expect(code(await call(id, PHONE))).toBe('CONTACT_NOT_ALLOWED');
    now = new Date('2026-03-06T07:59:00+08:00');
    expect((await check(id, PHONE)).allowed).toBe(false);
    now = new Date('2026-03-06T08:00:00+08:00');
    expect((await check(id, PHONE)).allowed).toBe(true);
    ok(await call(id, PHONE, true));
  });

  it('allows a night call within a recorded quiet-hours consent, and refuses a consent that ends before it starts', async () => {
    now = new Date('2026-03-07T21:00:00+08:00');
    const id = await openCase(h, negotiationInput(), staff.agent);
    const CONSENT = `mutation($id: ID!, $from: DateTime!, $until: DateTime, $evidence: String!) {
      recordContactConsent(caseId: $id, grantedAt: $from, expiresAt: $until, evidence: $evidence) { events { type data } } }`;
    const bad = await h.gql(
      CONSENT,
      { id, from: '2026-03-07T22:00:00+08:00', until: '2026-03-07T21:00:00+08:00', evidence: '录音 #7' },
      { as: staff.agent },
    );
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.['fieldPath']).toEqual(['expiresAt']);
    const recorded = ok(
      await h.gql<{ recordContactConsent: { events: { type: string }[] } }>(
        CONSENT,
        { id, from: '2026-03-07T21:00:00+08:00', until: '2026-03-08T00:00:00+08:00', evidence: '录音 #7' },
        { as: staff.agent },
      ),
    ).recordContactConsent;
    expect(recorded.events.map((e) => e.type)).toEqual(['contactConsentRecorded']);
    now = new Date('2026-03-07T23:00:00+08:00');
    expect((await check(id, PHONE)).allowed).toBe(true);
    ok(await call(id, PHONE));
    // After the consent ends, quiet hours apply again.
    now = new Date('2026-03-08T01:00:00+08:00');
    expect((await check(id, PHONE)).allowed).toBe(false);
    expect(code(await call(id, PHONE))).toBe('CONTACT_NOT_ALLOWED');
  });

  it('checks its input and the case visibility', async () => {
    now = new Date('2026-03-02T10:00:00+08:00');
    const id = await openCase(h, negotiationInput(), staff.agent);
    const bad = await h.gql(CHECK, { id, contact: PHONE, channel: 'pigeon' }, { as: staff.agent });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.fieldPath).toEqual(['channel']);
    expect(code(await h.gql(CHECK, { id, contact: ' ', channel: 'phone' }, { as: staff.agent }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await h.gql(CHECK, { id, contact: PHONE, channel: 'phone' }, { as: staff.otherDept }))).toBe(
      'NOT_FOUND',
    );
  });
});
