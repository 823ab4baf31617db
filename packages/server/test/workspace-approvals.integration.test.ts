/**
 * The agent workspace's approvals (issue 10): complaint-clock extension requests decided by a
 * supervisor other than the requester (and the old direct extension still working), `checkOffer`'s dry
 * run of `proposeOffer`, `pendingReviews`, and the complaint clock's standing. Against the real
 * embedded database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { OPEN, code, ok, openInput, setUpCases, type CaseResult, type Staff } from './cases-helpers';
import { PLAN, caseAtPlanDrafting, setUpOffers, type OfferStaff } from './offers-helpers';

const PASSWORD = 'correct horse battery';

const CLOCK = `query($id: ID!) { case(id: $id) { complaintClock { deadline status daysLeft workingDaysLeft
  extensions { days reason by approvedBy }
  extensionRequests { id caseId caseReference days reason requestedBy status decidedBy comment } } } }`;
const REQUEST = `mutation($id: ID!, $reason: String!, $key: String) {
  requestComplaintExtension(caseId: $id, reason: $reason, idempotencyKey: $key) { events { type actorKey data } } }`;
const DECIDE = `mutation($id: ID!, $req: ID!, $approve: Boolean!, $comment: String) {
  decideComplaintExtension(caseId: $id, requestId: $req, approve: $approve, comment: $comment) {
    events { type actorKey data } } }`;
const PENDING = `query { pendingComplaintExtensions { id caseId caseReference days reason status } }`;
const CHECK = `query($id: ID!, $step: String!, $plan: JSON!) { checkOffer(caseId: $id, stepKey: $step, plan: $plan) {
  verdict requiredRole code message { zh en } problems { code path } } }`;

interface ClockView {
  complaintClock: {
    deadline: string;
    status: string;
    daysLeft: number;
    workingDaysLeft: number;
    extensions: { days: number; reason: string; by: string; approvedBy: string | null }[];
    extensionRequests: {
      id: string;
      caseId: string;
      days: number;
      reason: string;
      requestedBy: string;
      status: string;
      decidedBy: string | null;
      comment: string | null;
    }[];
  };
}

describe('workspace approvals', () => {
  let h: Harness;
  let staff: Staff;
  let offers: OfferStaff;
  let supervisorA: string;
  let supervisorB: string;

  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpCases(h);
    offers = await setUpOffers(h);
    const user = async (username: string) =>
      ok(
        await h.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
          input: {
            username,
            displayName: username,
            password: PASSWORD,
            roles: ['supervisor'],
            departments: ['CUSTOMER_SERVICE'],
          },
        }),
      );
    await user('sup.a');
    await user('sup.b');
    supervisorA = await h.login('sup.a', PASSWORD);
    supervisorB = await h.login('sup.b', PASSWORD);
  });
  afterAll(async () => {
    await h?.close();
  });

  const openComplaint = async (as: string) =>
    ok(await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput() }, { as })).openCase.case;
  const clock = async (id: string, as = staff.agent) =>
    ok(await h.gql<{ case: ClockView }>(CLOCK, { id }, { as })).case.complaintClock;

  it('shows the clock on time with days left, and an agent’s request changes nothing until decided', async () => {
    const c = await openComplaint(staff.agent);
    const start = await clock(c.id);
    expect(start.status).toBe('ON_TIME');
    expect(start.daysLeft).toBeGreaterThanOrEqual(15);
    expect(start.workingDaysLeft).toBeGreaterThan(0);
    expect(start.workingDaysLeft).toBeLessThanOrEqual(start.daysLeft);

    const requested = ok(
      await h.gql<{ requestComplaintExtension: { events: { type: string; actorKey: string }[] } }>(
        REQUEST,
        { id: c.id, reason: '需调取录音' },
        { as: staff.agent },
      ),
    ).requestComplaintExtension.events;
    expect(requested.map((e) => e.type)).toEqual(['complaintExtensionRequested']);
    expect(requested[0]!.actorKey).toMatch(/^user:/);
    const after = await clock(c.id);
    expect(after.deadline).toBe(start.deadline);
    expect(after.extensions).toEqual([]);
    expect(after.extensionRequests).toEqual([
      expect.objectContaining({ days: 15, reason: '需调取录音', status: 'PENDING', caseId: c.id }),
    ]);

    // A second request while one waits is refused.
    const again = await h.gql(REQUEST, { id: c.id, reason: '再次' }, { as: staff.agent });
    expect(code(again)).toBe('APPROVAL_PENDING');

    // The supervisor's list shows it; an agent may not read the list at all.
    const pending = ok(
      await h.gql<{ pendingComplaintExtensions: { id: string; caseId: string }[] }>(
        PENDING,
        {},
        { as: supervisorA },
      ),
    ).pendingComplaintExtensions;
    expect(pending.map((p) => p.caseId)).toContain(c.id);
    expect(code(await h.gql(PENDING, {}, { as: staff.agent }))).toBe('FORBIDDEN');

    // An agent may not decide, not even with the request in hand.
    const requestId = after.extensionRequests[0]!.id;
    expect(code(await h.gql(DECIDE, { id: c.id, req: requestId, approve: true }, { as: staff.agent }))).toBe(
      'FORBIDDEN',
    );
    // Declining needs a reason.
    const noReason = await h.gql(DECIDE, { id: c.id, req: requestId, approve: false }, { as: supervisorA });
    expect(code(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors?.[0]?.extensions?.['fieldPath']).toEqual(['comment']);

    const approved = ok(
      await h.gql<{
        decideComplaintExtension: {
          events: { type: string; actorKey: string; data: Record<string, unknown> }[];
        };
      }>(DECIDE, { id: c.id, req: requestId, approve: true, comment: '同意' }, { as: supervisorA }),
    ).decideComplaintExtension.events;
    // The decision, the extension and the customer's notice, in one batch.
    expect(approved.map((e) => e.type)).toEqual([
      'complaintExtensionDecided',
      'deadlineExtended',
      'notificationRequested',
    ]);
    expect(approved[0]!.data).toMatchObject({ requestId, approved: true, comment: '同意' });
    const extended = await clock(c.id);
    expect(new Date(extended.deadline).getTime()).toBeGreaterThan(new Date(start.deadline).getTime());
    expect(extended.status).toBe('EXTENDED');
    expect(extended.extensions).toHaveLength(1);
    expect(extended.extensionRequests[0]).toMatchObject({ status: 'APPROVED', comment: '同意' });
    expect(extended.extensionRequests[0]!.decidedBy).toMatch(/^user:/);

    // Decided once: a second decision is refused and nothing more is written.
    const twice = await h.gql(DECIDE, { id: c.id, req: requestId, approve: true }, { as: supervisorB });
    expect(code(twice)).toBe('APPROVAL_PENDING');
    expect(
      ok(
        await h.gql<{ pendingComplaintExtensions: { caseId: string }[] }>(PENDING, {}, { as: supervisorA }),
      ).pendingComplaintExtensions.map((p) => p.caseId),
    ).not.toContain(c.id);
  });

  it('you cannot approve your own request; another supervisor can decline it with a reason', async () => {
    const c = await openComplaint(supervisorA);
    ok(await h.gql(REQUEST, { id: c.id, reason: '需要更多时间' }, { as: supervisorA }));
    const [request] = (await clock(c.id, supervisorA)).extensionRequests;
    const own = await h.gql(DECIDE, { id: c.id, req: request!.id, approve: true }, { as: supervisorA });
    expect(code(own)).toBe('NOT_AUTHORISED');
    expect(own.errors?.[0]?.extensions?.['messages']).toEqual({
      zh: '不能审批自己提出的延期申请。',
      en: 'You cannot decide your own extension request.',
    });
    expect((await clock(c.id, supervisorA)).extensionRequests[0]!.status).toBe('PENDING');

    const declined = ok(
      await h.gql<{ decideComplaintExtension: { events: { type: string }[] } }>(
        DECIDE,
        { id: c.id, req: request!.id, approve: false, comment: '材料齐全，无需延期' },
        { as: supervisorB },
      ),
    ).decideComplaintExtension.events;
    expect(declined.map((e) => e.type)).toEqual(['complaintExtensionDecided']);
    const after = await clock(c.id, supervisorA);
    expect(after.extensions).toEqual([]);
    expect(after.status).toBe('ON_TIME');
    expect(after.extensionRequests[0]).toMatchObject({ status: 'DECLINED', comment: '材料齐全，无需延期' });
    // Unknown request.
    expect(code(await h.gql(DECIDE, { id: c.id, req: 'nope', approve: true }, { as: supervisorB }))).toBe(
      'NOT_FOUND',
    );
  });

  it('the old direct extension still works', async () => {
    const c = await openComplaint(staff.agent);
    const res = ok(
      await h.gql<{ extendComplaintDeadline: { events: { type: string }[] } }>(
        `mutation($id: ID!) { extendComplaintDeadline(caseId: $id, reason: "需调取录音") { events { type } } }`,
        { id: c.id },
        { as: staff.agent },
      ),
    ).extendComplaintDeadline.events;
    expect(res.map((e) => e.type)).toContain('deadlineExtended');
    expect((await clock(c.id)).status).toBe('EXTENDED');
  });

  it('checkOffer says what proposeOffer would do, and writes nothing', async () => {
    const { id } = await caseAtPlanDrafting(h, offers);
    const within = ok(
      await h.gql<{ checkOffer: { verdict: string } }>(
        CHECK,
        { id, step: 'draft-plan', plan: PLAN },
        { as: offers.agent },
      ),
    ).checkOffer;
    expect(within.verdict).toBe('WITHIN_AUTHORITY');

    // 停息挂账 over 24 months with every penalty interest and fee waived beyond an agent's 10 %.
    const frozen = {
      kind: 'interestFrozen',
      owed: { principalFen: 4_500_000, interestFen: 300_000, penaltyInterestFen: 400_000, feesFen: 300_000 },
      waivers: { penaltyInterest: 'all', fees: 'all' },
      startDate: PLAN.startDate,
      termMonths: 24,
    };
    const needs = ok(
      await h.gql<{ checkOffer: { verdict: string; requiredRole: string; code: string } }>(
        CHECK,
        { id, step: 'draft-plan', plan: frozen },
        { as: offers.agent },
      ),
    ).checkOffer;
    expect(needs).toMatchObject({ verdict: 'NEEDS_APPROVAL', requiredRole: 'supervisor' });
    // The supervisor may make it himself.
    expect(
      ok(
        await h.gql<{ checkOffer: { verdict: string } }>(
          CHECK,
          { id, step: 'draft-plan', plan: frozen },
          { as: offers.supervisor },
        ),
      ).checkOffer.verdict,
    ).toBe('WITHIN_AUTHORITY');

    const tooLong = ok(
      await h.gql<{ checkOffer: { verdict: string; problems: { code: string; path: string[] }[] } }>(
        CHECK,
        { id, step: 'draft-plan', plan: { ...PLAN, termMonths: 72 } },
        { as: offers.agent },
      ),
    ).checkOffer;
    expect(tooLong.verdict).toBe('INVALID');
    expect(tooLong.problems).toContainEqual({
      code: 'PLAN_TERM_EXCEEDS_LIMIT',
      path: ['plan', 'termMonths'],
    });

    const events = ok(
      await h.gql<{ case: { events: { totalCount: number }; activeSteps: string[] } }>(
        `query($id: ID!) { case(id: $id) { activeSteps events { totalCount } } }`,
        { id },
        { as: offers.agent },
      ),
    ).case;
    expect(events.activeSteps).toEqual(['draft-plan']);
    // An agent of another department cannot check offers on a case it cannot see.
    expect(code(await h.gql(CHECK, { id, step: 'draft-plan', plan: PLAN }, { as: staff.otherDept }))).toBe(
      'NOT_FOUND',
    );
  });

  it('pendingReviews lists the review steps waiting for the caller’s flow role, for supervisors only', async () => {
    const opened = ok(
      await h.gql<{ openCase: { case: { id: string } } }>(
        `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }`,
        {
          input: {
            templateKey: 'minsheng-e-negotiation',
            channel: 'APP',
            customer: { name: '李四', idNumber: '11010519491231002X', phone: '13800138001' },
            departmentCode: 'CUSTOMER_SERVICE',
          },
        },
        { as: offers.agent },
      ),
    ).openCase.case;
    const QUERY = `query { pendingReviews { caseId stepKey role stepName { zh en } flowName { zh } since } }`;
    const before = ok(
      await h.gql<{ pendingReviews: { caseId: string }[] }>(QUERY, {}, { as: offers.supervisor }),
    );
    expect(before.pendingReviews.map((r) => r.caseId)).not.toContain(opened.id);
    ok(
      await h.gql(
        `mutation($id: ID!, $data: JSON!) { submitStep(caseId: $id, stepKey: "apply", data: $data) { replayed } }`,
        {
          id: opened.id,
          data: {
            customerName: '李四',
            mobile: '13800138001',
            idNumber: '11010519491231002X',
            applicationChannel: 'app',
            matter: 'overdue-repayment',
            amountOwedFen: 1_000_000,
            hardship: ['illness'],
            description: '希望协商。',
          },
        },
        { as: offers.agent },
      ),
    );
    const after = ok(
      await h.gql<{
        pendingReviews: { caseId: string; stepKey: string; role: string; stepName: { zh: string } }[];
      }>(QUERY, {}, { as: offers.supervisor }),
    ).pendingReviews.find((r) => r.caseId === opened.id);
    expect(after).toMatchObject({ stepKey: 'review', role: 'reviewer', stepName: { zh: '信息审核' } });
    expect(code(await h.gql(QUERY, {}, { as: offers.agent }))).toBe('FORBIDDEN');
  });
});
