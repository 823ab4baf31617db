import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCustomerLinkToken } from '../src/features/privacy/customer-link';
import { OfferService } from '../src/features/offers/offer.service';
import { startHarness, type Harness } from './harness';
import { code, ok } from './cases-helpers';
import {
  ACCEPT,
  COUNTER,
  CUSTOMER_PDF,
  CUSTOMER_VIEW,
  DECIDE,
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
import { caseNow } from '../src/features/cases/runtime/case-runtime.service';

const PREVIEW = `query($plan: JSON!) { previewRepaymentPlan(plan: $plan) {
  kind owedTotal { fen currency } forgiven { fen } downPayment { fen } financed { fen } totalDue { fen }
  termMonths annualisedRate schedule { period dueDate principal { fen } interest { fen } total { fen } }
  problems { code path } } }`;
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
interface Preview {
  kind: string;
  owedTotal: { fen: string; currency: string };
  termMonths: number;
  schedule: {
    period: number;
    principal: { fen: string };
    interest: { fen: string };
    total: { fen: string };
  }[];
  problems: unknown[];
}
const UA = { 'user-agent': 'ParleyOffersTest/1.0 (Chromium)' };

describe('offers: plans, approval routing, customer links, signing', () => {
  let h: Harness;
  let staff: OfferStaff;
  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpOffers(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  const propose = (id: string, plan: Record<string, unknown>, as = staff.agent, key?: string) =>
    h.gql<{ proposeOffer: OfferResult }>(PROPOSE, { id, plan, key }, { as });
  const decide = (id: string, req: string, approve: boolean, as: string, comment?: string) =>
    h.gql<{ decideOfferApproval: OfferResult }>(DECIDE, { id, req, approve, comment }, { as });
  const link = async (id: string, hours?: number) =>
    ok(
      await h.gql<{ issueCustomerLink: { url: string; token: string; linkId: string; expiresAt: string } }>(
        LINK,
        { id, hours },
        { as: staff.agent },
      ),
    ).issueCustomerLink;
  const eventCount = async (id: string) =>
    ok(
      await h.gql<{ case: { events: { totalCount: number } } }>(
        `query($id: ID!) { case(id: $id) { events(first: 1) { totalCount } } }`,
        { id },
      ),
    ).case.events.totalCount;

  it('previews a plan with the engine maths: 100,000.00 at 12 % over 12 months is 8,884.88 a month', async () => {
    const plan = {
      kind: 'equalInstalment',
      owed: { principalFen: 10_000_000, interestFen: 0, penaltyInterestFen: 0, feesFen: 0 },
      startDate: '2026-01-15',
      termMonths: 12,
      annualRate: '0.12',
    };
    const p = ok(
      await h.gql<{ previewRepaymentPlan: Preview }>(PREVIEW, { plan }, { as: staff.agent }),
    ).previewRepaymentPlan;
    expect(p.kind).toBe('equalInstalment');
    // Fen travel as decimal strings (exact beyond 2^53).
    expect(p.owedTotal).toEqual({ fen: '10000000', currency: 'CNY' });
    expect(p.termMonths).toBe(12);
    expect(p.schedule).toHaveLength(12);
    expect(p.schedule[0]!.total.fen).toBe('888488');
    expect(Number(p.schedule[0]!.principal.fen) + Number(p.schedule[0]!.interest.fen)).toBe(888_488);
    const principal = p.schedule.reduce((s, l) => s + Number(l.principal.fen), 0);
    expect(principal).toBe(10_000_000);
    expect(p.problems).toEqual([]);

    // Beyond the regulatory 60 months: a problem in the preview, not an error.
    const long = ok(
      await h.gql<{ previewRepaymentPlan: { problems: { code: string; path: string[] }[] } }>(
        PREVIEW,
        { plan: { ...plan, termMonths: 72 } },
        { as: staff.agent },
      ),
    ).previewRepaymentPlan;
    expect(long.problems.length).toBeGreaterThan(0);

    // An input the maths rejects: OFFER_INVALID with the field path inside `plan`.
    const bad = await h.gql(PREVIEW, { plan: { ...plan, termMonths: 0 } }, { as: staff.agent });
    expect(code(bad)).toBe('OFFER_INVALID');
    const problems = bad.errors?.[0]?.extensions?.['problems'] as { fieldPath: string[] }[];
    expect(problems[0]!.fieldPath[0]).toBe('plan');
    expect(code(await h.gql(PREVIEW, { plan: [] }, { as: staff.agent }))).toBe('BAD_USER_INPUT');
    expect(code(await h.gql(PREVIEW, { plan }, { as: null }))).toBe('UNAUTHENTICATED');
  });

  it('proposes an offer within the agent’s authority: offerProposed, the case waits for the customer', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    const r = ok(await propose(c.id, PLAN)).proposeOffer;
    expect(r.events.map((e) => e.type)).toContain('offerProposed');
    expect(r.events.map((e) => e.type)).not.toContain('offerApprovalRequested');
    expect(r.case.activeSteps).toEqual(['confirm']);
    expect(r.case.offers).toHaveLength(1);
    expect(r.case.offers[0]).toMatchObject({
      status: 'PROPOSED',
      authorisedRole: 'agent',
      proposedBy: `user:${staff.agentId}`,
    });
    expect(r.case.offers[0]!.plan.termMonths).toBe(24);
    expect(r.case.offerApprovals).toEqual([]);
  });

  it('refuses an invalid plan with OFFER_INVALID and its problems, and writes nothing', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    const before = await eventCount(c.id);
    const policy = await propose(c.id, { ...PLAN, termMonths: 72 });
    expect(code(policy)).toBe('OFFER_INVALID');
    const problems = policy.errors?.[0]?.extensions?.['problems'] as { fieldPath: string[]; code: string }[];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.fieldPath).toEqual(['plan', 'termMonths']);
    const maths = await propose(c.id, { ...PLAN, owed: { ...PLAN.owed, principalFen: -1 } });
    expect(code(maths)).toBe('OFFER_INVALID');
    expect(code(await propose(c.id, { ...PLAN, kind: 'equalPrincipal' }))).toBe('OFFER_INVALID');
    expect(await eventCount(c.id)).toBe(before);
  });

  it('routes an offer outside the agent’s authority to the supervisor, who approves it with their authority', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    const asked = ok(await propose(c.id, { ...PLAN, termMonths: 48 })).proposeOffer;
    expect(asked.events.map((e) => e.type)).toEqual(['offerApprovalRequested']);
    expect(asked.events[0]!.data['requiredRole']).toBe('supervisor');
    expect(asked.case.activeSteps).toEqual(['draft-plan']);
    expect(asked.case.offers).toEqual([]);
    const request = asked.case.offerApprovals[0] as ApprovalJson;
    expect(request).toMatchObject({
      status: 'PENDING',
      requiredRole: 'supervisor',
      requestedBy: `user:${staff.agentId}`,
    });

    // The supervisor sees it in their list; the agent (not holding the role) only with `all`.
    const mine = ok(
      await h.gql<{ pendingOfferApprovals: ApprovalJson[] }>(PENDING, {}, { as: staff.supervisor }),
    );
    expect(mine.pendingOfferApprovals.map((a) => a.id)).toContain(request.id);
    expect(mine.pendingOfferApprovals.find((a) => a.id === request.id)!.caseId).toBe(c.id);
    const agents = ok(
      await h.gql<{ pendingOfferApprovals: ApprovalJson[] }>(PENDING, {}, { as: staff.agent }),
    );
    expect(agents.pendingOfferApprovals.map((a) => a.id)).not.toContain(request.id);
    const all = ok(
      await h.gql<{ pendingOfferApprovals: ApprovalJson[] }>(PENDING, { all: true }, { as: staff.agent }),
    );
    expect(all.pendingOfferApprovals.map((a) => a.id)).toContain(request.id);

    // A customer link while the offer waits for approval would show nothing to answer.
    expect(code(await h.gql(LINK, { id: c.id }, { as: staff.agent }))).toBe('APPROVAL_PENDING');

    // The agent may not approve their own request.
    const denied = await decide(c.id, request.id, true, staff.agent);
    expect(code(denied)).toBe('NOT_AUTHORISED');
    expect(denied.errors?.[0]?.extensions?.['requiredRole']).toBe('supervisor');

    const approved = ok(
      await decide(c.id, request.id, true, staff.supervisor, '同意延长'),
    ).decideOfferApproval;
    expect(approved.events.map((e) => e.type).slice(0, 2)).toEqual(['offerApprovalDecided', 'offerProposed']);
    const proposed = approved.events.find((e) => e.type === 'offerProposed')!;
    expect(proposed.actorKey).toBe(`user:${staff.supervisorId}`);
    expect(approved.case.activeSteps).toEqual(['confirm']);
    expect(approved.case.offers[0]).toMatchObject({ status: 'PROPOSED', authorisedRole: 'supervisor' });
    expect(approved.case.offers[0]!.plan.termMonths).toBe(48);
    expect(approved.case.offerApprovals[0]).toMatchObject({
      status: 'APPROVED',
      decidedBy: `user:${staff.supervisorId}`,
      comment: '同意延长',
    });

    // Decided once: a second decision is refused and writes nothing.
    const before = await eventCount(c.id);
    expect(code(await decide(c.id, request.id, false, staff.supervisor, '改主意'))).toBe('APPROVAL_PENDING');
    expect(await eventCount(c.id)).toBe(before);
    const after = ok(
      await h.gql<{ pendingOfferApprovals: ApprovalJson[] }>(
        PENDING,
        { all: true },
        { as: staff.supervisor },
      ),
    );
    expect(after.pendingOfferApprovals.map((a) => a.id)).not.toContain(request.id);
    expect(code(await decide(c.id, 'no-such-request', true, staff.supervisor))).toBe('NOT_FOUND');
  });

  it('declines a request (a reason is required); the step stays open and a new proposal supersedes nothing decided', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    const asked = ok(await propose(c.id, { ...PLAN, termMonths: 48 })).proposeOffer;
    const request = asked.case.offerApprovals[0]!;
    expect(code(await decide(c.id, request.id, false, staff.supervisor))).toBe('BAD_USER_INPUT');
    const declined = ok(
      await decide(c.id, request.id, false, staff.supervisor, '期限过长'),
    ).decideOfferApproval;
    expect(declined.events.map((e) => e.type)).toEqual(['offerApprovalDecided']);
    expect(declined.case.activeSteps).toEqual(['draft-plan']);
    expect(declined.case.offerApprovals[0]).toMatchObject({ status: 'DECLINED', comment: '期限过长' });

    // A second request, then a proposal within authority: the waiting request is superseded.
    const again = ok(await propose(c.id, { ...PLAN, termMonths: 48 })).proposeOffer;
    const second = again.case.offerApprovals[1]!;
    expect(second.status).toBe('PENDING');
    const within = ok(await propose(c.id, PLAN)).proposeOffer;
    expect(within.case.offerApprovals.map((a) => a.status)).toEqual(['DECLINED', 'SUPERSEDED']);
    expect(code(await decide(c.id, second.id, true, staff.supervisor))).toBe('APPROVAL_PENDING');
    const list = ok(
      await h.gql<{ pendingOfferApprovals: ApprovalJson[] }>(
        PENDING,
        { all: true },
        { as: staff.supervisor },
      ),
    );
    expect(list.pendingOfferApprovals.map((a) => a.id)).not.toContain(second.id);
  });

  it('supersedes a waiting request when the case is cancelled; it leaves the approvers’ lists', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    const request = ok(await propose(c.id, { ...PLAN, termMonths: 48 })).proposeOffer.case.offerApprovals[0]!;
    ok(
      await h.gql(`mutation($id: ID!) { cancelCase(caseId: $id, reason: "客户撤回") { replayed } }`, {
        id: c.id,
      }),
    );
    const list = ok(
      await h.gql<{ pendingOfferApprovals: ApprovalJson[] }>(
        PENDING,
        { all: true },
        { as: staff.supervisor },
      ),
    );
    expect(list.pendingOfferApprovals.map((a) => a.id)).not.toContain(request.id);
    // The list only reads; housekeeping brings the projection up to the log.
    expect(await h.db.models.OfferApprovalDecision.findById(request.id).lean().exec()).toBeNull();
    expect(await new OfferService(h.db.models).approvalProjection.repair()).toBeGreaterThanOrEqual(1);
    const settled = await h.db.models.OfferApprovalDecision.findById(request.id).lean().exec();
    expect(settled?.status).toBe('SUPERSEDED');
    expect((await h.db.models.OfferApproval.findById(request.id).lean().exec())?.settled).toBe(true);
    expect(code(await decide(c.id, request.id, true, staff.supervisor))).toBe('CASE_CLOSED');
  });

  it('refuses an offer no role may make with OFFER_OUTSIDE_AUTHORITY, writing nothing', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    const before = await eventCount(c.id);
    const res = await propose(c.id, {
      kind: 'lumpSumSettlement',
      owed: PLAN.owed,
      startDate: PLAN.startDate,
      discount: { percent: '40' },
    });
    expect(code(res)).toBe('OFFER_OUTSIDE_AUTHORITY');
    expect(await eventCount(c.id)).toBe(before);
  });

  it('runs the customer loop: view, counter, new offer, accept (idempotent), sign typed; the PDF verifies, a tampered copy does not', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    ok(await propose(c.id, { ...PLAN, termMonths: 36 }));
    const l = await link(c.id, 24);
    expect(l.url).toBe(`/c/${l.token}`);
    const linkEvent = ok(
      await h.gql<{
        case: { events: { edges: { node: { type: string; data: Record<string, unknown> } }[] } };
      }>(`query($id: ID!) { case(id: $id) { events(first: 100) { edges { node { type data } } } } }`, {
        id: c.id,
      }),
    ).case.events.edges.find((e) => e.node.type === 'customerLinkIssued')!;
    expect(linkEvent.node.data).toEqual({ linkId: l.linkId, expiresAt: l.expiresAt });
    expect(JSON.stringify(linkEvent)).not.toContain(l.token);

    const seen = ok(
      await h.gql<{ customerView: ViewJson }>(CUSTOMER_VIEW, { t: l.token }, { as: null }),
    ).customerView;
    expect(seen.caseReference).toBe(c.reference);
    expect(seen.customerName).toBe('张*');
    expect(seen.actions).toEqual(['ACCEPT', 'COUNTER']);
    expect(seen.offer).toMatchObject({ status: 'PROPOSED' });
    expect(seen.offer!.plan.termMonths).toBe(36);
    expect(seen.agreement).toBeNull();
    expect(JSON.stringify(seen)).not.toContain('13800138000');

    // Counter: the case loops back to plan drafting (seed 000, step 5).
    const countered = ok(
      await h.gql<{ counterOffer: ViewJson }>(COUNTER, { t: l.token, c: '希望降低月供' }, { as: null }),
    ).counterOffer;
    expect(countered.offer).toMatchObject({ status: 'CHANGES_REQUESTED', customerComment: '希望降低月供' });
    expect(countered.actions).toEqual([]);
    const back = ok(
      await h.gql<{ case: { activeSteps: string[] } }>(`query($id: ID!) { case(id: $id) { activeSteps } }`, {
        id: c.id,
      }),
    ).case;
    expect(back.activeSteps).toEqual(['draft-plan']);
    expect(code(await h.gql(ACCEPT, { t: l.token }, { as: null }))).toBe('STEP_NOT_ACTIVE');

    const second = ok(await propose(c.id, PLAN)).proposeOffer;
    expect(second.case.offers.map((o) => o.status)).toEqual(['SUPERSEDED', 'PROPOSED']);

    // Accept, retried with the same key: the first result, one answer in the log.
    const accepted = ok(
      await h.gql<{ acceptOffer: ViewJson }>(ACCEPT, { t: l.token, key: 'acc-1' }, { as: null }),
    ).acceptOffer;
    expect(accepted.offer).toMatchObject({ status: 'ACCEPTED' });
    expect(accepted.actions).toEqual(['SIGN']);
    const retried = ok(
      await h.gql<{ acceptOffer: ViewJson }>(ACCEPT, { t: l.token, key: 'acc-1' }, { as: null }),
    ).acceptOffer;
    expect(retried).toEqual(accepted);
    const log = ok(
      await h.gql<{
        case: {
          events: {
            edges: { node: { type: string; actorKey: string | null; data: Record<string, unknown> } }[];
          };
        };
      }>(
        `query($id: ID!) { case(id: $id) { events(first: 200) { edges { node { type actorKey data } } } } }`,
        { id: c.id },
      ),
    ).case.events.edges.map((e) => e.node);
    const responses = log.filter((e) => e.type === 'customerResponded');
    expect(responses.map((e) => e.data['response'])).toEqual(['changes-requested', 'accepted']);
    expect(responses[1]!.actorKey).toBe(`customer:${l.linkId}`);

    // Signing needs consent and a name.
    const typed = { kind: 'TYPED', typedName: '张三', consent: true };
    expect(code(await h.gql(SIGN, { t: l.token, s: { ...typed, consent: false } }, { as: null }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await h.gql(SIGN, { t: l.token, s: { ...typed, typedName: ' ' } }, { as: null }))).toBe(
      'BAD_USER_INPUT',
    );
    const signed = ok(
      await h.gql<{ signAgreement: ViewJson }>(
        SIGN,
        { t: l.token, s: typed, key: 'sign-1' },
        { as: null, headers: UA },
      ),
    ).signAgreement;
    const agreement = signed.agreement!;
    expect(signed.actions).toEqual([]);
    expect(signed.offer).toMatchObject({ status: 'SIGNED', id: second.case.offers[1]!.id });
    expect(agreement).toMatchObject({
      offerId: second.case.offers[1]!.id,
      signatureKind: 'TYPED',
      signerName: '张*',
      userAgent: UA['user-agent'],
    });
    expect(agreement.ip).toMatch(/127\.0\.0\.1|::1/);
    const pdfBase64 = ok(
      await h.gql<{ customerView: { agreementPdfBase64: string } }>(
        CUSTOMER_PDF,
        { t: l.token },
        { as: null },
      ),
    ).customerView.agreementPdfBase64;
    const pdf = Buffer.from(pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(agreement.size).toBe(pdf.length);
    expect(agreement.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));

    // A retry of the signing returns the first agreement, not a second PDF.
    const again = ok(
      await h.gql<{ signAgreement: ViewJson }>(
        SIGN,
        { t: l.token, s: typed, key: 'sign-1' },
        { as: null, headers: UA },
      ),
    ).signAgreement;
    expect(again.agreement!.sha256).toBe(agreement.sha256);

    // The log: agreementRecorded then agreementSigned in one batch; the step is done.
    const after = ok(
      await h.gql<{
        case: {
          activeSteps: string[];
          agreement: { sha256: string; signerName: string } | null;
          events: { edges: { node: { seq: number; type: string; data: Record<string, unknown> } }[] };
        };
      }>(
        `query($id: ID!) { case(id: $id) { activeSteps agreement { sha256 signerName }
          events(first: 200) { edges { node { seq type data } } } } }`,
        { id: c.id },
      ),
    ).case;
    expect(after.activeSteps).toEqual(['follow-up']);
    expect(after.agreement).toEqual({ sha256: agreement.sha256, signerName: '张*' });
    const types = after.events.edges.map((e) => e.node.type);
    const at = types.indexOf('agreementRecorded');
    expect(types[at + 1]).toBe('agreementSigned');
    expect(types.filter((t) => t === 'agreementSigned')).toHaveLength(1);
    const recorded = after.events.edges[at]!.node.data;
    expect(recorded).toMatchObject({ ip: agreement.ip, userAgent: UA['user-agent'], signatureKind: 'TYPED' });
    const signedEvent = after.events.edges[at + 1]!.node;
    expect(signedEvent.data['documentHash']).toBe(agreement.sha256);

    // Verification: the stored PDF, the customer's copy, and a tampered copy.
    const stored = ok(
      await h.gql<{ verifyAgreement: Record<string, unknown> }>(VERIFY, { id: c.id }, { as: staff.agent }),
    ).verifyAgreement;
    expect(stored).toEqual({
      ok: true,
      recordedSha256: agreement.sha256,
      actualSha256: agreement.sha256,
      signedEventSeq: signedEvent.seq,
    });
    const copy = ok(
      await h.gql<{ verifyAgreement: { ok: boolean } }>(
        VERIFY,
        { id: c.id, pdf: pdfBase64 },
        { as: staff.agent },
      ),
    ).verifyAgreement;
    expect(copy.ok).toBe(true);
    const tampered = Buffer.from(pdf);
    const middle = Math.floor(tampered.length / 2);
    tampered[middle] = (tampered[middle] as number) ^ 0x01;
    const forged = ok(
      await h.gql<{ verifyAgreement: { ok: boolean; actualSha256: string } }>(
        VERIFY,
        { id: c.id, pdf: tampered.toString('base64') },
        { as: staff.agent },
      ),
    ).verifyAgreement;
    expect(forged.ok).toBe(false);
    expect(forged.actualSha256).not.toBe(agreement.sha256);

    // Signed: the link shows the agreement, nothing more to do; signing again is refused.
    const done = ok(
      await h.gql<{ customerView: ViewJson }>(CUSTOMER_VIEW, { t: l.token }, { as: null }),
    ).customerView;
    expect(done.agreement!.sha256).toBe(agreement.sha256);
    expect(code(await h.gql(SIGN, { t: l.token, s: typed }, { as: null }))).toBe('STEP_NOT_ACTIVE');
  });

  it('signs with a drawn signature (PNG), refusing anything that is not a PNG', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    ok(await propose(c.id, PLAN));
    const l = await link(c.id);
    expect(
      code(
        await h.gql(
          SIGN,
          { t: l.token, s: { kind: 'TYPED', typedName: '张三', consent: true } },
          { as: null },
        ),
      ),
    ).toBe('STEP_NOT_ACTIVE');
    ok(await h.gql(ACCEPT, { t: l.token }, { as: null }));
    const notPng = await h.gql(
      SIGN,
      {
        t: l.token,
        s: { kind: 'DRAWN', imagePngBase64: Buffer.from('GIF89a....').toString('base64'), consent: true },
      },
      { as: null },
    );
    expect(code(notPng)).toBe('BAD_USER_INPUT');
    expect(notPng.errors?.[0]?.extensions?.['fieldPath']).toEqual(['signature', 'imagePngBase64']);
    const signed = ok(
      await h.gql<{ signAgreement: ViewJson }>(
        SIGN,
        {
          t: l.token,
          s: { kind: 'DRAWN', imagePngBase64: `data:image/png;base64,${PNG_1X1}`, consent: true },
        },
        { as: null, headers: UA },
      ),
    ).signAgreement;
    expect(signed.agreement).toMatchObject({ signatureKind: 'DRAWN', signerName: '张*' });
    const v = ok(
      await h.gql<{ verifyAgreement: { ok: boolean } }>(VERIFY, { id: c.id }, { as: staff.agent }),
    ).verifyAgreement;
    expect(v.ok).toBe(true);

    // The stored PDF altered in the database: verification says so (no server error).
    const recorded = await h.db.models.CaseEvent.findOne({
      caseId: new Types.ObjectId(localId(c.id)),
      type: 'agreementRecorded',
    })
      .lean()
      .exec();
    const fileId = new Types.ObjectId(String(recorded!.data['fileId']));
    const chunks = h.db.conn.collection('files.chunks');
    const chunk = (await chunks.findOne({ files_id: fileId, n: 0 }))!;
    const bytes = Buffer.from((chunk['data'] as { buffer: Uint8Array }).buffer);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 0xff;
    await chunks.updateOne({ _id: chunk._id }, { $set: { data: bytes } });
    const altered = ok(
      await h.gql<{ verifyAgreement: { ok: boolean; recordedSha256: string } }>(
        VERIFY,
        { id: c.id },
        { as: staff.agent },
      ),
    ).verifyAgreement;
    expect(altered).toMatchObject({ ok: false, recordedSha256: signed.agreement!.sha256 });
  });

  it('two signings at once: one agreement is recorded and only its PDF is kept', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    ok(await propose(c.id, PLAN));
    const l = await link(c.id);
    ok(await h.gql(ACCEPT, { t: l.token }, { as: null }));
    const files = h.db.conn.collection('files.files');
    const before = await files.countDocuments({});
    const typed = { kind: 'TYPED', typedName: '张三', consent: true };
    const results = await Promise.all(
      ['sign-a', 'sign-b', 'sign-c'].map((key) =>
        h.gql<{ signAgreement: ViewJson }>(SIGN, { t: l.token, s: typed, key }, { as: null }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners.length).toBeGreaterThanOrEqual(1);
    // Every answer that succeeded shows the one recorded agreement.
    const hashes = new Set(winners.map((r) => r.data!.signAgreement.agreement!.sha256));
    expect(hashes.size).toBe(1);
    const recorded = await h.db.models.CaseEvent.find({
      caseId: new Types.ObjectId(localId(c.id)),
      type: 'agreementRecorded',
    })
      .lean()
      .exec();
    expect(recorded).toHaveLength(1);
    // The losers' PDFs were removed: exactly one new file, the recorded one.
    expect(await files.countDocuments({})).toBe(before + 1);
    expect(await files.countDocuments({ _id: new Types.ObjectId(String(recorded[0]!.data['fileId'])) })).toBe(
      1,
    );
  });

  it('refuses expired, forged and replaced links', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    ok(await propose(c.id, PLAN));
    const first = await link(c.id);
    // Expired: a token whose exp lies in the past.
    const caseHex = localId(c.id);
    const expired = await issueCustomerLinkToken(
      h.db.models,
      caseHex,
      1,
      new Date(caseNow(h.db.models).getTime() - 2 * 3600_000),
    );
    expect(code(await h.gql(CUSTOMER_VIEW, { t: expired.token }, { as: null }))).toBe('LINK_EXPIRED');
    // Forged: the signature changed, or garbage.
    const [head, body, sig] = first.token.split('.') as [string, string, string];
    const flipped = `${head}.${body}.${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}`;
    expect(code(await h.gql(CUSTOMER_VIEW, { t: flipped }, { as: null }))).toBe('LINK_INVALID');
    expect(code(await h.gql(ACCEPT, { t: 'not-a-token' }, { as: null }))).toBe('LINK_INVALID');
    // Validly signed but never issued through the log (e.g. the append failed): invalid.
    const unrecorded = await issueCustomerLinkToken(h.db.models, caseHex, 1);
    expect(code(await h.gql(CUSTOMER_VIEW, { t: unrecorded.token }, { as: null }))).toBe('LINK_INVALID');
    // A newer link replaces the older one.
    const second = await link(c.id);
    expect(code(await h.gql(ACCEPT, { t: first.token }, { as: null }))).toBe('LINK_EXPIRED');
    ok(await h.gql(CUSTOMER_VIEW, { t: second.token }, { as: null }));
    // Out-of-range expiry.
    expect(code(await h.gql(LINK, { id: c.id, hours: 0 }, { as: staff.agent }))).toBe('BAD_USER_INPUT');
  });

  it('lets exactly one of a concurrent accept and counter win', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    ok(await propose(c.id, PLAN));
    const l = await link(c.id);
    const [a, b] = await Promise.all([
      h.gql<{ acceptOffer: ViewJson }>(ACCEPT, { t: l.token }, { as: null }),
      h.gql<{ counterOffer: ViewJson }>(COUNTER, { t: l.token, c: '再想想' }, { as: null }),
    ]);
    const wins = [a, b].filter((r) => !r.errors);
    expect(wins).toHaveLength(1);
    const loser = [a.errors, b.errors].find((e) => e)!;
    expect(['CONFLICT', 'STEP_NOT_ACTIVE', 'NO_OPEN_OFFER']).toContain(loser[0]?.extensions?.code);
    const log = ok(
      await h.gql<{ case: { events: { edges: { node: { type: string } }[] } } }>(
        `query($id: ID!) { case(id: $id) { events(first: 200) { edges { node { type } } } } }`,
        { id: c.id },
      ),
    ).case.events.edges.filter((e) => e.node.type === 'customerResponded');
    expect(log).toHaveLength(1);
  });
});
