/**
 * The effect outbox against the real embedded database: effects other systems perform (here the SMS a
 * notification step sends, and the customer notice of a complaint-clock extension) are recorded as host
 * events in the same batch as their cause, with the engine's effect key, in the audit chain, and only
 * once however often the request is retried.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { CUSTOMER, ok, setUpCases, type Staff } from './cases-helpers';

const RESULT = `case { id status activeSteps } events { seq type data } replayed`;
interface Result {
  case: { id: string; status: string; activeSteps: string[] };
  events: { seq: number; type: string; data: Record<string, unknown> }[];
  replayed: boolean;
}

describe('effect outbox', () => {
  let h: Harness;
  let staff: Staff;
  let reviewer: string;

  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpCases(h);
    const created = ok(
      await h.gql<{ createFlowTemplate: { draft: { revision: number } } }>(
        `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { draft { revision } } }`,
        {
          input: {
            key: 'minsheng-e-negotiation',
            name: { zh: '民生协商', en: 'Minsheng' },
            kind: 'NEGOTIATION',
            fromSeed: 'minsheng-e-negotiation',
          },
        },
      ),
    );
    ok(
      await h.gql(
        `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
        { key: 'minsheng-e-negotiation', base: created.createFlowTemplate.draft.revision },
      ),
    );
    ok(
      await h.gql(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
        input: {
          key: 'reviewer',
          name: { zh: '审核', en: 'Reviewer' },
          permissions: ['case.read', 'case.work'],
        },
      }),
    );
    ok(
      await h.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: {
          username: 'rev',
          displayName: 'rev',
          password: 'correct horse battery',
          roles: ['agent', 'reviewer'],
          departments: ['CUSTOMER_SERVICE'],
        },
      }),
    );
    reviewer = await h.login('rev', 'correct horse battery');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('records the SMS of a notification step in the batch that reached it, once', async () => {
    const opened = ok(
      await h.gql<{ openCase: Result }>(
        `mutation($input: OpenCaseInput!) { openCase(input: $input) { ${RESULT} } }`,
        {
          input: {
            templateKey: 'minsheng-e-negotiation',
            channel: 'APP',
            customer: CUSTOMER,
            departmentCode: 'CUSTOMER_SERVICE',
          },
        },
        { as: staff.agent },
      ),
    ).openCase;
    const id = opened.case.id;
    ok(
      await h.gql(
        `mutation($id: ID!, $data: JSON!) { submitStep(caseId: $id, stepKey: "apply", data: $data) { case { id } } }`,
        {
          id,
          data: {
            customerName: '张三',
            mobile: '13800138000',
            idNumber: '11010519491231002X',
            applicationChannel: 'app',
            matter: 'overdue-repayment',
            amountOwedFen: 5_000_000,
            hardship: ['illness'],
            description: '因病暂时无法按期还款',
          },
        },
        { as: staff.agent },
      ),
    );
    const APPROVE = `mutation($id: ID!) { approveStep(caseId: $id, stepKey: "review", idempotencyKey: "rev-1",
      data: { identityVerified: "yes", requestReasonable: "yes" }) { ${RESULT} } }`;
    const approved = ok(await h.gql<{ approveStep: Result }>(APPROVE, { id }, { as: reviewer })).approveStep;
    const sms = approved.events.filter((e) => e.type === 'notificationRequested');
    expect(sms).toHaveLength(1);
    expect(sms[0]?.data).toMatchObject({
      channel: 'sms',
      recipient: 'customer',
      template: 'negotiation-accepted',
    });
    expect(String(sms[0]?.data['effectKey'])).not.toBe('');
    // Its cause is in the same batch: the notification step was reached by this command.
    expect(approved.events.some((e) => e.type === 'stepActivated')).toBe(true);

    const retried = ok(await h.gql<{ approveStep: Result }>(APPROVE, { id }, { as: reviewer })).approveStep;
    expect(retried.replayed).toBe(true);
    const log = ok(
      await h.gql<{ case: { events: { edges: { node: { type: string } }[] } } }>(
        `query($id: ID!) { case(id: $id) { events(first: 200) { edges { node { type } } } } }`,
        { id },
      ),
    ).case.events.edges.map((e) => e.node.type);
    expect(log.filter((t) => t === 'notificationRequested')).toHaveLength(1);
    const audit = ok(
      await h.gql<{ verifyAudit: { ok: boolean } }>(`query($id: ID!) { verifyAudit(caseId: $id) { ok } }`, {
        id,
      }),
    ).verifyAudit;
    expect(audit.ok).toBe(true);
  });
});
