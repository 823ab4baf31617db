/**
 * Issue 15, offers and e-signature, against the real embedded database over GraphQL: the signed PDF is
 * a reveal (permission and audit event), a PNG that does not decode is refused before rendering, one
 * link cannot make the server render many PDFs or flood it, an empty idempotency key is refused, an
 * offer cannot start a century ago, the customer never sees a staff id, and the approvers' list reads
 * only waiting requests, at most `first`, without writing.
 */
import { Types } from 'mongoose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDaysToIsoDate, localDateOfInstant } from '@parley/engine';
import { agreementRenderStats } from '../src/features/agreements/render-queue';
import { caseNow, setCaseClock } from '../src/features/cases/runtime/case-runtime.service';
import { bindFileStore, fileStoreOf } from '../src/features/files/file-store';
import { CUSTOMER_RATE_PER_ADDRESS, CUSTOMER_RATE_PER_TOKEN } from '../src/features/offers/customer-throttle';
import { CUSTOMER_FACING_PROPOSER } from '../src/features/offers/customer-view.service';
import { OfferService } from '../src/features/offers/offer.service';
import { startHarness, type Harness } from './harness';
import { code, ok } from './cases-helpers';
import {
  ACCEPT,
  CUSTOMER_PDF,
  CUSTOMER_VIEW,
  LINK,
  PENDING,
  PLAN,
  PROPOSE,
  SIGN,
  VERIFY,
  caseAtPlanDrafting,
  localId,
  setUpOffers,
  type ApprovalJson,
  type OfferResult,
  type OfferStaff,
  type ViewJson,
} from './offers-helpers';

const TYPED = { kind: 'TYPED', typedName: '张三', consent: true };
const EVENTS = `query($id: ID!) { case(id: $id) { events(first: 500) { edges { node { seq type actorKey data } } } } }`;
interface EventJson {
  seq: number;
  type: string;
  actorKey: string | null;
  data: Record<string, unknown>;
}

describe('offers and e-signature hardening (issue 15)', () => {
  let h: Harness;
  let staff: OfferStaff;
  let adminId: string;
  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpOffers(h);
    const me = ok(await h.gql<{ me: { id: string } }>(`query { me { id } }`));
    adminId = localId(me.me.id);
  });
  afterEach(() => setCaseClock(h.db.models, null));
  afterAll(async () => {
    await h?.close();
  });

  const propose = (id: string, plan: Record<string, unknown>, key?: string) =>
    h.gql<{ proposeOffer: OfferResult }>(PROPOSE, { id, plan, key }, { as: staff.agent });
  const link = async (id: string) =>
    ok(
      await h.gql<{ issueCustomerLink: { token: string; linkId: string } }>(
        LINK,
        { id },
        { as: staff.agent },
      ),
    ).issueCustomerLink;
  const events = async (id: string): Promise<EventJson[]> =>
    ok(
      await h.gql<{ case: { events: { edges: { node: EventJson }[] } } }>(EVENTS, { id }),
    ).case.events.edges.map((e) => e.node);
  const files = () => h.db.conn.collection('files.files').countDocuments({});
  /** A case whose customer has accepted the offer; the link is ready to sign. */
  const accepted = async () => {
    const c = await caseAtPlanDrafting(h, staff);
    ok(await propose(c.id, PLAN));
    const l = await link(c.id);
    ok(await h.gql(ACCEPT, { t: l.token }, { as: null }));
    return { c, l };
  };

  it('reading the signed PDF is a reveal: FORBIDDEN without case.reveal-pii, recorded in the case log with it', async () => {
    const { c, l } = await accepted();
    ok(await h.gql(SIGN, { t: l.token, s: TYPED }, { as: null }));
    const reads = async () => (await events(c.id)).filter((e) => e.type === 'agreementRead');

    // An agent (case.read, no case.reveal-pii): a coded refusal, no bytes, nothing recorded.
    const agent = await h.gql<{ case: { agreement: { pdfBase64: string } | null } }>(
      `query($id: ID!) { case(id: $id) { agreement { sha256 pdfBase64 } } }`,
      { id: c.id },
      { as: staff.agent },
    );
    expect(code(agent)).toBe('FORBIDDEN');
    expect(agent.errors?.[0]?.path).toEqual(['case', 'agreement', 'pdfBase64']);
    expect(agent.data?.case.agreement ?? null).toBeNull();
    expect(JSON.stringify(agent)).not.toContain('JVBERi0'); // "%PDF-" in base64
    expect(await reads()).toEqual([]);

    // The customer cannot use the staff field either; their own copy is a separate, recorded field.
    const viaStaffField = await h.gql(
      `query($t: String!) { customerView(token: $t) { agreement { pdfBase64 } } }`,
      { t: l.token },
      { as: null },
    );
    expect(code(viaStaffField)).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(viaStaffField)).not.toContain('JVBERi0');
    expect(await reads()).toEqual([]);

    // The administrator holds case.reveal-pii: the PDF, after an agreementRead event naming them.
    const admin = ok(
      await h.gql<{ case: { agreement: { id: string; pdfBase64: string } } }>(
        `query($id: ID!) { case(id: $id) { agreement { id pdfBase64 } } }`,
        { id: c.id },
      ),
    ).case.agreement;
    expect(Buffer.from(admin.pdfBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const afterAdmin = await reads();
    expect(afterAdmin).toHaveLength(1);
    expect(afterAdmin[0]).toMatchObject({ actorKey: `user:${adminId}`, data: { agreementId: admin.id } });

    // The customer's copy through their link: the same bytes, recorded as the customer's read.
    const mine = ok(
      await h.gql<{ customerView: { agreementPdfBase64: string } }>(
        CUSTOMER_PDF,
        { t: l.token },
        { as: null },
      ),
    ).customerView.agreementPdfBase64;
    expect(mine).toBe(admin.pdfBase64);
    const all = await reads();
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ actorKey: `customer:${l.linkId}`, data: { agreementId: admin.id } });
  });

  it('a PNG with the magic bytes but no image is BAD_USER_INPUT at the field, before anything is rendered or stored', async () => {
    const { c, l } = await accepted();
    const [before, filesBefore, rendered] = [
      (await events(c.id)).length,
      await files(),
      agreementRenderStats().rendered,
    ];
    for (const image of ['iVBORw0KGgo=', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB']) {
      const res = await h.gql(
        SIGN,
        { t: l.token, s: { kind: 'DRAWN', imagePngBase64: image, consent: true } },
        { as: null },
      );
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fieldPath).toEqual(['signature', 'imagePngBase64']);
    }
    expect((await events(c.id)).length).toBe(before);
    expect(await files()).toBe(filesBefore);
    expect(agreementRenderStats().rendered).toBe(rendered);
  });

  it('20 signings at once on one link: one PDF is rendered and stored, one signing recorded; the rest are refused with a clear code', async () => {
    const { c, l } = await accepted();
    const [filesBefore, rendered] = [await files(), agreementRenderStats().rendered];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.gql<{ signAgreement: ViewJson }>(SIGN, { t: l.token, s: TYPED, key: `par-${i}` }, { as: null }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    const refusals = results.filter((r) => r.errors).map((r) => code(r));
    expect(refusals).toHaveLength(19);
    for (const refusal of refusals) expect(['CONFLICT', 'STEP_NOT_ACTIVE']).toContain(refusal);
    expect(agreementRenderStats().rendered).toBe(rendered + 1);
    expect(await files()).toBe(filesBefore + 1);
    const log = await events(c.id);
    expect(log.filter((e) => e.type === 'agreementRecorded')).toHaveLength(1);
    expect(log.filter((e) => e.type === 'agreementSigned')).toHaveLength(1);
    // The winner's claim stays (its seq is past); no loser left one behind.
    expect(
      await h.db.models.AgreementSigning.countDocuments({ caseId: new Types.ObjectId(localId(c.id)) }),
    ).toBe(1);
  });

  it(`limits a link to ${CUSTOMER_RATE_PER_TOKEN} requests and an address to ${CUSTOMER_RATE_PER_ADDRESS} in the window (RATE_LIMITED with retryAfterSeconds)`, async () => {
    const { l } = await accepted();
    // A clock of its own, a day ahead: only this test's requests are in its windows.
    let now = new Date(caseNow(h.db.models).getTime() + 24 * 3600_000);
    setCaseClock(h.db.models, () => now);
    for (let i = 0; i < CUSTOMER_RATE_PER_TOKEN; i++)
      ok(
        await h.gql(
          `query($t: String!) { customerView(token: $t) { caseReference } }`,
          { t: l.token },
          { as: null },
        ),
      );
    const limited = await h.gql(SIGN, { t: l.token, s: TYPED }, { as: null });
    expect(code(limited)).toBe('RATE_LIMITED');
    expect(limited.errors?.[0]?.extensions?.['retryAfterSeconds']).toBe(600);
    expect(code(await h.gql(ACCEPT, { t: l.token }, { as: null }))).toBe('RATE_LIMITED');
    // Once the window has passed, the link works again.
    now = new Date(now.getTime() + 600_001);
    ok(await h.gql(CUSTOMER_VIEW, { t: l.token }, { as: null }));

    // An address trying tokens: counted before the token is even checked.
    now = new Date(now.getTime() + 24 * 3600_000);
    const tries = Array.from({ length: CUSTOMER_RATE_PER_ADDRESS }, (_, i) => `not-a-token-${i}`);
    for (let i = 0; i < tries.length; i += 10)
      for (const res of await Promise.all(
        tries.slice(i, i + 10).map((t) => h.gql(CUSTOMER_VIEW, { t }, { as: null })),
      ))
        expect(code(res)).toBe('LINK_INVALID');
    const blocked = await h.gql(CUSTOMER_VIEW, { t: l.token }, { as: null });
    expect(code(blocked)).toBe('RATE_LIMITED');
    expect(Number(blocked.errors?.[0]?.extensions?.['retryAfterSeconds'])).toBeGreaterThan(0);
    // 240 requests: on a loaded shared machine this takes longer than the default minute.
  }, 180_000);

  it('an empty idempotency key is refused at the field, not taken for no key; nothing is written or rendered', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    const before = (await events(c.id)).length;
    const proposed = await propose(c.id, PLAN, '');
    expect(code(proposed)).toBe('BAD_USER_INPUT');
    expect(proposed.errors?.[0]?.extensions?.fieldPath).toEqual(['idempotencyKey']);
    const comment = await h.gql(
      `mutation($id: ID!) { commentOnCase(caseId: $id, text: "备注", idempotencyKey: "") { replayed } }`,
      { id: c.id },
    );
    expect(code(comment)).toBe('BAD_USER_INPUT');
    expect((await events(c.id)).length).toBe(before);

    ok(await propose(c.id, PLAN));
    const l = await link(c.id);
    const accept = await h.gql(ACCEPT, { t: l.token, key: '' }, { as: null });
    expect(code(accept)).toBe('BAD_USER_INPUT');
    expect(accept.errors?.[0]?.extensions?.fieldPath).toEqual(['idempotencyKey']);
    ok(await h.gql(ACCEPT, { t: l.token }, { as: null }));
    const rendered = agreementRenderStats().rendered;
    const sign = await h.gql(SIGN, { t: l.token, s: TYPED, key: '' }, { as: null });
    expect(code(sign)).toBe('BAD_USER_INPUT');
    expect(sign.errors?.[0]?.extensions?.fieldPath).toEqual(['idempotencyKey']);
    expect(agreementRenderStats().rendered).toBe(rendered);
    expect((await events(c.id)).filter((e) => e.type === 'agreementRecorded')).toEqual([]);
  });

  it('refuses an offer starting more than a year before the case was opened (1900-01-01), at plan.startDate', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    const openedAt = ok(
      await h.gql<{ case: { openedAt: string } }>(`query($id: ID!) { case(id: $id) { openedAt } }`, {
        id: c.id,
      }),
    ).case.openedAt;
    const opened = localDateOfInstant(openedAt, 'Asia/Shanghai');
    const before = (await events(c.id)).length;
    for (const startDate of ['1900-01-01', addDaysToIsoDate(opened, -367)]) {
      const res = await propose(c.id, { ...PLAN, startDate });
      expect(code(res)).toBe('OFFER_INVALID');
      expect(res.errors?.[0]?.extensions?.fieldPath).toEqual(['plan', 'startDate']);
    }
    expect((await events(c.id)).length).toBe(before);
    ok(await propose(c.id, { ...PLAN, startDate: addDaysToIsoDate(opened, -366) }));
  });

  it('the customer is never shown the staff id of the proposer', async () => {
    const { c, l } = await accepted();
    const view = ok(
      await h.gql<{ customerView: { offer: { proposedBy: string } } }>(
        `query($t: String!) { customerView(token: $t) { offer { proposedBy } } }`,
        { t: l.token },
        { as: null },
      ),
    ).customerView;
    expect(view.offer.proposedBy).toBe(CUSTOMER_FACING_PROPOSER);
    const staffView = ok(
      await h.gql<{ case: { offers: { proposedBy: string }[] } }>(
        `query($id: ID!) { case(id: $id) { offers { proposedBy } } }`,
        { id: c.id },
        { as: staff.agent },
      ),
    ).case.offers;
    expect(staffView[0]!.proposedBy).toBe(`user:${staff.agentId}`);
    expect(JSON.stringify(view)).not.toContain(staff.agentId);
  });

  it('pendingOfferApprovals lists only waiting requests, at most `first`, and writes nothing', async () => {
    const requests: { caseId: string; id: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await caseAtPlanDrafting(h, staff);
      const asked = ok(await propose(c.id, { ...PLAN, termMonths: 48 })).proposeOffer;
      requests.push({ caseId: c.id, id: asked.case.offerApprovals[0]!.id });
    }
    // One is decided (an offer command: the projection marks it settled), one cancelled (not an offer
    // command: only the log knows until housekeeping runs).
    const [decided, cancelled, waiting] = requests as [
      (typeof requests)[0],
      (typeof requests)[0],
      (typeof requests)[0],
    ];
    ok(
      await h.gql(
        `mutation($id: ID!, $req: ID!) { decideOfferApproval(caseId: $id, requestId: $req, approve: false, comment: "不同意") { replayed } }`,
        { id: decided.caseId, req: decided.id },
        { as: staff.supervisor },
      ),
    );
    expect((await h.db.models.OfferApproval.findById(decided.id).lean().exec())?.settled).toBe(true);
    ok(
      await h.gql(`mutation($id: ID!) { cancelCase(caseId: $id, reason: "撤回") { replayed } }`, {
        id: cancelled.caseId,
      }),
    );

    const snapshot = async () => ({
      requests: await h.db.models.OfferApproval.find({}).sort({ _id: 1 }).lean().exec(),
      decisions: await h.db.models.OfferApprovalDecision.find({}).sort({ _id: 1 }).lean().exec(),
    });
    const before = await snapshot();
    const list = ok(
      await h.gql<{ pendingOfferApprovals: ApprovalJson[] }>(
        PENDING,
        { all: true },
        { as: staff.supervisor },
      ),
    ).pendingOfferApprovals.map((a) => a.id);
    expect(list).toContain(waiting.id);
    expect(list).not.toContain(decided.id);
    expect(list).not.toContain(cancelled.id);
    expect(list.every((id) => id !== undefined)).toBe(true);
    expect(await snapshot()).toEqual(before);

    // Housekeeping brings the projection up to the logs: the cancelled case's request, and one written
    // before `settled` existed (no flag, its outcome recorded) are marked settled; the waiting one is not.
    await h.db.models.OfferApproval.updateOne({ _id: decided.id }, { $unset: { settled: 1 } }).exec();
    // A superseded request has no decision time of its own: it is settled at the case clock's now.
    const settledAt = new Date(Date.UTC(2031, 0, 2, 3, 4, 5));
    setCaseClock(h.db.models, () => settledAt);
    expect(await new OfferService(h.db.models).approvalProjection.repair()).toBeGreaterThanOrEqual(2);
    const flags = async (id: string) => (await h.db.models.OfferApproval.findById(id).lean().exec())?.settled;
    expect([await flags(decided.id), await flags(cancelled.id), await flags(waiting.id)]).toEqual([
      true,
      true,
      false,
    ]);
    const supersededDecision = await h.db.models.OfferApprovalDecision.findById(cancelled.id).lean().exec();
    expect(supersededDecision?.status).toBe('SUPERSEDED');
    expect(supersededDecision?.decidedAt).toEqual(settledAt);

    const one = ok(
      await h.gql<{ pendingOfferApprovals: ApprovalJson[] }>(
        `query { pendingOfferApprovals(all: true, first: 1) { id status } }`,
        {},
        { as: staff.supervisor },
      ),
    ).pendingOfferApprovals;
    expect(one).toHaveLength(1);
    expect(one[0]!.status).toBe('PENDING');
    const tooMany = await h.gql(
      `query { pendingOfferApprovals(first: 1000) { id } }`,
      {},
      { as: staff.supervisor },
    );
    expect(code(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.extensions?.fieldPath).toEqual(['first']);
  });

  it('verifyAgreement tells a store that cannot be read from an altered document', async () => {
    const { c, l } = await accepted();
    ok(await h.gql(SIGN, { t: l.token, s: TYPED }, { as: null }));
    const store = fileStoreOf(h.db.models);
    // The store unavailable (as in a database outage): not a verdict on the document.
    bindFileStore(h.db.models, {
      ...store,
      get: () => Promise.reject(new Error('connection 7 to 10.0.0.5:27017 closed')),
    });
    try {
      const res = await h.gql(VERIFY, { id: c.id }, { as: staff.agent });
      expect(code(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(res.data?.['verifyAgreement'] ?? null).toBeNull();
      expect(JSON.stringify(res)).not.toContain('10.0.0.5');
    } finally {
      bindFileStore(h.db.models, store);
    }
    const fine = ok(
      await h.gql<{ verifyAgreement: { ok: boolean } }>(VERIFY, { id: c.id }, { as: staff.agent }),
    );
    expect(fine.verifyAgreement.ok).toBe(true);
  });
});
