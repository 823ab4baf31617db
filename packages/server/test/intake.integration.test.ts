/**
 * Customer intake through a public link, against the real embedded database: staff with `flow.publish`
 * issue a link; a customer holding it sees the flow's first customer form and opens a case themselves,
 * validated before anything is written, the form submitted with the customer as the actor, once per
 * idempotency key, rate-limited per address.
 */
import { SignJWT } from 'jose';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/global-id';
import { issueIntakeLinkToken } from '../src/features/intake/intake-link';
import { INTAKE_RATE_LIMIT } from '../src/features/intake/intake.service';
import { startHarness, type Harness } from './harness';
import { CUSTOMER, code, ok } from './cases-helpers';

const PHONE_OTHER = '13900001234';
import { APPLICATION, setUpOffers, type OfferStaff } from './offers-helpers';
import { caseNow } from '../src/features/cases/runtime/case-runtime.service';

const ISSUE = `mutation($key: String!, $channel: Channel, $hours: Int, $dept: String) {
  issueIntakeLink(templateKey: $key, channel: $channel, expiresInHours: $hours, departmentCode: $dept) {
    url token linkId expiresAt } }`;
const FORM = `query($t: String!) { intakeForm(token: $t) {
  flowName { zh en } templateKey stepKey form surveyJson expiresAt } }`;
const SUBMIT = `mutation($t: String!, $c: CustomerInput!, $d: JSON!, $k: String!) {
  submitIntake(token: $t, customer: $c, data: $d, idempotencyKey: $k) {
    caseReference replayed followUpLink { url token linkId expiresAt } } }`;
const STAFF_CASE = `query($id: ID!) { case(id: $id) { id reference channel departmentCode activeSteps
  customer { name idNumber phone }
  events(first: 200) { edges { node { seq type actorKey data } } } } }`;

interface Receipt {
  caseReference: string;
  replayed: boolean;
  followUpLink: { url: string; token: string; linkId: string; expiresAt: string };
}
interface StaffCase {
  id: string;
  reference: string;
  channel: string;
  departmentCode: string | null;
  activeSteps: string[];
  customer: { name: string; idNumber: string; phone: string };
  events: {
    edges: { node: { seq: number; type: string; actorKey: string | null; data: Record<string, unknown> } }[];
  };
}

describe('customer intake', () => {
  let h: Harness;
  let staff: OfferStaff;
  let token: string;
  let addressCounter = 0;
  /** A fresh client address (TRUST_PROXY honours X-Forwarded-For), so tests do not share the rate limit. */
  const address = () => ({ 'x-forwarded-for': `203.0.113.${++addressCounter}` });
  const submit = (t: string, customer: unknown, data: unknown, key: string, ip = address()) =>
    h.gql<{ submitIntake: Receipt }>(SUBMIT, { t, c: customer, d: data, k: key }, { as: null, headers: ip });
  const caseCount = () => h.db.models.Case.countDocuments({}).exec();
  const staffCase = async (reference: string) => {
    const found = await h.db.models.Case.findOne({ reference }).lean().exec();
    expect(found).not.toBeNull();
    return ok(
      await h.gql<{ case: StaffCase }>(
        STAFF_CASE,
        { id: toGlobalId('Case', String(found!._id)) },
        { as: staff.agent },
      ),
    ).case;
  };

  beforeAll(async () => {
    h = await startHarness({ TRUST_PROXY: '1' });
    staff = await setUpOffers(h);
    token = ok(
      await h.gql<{ issueIntakeLink: { token: string; url: string } }>(ISSUE, {
        key: 'minsheng-e-negotiation',
        channel: 'APP',
        dept: 'CUSTOMER_SERVICE',
      }),
    ).issueIntakeLink.token;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('issues links to flow.publish holders only, recording the link id (never the token) in the audit log', async () => {
    const denied = await h.gql(ISSUE, { key: 'minsheng-e-negotiation' }, { as: staff.agent });
    expect(code(denied)).toBe('FORBIDDEN');
    const issued = ok(
      await h.gql<{ issueIntakeLink: { url: string; token: string; linkId: string; expiresAt: string } }>(
        ISSUE,
        {
          key: 'minsheng-e-negotiation',
          hours: 48,
        },
      ),
    ).issueIntakeLink;
    expect(issued.url).toBe(`/apply/${issued.token}`);
    const hours = (new Date(issued.expiresAt).getTime() - caseNow(h.db.models).getTime()) / 3_600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThanOrEqual(48);
    const audit = await h.db.models.ConfigAudit.find({ action: 'intake-link.issue' }).lean().exec();
    const entry = audit.find((a) => (a.details as Record<string, unknown>)['linkId'] === issued.linkId);
    expect(entry?.entityKey).toBe('minsheng-e-negotiation');
    expect(JSON.stringify(audit)).not.toContain(issued.token);
    expect(code(await h.gql(ISSUE, { key: 'no-such-flow' }))).toBe('NOT_FOUND');
    expect(code(await h.gql(ISSUE, { key: 'minsheng-e-negotiation', hours: 0 }))).toBe('BAD_USER_INPUT');
  });

  it("shows the flow's first customer form (Minsheng: apply) to anyone holding the link", async () => {
    const form = ok(
      await h.gql<{
        intakeForm: {
          stepKey: string;
          templateKey: string;
          form: { key: string };
          surveyJson: { pages: { elements: unknown[] }[] };
        };
      }>(FORM, { t: token }, { as: null }),
    ).intakeForm;
    expect(form.templateKey).toBe('minsheng-e-negotiation');
    expect(form.stepKey).toBe('apply');
    expect(form.form.key).toBe('application');
    const elements = form.surveyJson.pages[0]?.elements ?? [];
    expect(elements.length).toBeGreaterThan(5);
    expect(elements).toContainEqual(expect.objectContaining({ name: 'amountOwedFen' }));
  });

  it('opens the case as the customer, with the apply step completed by them and a working follow-up link', async () => {
    const before = await caseCount();
    const receipt = ok(await submit(token, CUSTOMER, APPLICATION, 'intake-happy-1')).submitIntake;
    expect(receipt.replayed).toBe(false);
    expect(receipt.caseReference).toMatch(/^C-\d{4}-\d+$/);
    expect(await caseCount()).toBe(before + 1);

    const c = await staffCase(receipt.caseReference);
    expect(c.channel).toBe('APP');
    // The link's department receives the case: it is in that department's lists.
    expect(c.departmentCode).toBe('CUSTOMER_SERVICE');
    expect(c.activeSteps).toEqual(['review']);
    // Staff see the customer masked.
    expect(c.customer.name).not.toBe(CUSTOMER.name);
    expect(c.customer.idNumber).not.toBe(CUSTOMER.idNumber);
    expect(c.customer.idNumber).toContain('*');
    const events = c.events.edges.map((e) => e.node);
    const actor = `customer:${receipt.followUpLink.linkId}`;
    expect(events.find((e) => e.type === 'caseOpened')?.actorKey).toBe(actor);
    const applied = events.find((e) => e.type === 'stepCompleted' && e.data['stepKey'] === 'apply');
    expect(applied?.actorKey).toBe(actor);
    expect(events.find((e) => e.type === 'customerLinkIssued')?.data['linkId']).toBe(
      receipt.followUpLink.linkId,
    );

    // The follow-up link is a customer link for this case.
    expect(receipt.followUpLink.url).toBe(`/c/${receipt.followUpLink.token}`);
    const days =
      (new Date(receipt.followUpLink.expiresAt).getTime() - caseNow(h.db.models).getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    const view = ok(
      await h.gql<{ customerView: { caseReference: string } }>(
        `query($t: String!) { customerView(token: $t) { caseReference } }`,
        { t: receipt.followUpLink.token },
        { as: null },
      ),
    ).customerView;
    expect(view.caseReference).toBe(receipt.caseReference);
  });

  it('refuses invalid answers with FORM_INVALID and field paths under data, writing no case', async () => {
    const before = await caseCount();
    const res = await submit(
      token,
      CUSTOMER,
      { ...APPLICATION, mobile: '123', description: undefined, amountOwedFen: undefined },
      'intake-invalid-1',
    );
    expect(code(res)).toBe('FORM_INVALID');
    const problems = (res.errors?.[0]?.extensions?.['problems'] ?? []) as { fieldPath: string[] }[];
    const paths = problems.map((p) => p.fieldPath.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['data.mobile', 'data.description', 'data.amountOwedFen']));
    expect(await caseCount()).toBe(before);
    // The key was not used up: the corrected request succeeds with it.
    expect(ok(await submit(token, CUSTOMER, APPLICATION, 'intake-invalid-1')).submitIntake.replayed).toBe(
      false,
    );
  });

  it('refuses a bad ID number with BAD_USER_INPUT at customer.idNumber, writing nothing', async () => {
    const before = await caseCount();
    const events = await h.db.models.CaseEvent.countDocuments({}).exec();
    const res = await submit(
      token,
      { ...CUSTOMER, idNumber: '110105194912310021' },
      APPLICATION,
      'intake-bad-id',
    );
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.['fieldPath']).toEqual(['customer', 'idNumber']);
    expect(await caseCount()).toBe(before);
    expect(await h.db.models.CaseEvent.countDocuments({}).exec()).toBe(events);
  });

  it("takes the customer's details from the form's answers when the customer is not given twice", async () => {
    const SUBMIT_FORM_ONLY = `mutation($t: String!, $d: JSON!, $k: String!) {
      submitIntake(token: $t, data: $d, idempotencyKey: $k) { caseReference } }`;
    const receipt = ok(
      await h.gql<{ submitIntake: { caseReference: string } }>(
        SUBMIT_FORM_ONLY,
        { t: token, d: APPLICATION, k: 'intake-form-only-1' },
        { as: null, headers: address() },
      ),
    ).submitIntake;
    const c = await staffCase(receipt.caseReference);
    // Minsheng's application asks for the name, mobile and ID number: they are the customer's.
    expect(c.customer).toEqual({ name: '张*', idNumber: '110***********002X', phone: '138****8000' });
    // A detail the caller does give is kept (clients sending both work as before).
    const both = ok(
      await submit(token, { name: '李四', phone: PHONE_OTHER }, APPLICATION, 'intake-both-1'),
    ).submitIntake;
    const given = await staffCase(both.caseReference);
    expect(given.customer).toEqual({ name: '李*', idNumber: '110***********002X', phone: '139****1234' });
    // A form answer that is not valid is refused at its field under data, not under customer.
    const bad = await h.gql(
      SUBMIT_FORM_ONLY,
      { t: token, d: { ...APPLICATION, idNumber: '110105194912310021' }, k: 'intake-form-only-2' },
      { as: null, headers: address() },
    );
    expect(code(bad)).toBe('FORM_INVALID');
  });

  it('opens one case for a double submit with the same key, returning the first receipt', async () => {
    const before = await caseCount();
    const ip = address();
    const [a, b] = await Promise.all([
      submit(token, CUSTOMER, APPLICATION, 'intake-double', ip),
      submit(token, CUSTOMER, APPLICATION, 'intake-double', ip),
    ]);
    // Concurrent: one wins, the other is told the first is still running (or replays it).
    const first = [a, b].find((r) => !r.errors)!.data!.submitIntake;
    for (const r of [a, b]) if (r.errors) expect(code(r)).toBe('CONFLICT');
    const again = ok(await submit(token, CUSTOMER, APPLICATION, 'intake-double', ip)).submitIntake;
    expect(again.replayed).toBe(true);
    expect(again.caseReference).toBe(first.caseReference);
    expect(again.followUpLink).toEqual(first.followUpLink);
    expect(await caseCount()).toBe(before + 1);
    // The same key with other answers is refused.
    const reused = await submit(
      token,
      CUSTOMER,
      { ...APPLICATION, description: '别的' },
      'intake-double',
      ip,
    );
    expect(code(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('repairs a submit that crashed between the open and the form: a retry submits the form once', async () => {
    const key = 'intake-crashed';
    // The first attempt claims the key and opens the case, then dies before submitting the form.
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as {
      jti: string;
    };
    const { CaseOpenService } = await import('../src/features/cases/runtime/case-open.service');
    const { CaseRuntime } = await import('../src/features/cases/runtime/case-runtime.service');
    const { dataKeysOf } = await import('../src/features/privacy/data-keys');
    const runtime = new CaseRuntime(h.db.models, dataKeysOf(h.db.models));
    const claim = await runtime.idempotency.claim(
      `intake:${payload.jti}`,
      key,
      'submitIntake',
      { customer: CUSTOMER, data: APPLICATION },
      new Types.ObjectId(),
    );
    expect(claim.kind).toBe('first');
    if (claim.kind === 'replay') return;
    const viewer = {
      kind: 'customer' as const,
      caseId: claim.caseId!.toHexString(),
      linkId: claim.id.toHexString(),
    };
    await new CaseOpenService(runtime).openClaimed(
      viewer,
      claim.caseId!,
      {
        templateKey: 'minsheng-e-negotiation',
        channel: 'APP',
        customer: CUSTOMER,
        departmentCode: 'CUSTOMER_SERVICE',
      },
      claim.scopedKey,
    );
    const before = await caseCount();
    // While the first attempt may still be running, a retry is told so.
    expect(code(await submit(token, CUSTOMER, APPLICATION, key))).toBe('CONFLICT');
    await h.db.models.Idempotency.updateOne(
      { _id: claim.id },
      { $set: { createdAt: new Date(Date.now() - 60_000) } },
    ).exec();
    const receipt = ok(await submit(token, CUSTOMER, APPLICATION, key)).submitIntake;
    expect(await caseCount()).toBe(before);
    const c = await staffCase(receipt.caseReference);
    expect(c.id).toBe(toGlobalId('Case', claim.caseId!.toHexString()));
    expect(c.activeSteps).toEqual(['review']);
    const applied = c.events.edges.filter(
      (e) => e.node.type === 'stepCompleted' && e.node.data['stepKey'] === 'apply',
    );
    expect(applied).toHaveLength(1);
    expect(ok(await submit(token, CUSTOMER, APPLICATION, key)).submitIntake.replayed).toBe(true);
  });

  it('refuses expired and forged links', async () => {
    const expired = await issueIntakeLinkToken(
      h.db.models,
      'minsheng-e-negotiation',
      'WEBSITE',
      1,
      'CUSTOMER_SERVICE',
      new Date(caseNow(h.db.models).getTime() - 2 * 3_600_000),
    );
    expect(code(await h.gql(FORM, { t: expired.token }, { as: null }))).toBe('LINK_EXPIRED');
    expect(code(await submit(expired.token, CUSTOMER, APPLICATION, 'intake-expired'))).toBe('LINK_EXPIRED');

    const forged = await new SignJWT({ tk: 'minsheng-e-negotiation', ch: 'WEBSITE' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('parley')
      .setAudience('parley-intake-link')
      .setJti('forged')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not the server secret, but long enough for HS256'));
    expect(code(await h.gql(FORM, { t: forged }, { as: null }))).toBe('LINK_INVALID');
    expect(code(await submit(forged, CUSTOMER, APPLICATION, 'intake-forged'))).toBe('LINK_INVALID');
    // A customer link is not an intake link.
    const receipt = ok(await submit(token, CUSTOMER, APPLICATION, 'intake-for-link')).submitIntake;
    expect(code(await h.gql(FORM, { t: receipt.followUpLink.token }, { as: null }))).toBe('LINK_INVALID');
  });

  it(`limits an address to ${INTAKE_RATE_LIMIT} intakes an hour (RATE_LIMITED with retryAfterSeconds)`, async () => {
    const ip = address();
    for (let i = 0; i < INTAKE_RATE_LIMIT; i++)
      ok(await submit(token, CUSTOMER, APPLICATION, `intake-rate-${i}`, ip));
    const before = await caseCount();
    const limited = await submit(token, CUSTOMER, APPLICATION, 'intake-rate-over', ip);
    expect(code(limited)).toBe('RATE_LIMITED');
    const retryAfter = Number(limited.errors?.[0]?.extensions?.['retryAfterSeconds']);
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await caseCount()).toBe(before);
    // Another address is not affected.
    ok(await submit(token, CUSTOMER, APPLICATION, 'intake-rate-other', address()));
  });
});
