import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import {
  CASE,
  CLASSIFY,
  CLOSE,
  COMPLAINT,
  HANDLE,
  ID_NUMBER,
  LOG_CALL,
  OPEN,
  PHONE,
  SUBMIT,
  code,
  ok,
  openInput,
  setUpCases,
  type CaseResult,
  type Staff,
} from './cases-helpers';

describe('cases: open to close over GraphQL', () => {
  let h: Harness;
  let staff: Staff;
  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpCases(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(extra: Record<string, unknown> = {}, as?: string): Promise<CaseResult> {
    return ok(
      await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput(extra) }, { as: as ?? staff.agent }),
    ).openCase;
  }

  it('drives the seed complaint flow from open to close, masked throughout', async () => {
    const opened = await open({ assignToMe: true });
    expect(opened.case.reference).toMatch(/^C-\d{4}-\d{6}$/);
    expect(opened.case.status).toBe('OPEN');
    expect(opened.case.activeSteps).toEqual(['receive']);
    expect(opened.case.customer).toEqual({
      name: '张*',
      idNumber: '110***********002X',
      phone: '138****5678',
      bankCard: '6222***********0128',
      address: '北京市东城区****',
    });
    expect(opened.events.map((e) => e.type)[0]).toBe('caseOpened');
    expect(opened.events.map((e) => e.seq)).toEqual(opened.events.map((_, i) => i + 1));
    const id = opened.case.id;
    const step = async (stepKey: string, data: Record<string, unknown>) =>
      ok(await h.gql<{ submitStep: CaseResult }>(SUBMIT, { id, step: stepKey, data }, { as: staff.agent }))
        .submitStep;
    const received = await step('receive', COMPLAINT);
    expect(received.events.find((e) => e.type === 'stepCompleted')!.data['data']).toMatchObject({
      complainantName: '张*',
      complainantMobile: '138****5678',
    });
    await step('classify', CLASSIFY);
    await step('handle', HANDLE);
    const tracked = await step('track', { trackingStatus: 'resolved' });
    expect(tracked.case.activeSteps).toEqual(['phone-feedback']);
    const called = ok(
      await h.gql<{ logCommunication: CaseResult }>(
        LOG_CALL,
        { id, step: 'phone-feedback', channel: 'phone', contact: PHONE, answered: true },
        { as: staff.agent },
      ),
    ).logCommunication;
    expect(JSON.stringify(called.events)).not.toContain(PHONE);
    const followed = await step('follow-up', { complainantSatisfaction: 5 });
    expect(followed.case.status).toBe('RESOLVED');
    const closed = ok(await h.gql<{ closeCase: CaseResult }>(CLOSE, { id }, { as: staff.agent })).closeCase;
    expect(closed.case.status).toBe('CLOSED');
    const read = ok(
      await h.gql<{ case: { events: { totalCount: number; edges: { node: { seq: number } }[] } } }>(
        CASE,
        { id },
        { as: staff.agent },
      ),
    );
    expect(read.case.events.edges.map((e) => e.node.seq)).toEqual(
      Array.from({ length: read.case.events.totalCount }, (_, i) => i + 1),
    );
  });

  it('codes every refusal', async () => {
    const { case: c } = await open();
    const id = c.id;
    const submit = (stepKey: string, data: unknown, as = staff.agent) =>
      h.gql(SUBMIT, { id, step: stepKey, data }, { as });
    expect(code(await submit('classify', CLASSIFY))).toBe('STEP_NOT_ACTIVE');
    expect(code(await submit('no-such-step', {}))).toBe('UNKNOWN_STEP');
    const invalid = await submit('receive', { ...COMPLAINT, complainantMobile: '123' });
    expect(code(invalid)).toBe('FORM_INVALID');
    const problems = invalid.errors![0]!.extensions!['problems'] as { fieldPath: string[] }[];
    expect(problems.map((p) => p.fieldPath)).toContainEqual(['data', 'complainantMobile']);
    expect(
      code(
        await h.gql(
          `mutation($id: ID!) { approveStep(caseId: $id, stepKey: "receive") { replayed } }`,
          { id },
          { as: staff.agent },
        ),
      ),
    ).toBe('COMMAND_NOT_APPLICABLE');
    expect(code(await h.gql(CLOSE, { id }, { as: staff.agent }))).toBe('CASE_NOT_FINISHED');
    expect(
      code(
        await h.gql(
          `mutation($id: ID!) { resumeCaseClock(caseId: $id) { replayed } }`,
          { id },
          { as: staff.agent },
        ),
      ),
    ).toBe('CLOCK_NOT_PAUSED');
    // A user without the flow role `service-dept` may not work the step.
    expect(code(await submit('receive', COMPLAINT, h.admin))).toBe('NOT_AUTHORISED');
    ok(await submit('receive', COMPLAINT));
    ok(await submit('classify', CLASSIFY));
    ok(await submit('handle', HANDLE));
    ok(await submit('track', { trackingStatus: 'resolved' }));
    expect(
      code(
        await h.gql(
          LOG_CALL,
          { id, step: 'phone-feedback', channel: 'video', contact: PHONE, answered: true },
          { as: staff.agent },
        ),
      ),
    ).toBe('CHANNEL_NOT_ALLOWED');
    ok(
      await h.gql(
        `mutation($id: ID!) { cancelCase(caseId: $id, reason: "客户撤诉") { replayed } }`,
        { id },
        { as: staff.agent },
      ),
    );
    expect(code(await submit('phone-feedback', {}))).toBe('CASE_CLOSED');
    expect(code(await h.gql(SUBMIT, { id: 'bm9wZQ', step: 'receive', data: {} }, { as: staff.agent }))).toBe(
      'NOT_FOUND',
    );
    expect(
      code(
        await h.gql(
          OPEN,
          { input: openInput({ customer: { name: '李四', idNumber: '110105194912310021' } }) },
          { as: staff.agent },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      code(await h.gql(OPEN, { input: openInput({ templateKey: 'no-such-flow' }) }, { as: staff.agent })),
    ).toBe('NOT_FOUND');
    expect(code(await h.gql(`query { verifyAudit { ok } }`, {}, { as: staff.agent }))).toBe('FORBIDDEN');
  });

  it('returns the first result to an idempotent retry, and refuses the key with another request', async () => {
    const first = ok(
      await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput(), key: 'open-1' }, { as: staff.agent }),
    ).openCase;
    const again = ok(
      await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput(), key: 'open-1' }, { as: staff.agent }),
    ).openCase;
    expect(again.replayed).toBe(true);
    expect(again.case.id).toBe(first.case.id);
    expect(again.events.map((e) => e.hash)).toEqual(first.events.map((e) => e.hash));
    expect(await h.db.models.Case.countDocuments({ reference: first.case.reference })).toBe(1);
    const other = await h.gql(
      OPEN,
      { input: openInput({ channel: 'EMAIL' }), key: 'open-1' },
      { as: staff.agent },
    );
    expect(code(other)).toBe('IDEMPOTENCY_KEY_REUSED');

    const id = first.case.id;
    const s1 = ok(
      await h.gql<{ submitStep: CaseResult }>(
        SUBMIT,
        { id, step: 'receive', data: COMPLAINT, key: 'step-1' },
        { as: staff.agent },
      ),
    ).submitStep;
    const s2 = ok(
      await h.gql<{ submitStep: CaseResult }>(
        SUBMIT,
        { id, step: 'receive', data: COMPLAINT, key: 'step-1' },
        { as: staff.agent },
      ),
    ).submitStep;
    expect(s2.replayed).toBe(true);
    expect(s2.events.map((e) => e.seq)).toEqual(s1.events.map((e) => e.seq));
    const oid = new (await import('mongoose')).Types.ObjectId(
      Buffer.from(id, 'base64url').toString().split(':')[1],
    );
    expect(await h.db.models.CaseEvent.countDocuments({ caseId: oid, type: 'stepCompleted' })).toBe(1);
    expect(
      code(await h.gql(SUBMIT, { id, step: 'classify', data: CLASSIFY, key: 'step-1' }, { as: staff.agent })),
    ).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('answers IDEMPOTENCY_IN_PROGRESS for a claim a crashed process left, then takes it over once stale', async () => {
    const input = openInput();
    const first = ok(
      await h.gql<{ openCase: CaseResult }>(OPEN, { input, key: 'crashed-open' }, { as: staff.agent }),
    ).openCase;
    // As if the process died after writing the case but before storing its answer: the claim is pending.
    const claim = { key: 'crashed-open', operation: 'openCase' };
    const recorded = await h.db.models.Idempotency.findOne(claim).lean().exec();
    expect(recorded?.state).toBe('done');
    await h.db.models.Idempotency.updateOne(claim, {
      $set: { state: 'pending', result: null, createdAt: new Date() },
    }).exec();
    const busy = await h.gql(OPEN, { input, key: 'crashed-open' }, { as: staff.agent });
    expect(code(busy)).toBe('CONFLICT');
    expect(busy.errors![0]!.extensions!['reason']).toBe('IDEMPOTENCY_IN_PROGRESS');
    const retryAfter = busy.errors![0]!.extensions!['retryAfterMs'] as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(1000);
    // Stale (older than the takeover window): the retry takes the claim over and finds the case it opened.
    await h.db.models.Idempotency.updateOne(claim, { $set: { createdAt: new Date(0) } }).exec();
    const retried = ok(
      await h.gql<{ openCase: CaseResult }>(OPEN, { input, key: 'crashed-open' }, { as: staff.agent }),
    ).openCase;
    expect(retried.case.reference).toBe(first.case.reference);
    expect(await h.db.models.Case.countDocuments({ reference: first.case.reference }).exec()).toBe(1);
    expect((await h.db.models.Idempotency.findOne(claim).lean().exec())?.state).toBe('done');
  });

  it('opens a case for another system with an idempotency key, bank-wide', async () => {
    const client = ok(
      await h.gql<{ createApiClient: { key: string } }>(
        `mutation { createApiClient(input: { name: "crm", scopes: ["case.read", "case.work"] }) { key } }`,
      ),
    ).createApiClient.key;
    const as = `ApiKey ${client}`;
    const input = openInput({ channel: 'API', departmentCode: 'POLICY' });
    const first = ok(await h.gql<{ openCase: CaseResult }>(OPEN, { input, key: 'crm-123' }, { as })).openCase;
    const retry = ok(await h.gql<{ openCase: CaseResult }>(OPEN, { input, key: 'crm-123' }, { as })).openCase;
    expect(retry.case.reference).toBe(first.case.reference);
    expect(retry.replayed).toBe(true);
    const seen = ok(
      await h.gql<{ case: { reference: string } | null }>(
        `query($id: ID!) { case(id: $id) { reference } }`,
        { id: first.case.id },
        { as },
      ),
    );
    expect(seen.case?.reference).toBe(first.case.reference);
    expect(first.events[0]!['actorKey' as keyof (typeof first.events)[0]]).toMatch(/^api:/);
  });

  it('scopes cases by department and lists the inbox by due time', async () => {
    const mine = await open({ assignToMe: true });
    const hidden = ok(
      await h.gql<{ case: null }>(
        `query($id: ID!) { case(id: $id) { id } }`,
        { id: mine.case.id },
        { as: staff.otherDept },
      ),
    );
    expect(hidden.case).toBeNull();
    expect(
      code(
        await h.gql(SUBMIT, { id: mine.case.id, step: 'receive', data: COMPLAINT }, { as: staff.otherDept }),
      ),
    ).toBe('NOT_FOUND');
    const list = ok(
      await h.gql<{ cases: { totalCount: number } }>(
        `query { cases(first: 200) { totalCount } }`,
        {},
        { as: staff.otherDept },
      ),
    );
    const policyCases = await h.db.models.Case.countDocuments({ departmentCode: 'POLICY' });
    expect(list.cases.totalCount).toBe(policyCases);
    const inbox = ok(
      await h.gql<{ myInbox: { edges: { node: { id: string; dueAt: string | null } }[] } }>(
        `query { myInbox(first: 50) { edges { node { id dueAt } } } }`,
        {},
        { as: staff.agent },
      ),
    ).myInbox.edges.map((e) => e.node);
    expect(inbox.map((c) => c.id)).toContain(mine.case.id);
    const due = inbox.map((c) => c.dueAt ?? '');
    expect(due).toEqual([...due].sort());
    const byId = ok(
      await h.gql<{ casesByCustomer: { id: string }[] }>(
        `query($n: String) { casesByCustomer(idNumber: $n) { id } }`,
        { n: ID_NUMBER },
        { as: staff.agent },
      ),
    );
    expect(byId.casesByCustomer.map((c) => c.id)).toContain(mine.case.id);
    const released = ok(
      await h.gql<{ releaseCase: CaseResult }>(
        `mutation($id: ID!) { releaseCase(caseId: $id) { ${'case { id }'} replayed } }`,
        { id: mine.case.id },
        { as: staff.agent },
      ),
    );
    expect(released.releaseCase.replayed).toBe(false);
    ok(
      await h.gql(
        `mutation($id: ID!) { claimCase(caseId: $id) { replayed } }`,
        { id: mine.case.id },
        { as: staff.agent },
      ),
    );
    ok(
      await h.gql(
        `mutation($id: ID!) { commentOnCase(caseId: $id, text: "已致电") { replayed } }`,
        { id: mine.case.id },
        { as: staff.agent },
      ),
    );
  });

  it('reveals a customer field only with the permission, and records who did it', async () => {
    const { case: c } = await open();
    const REVEAL = `mutation($id: ID!) { revealCustomerField(caseId: $id, field: ID_NUMBER) }`;
    expect(code(await h.gql(REVEAL, { id: c.id }, { as: staff.agent }))).toBe('FORBIDDEN');
    const revealed = ok(
      await h.gql<{ revealCustomerField: string }>(REVEAL, { id: c.id }, { as: staff.revealer }),
    );
    expect(revealed.revealCustomerField).toBe(ID_NUMBER);
    const events = ok(
      await h.gql<{ case: { events: { edges: { node: { type: string; data: { field: string } } }[] } } }>(
        CASE,
        { id: c.id },
        { as: staff.revealer },
      ),
    ).case.events.edges.map((e) => e.node);
    const reveal = events.filter((e) => e.type === 'customerFieldRevealed');
    expect(reveal).toHaveLength(1);
    expect(reveal[0]!.data.field).toBe('ID_NUMBER');
  });
});
