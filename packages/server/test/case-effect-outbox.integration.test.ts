/**
 * The effect outbox against the real embedded database: effects other systems perform (here the SMS a
 * notification step sends, and the customer notice of a complaint-clock extension) are recorded as host
 * events in the same batch as their cause, with the engine's effect key, in the audit chain, and only
 * once however often the request is retried.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { CUSTOMER, ok } from './cases-helpers';
import { APPLICATION, setUpOffers, type OfferStaff } from './offers-helpers';

const RESULT = `case { id status activeSteps } events { seq type data } replayed`;
interface Result {
  case: { id: string; status: string; activeSteps: string[] };
  events: { seq: number; type: string; data: Record<string, unknown> }[];
  replayed: boolean;
}

describe('effect outbox', () => {
  let h: Harness;
  let staff: OfferStaff;

  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpOffers(h);
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
        { id, data: APPLICATION },
        { as: staff.agent },
      ),
    );
    const APPROVE = `mutation($id: ID!) { approveStep(caseId: $id, stepKey: "review", idempotencyKey: "rev-1",
      data: { identityVerified: "yes", requestReasonable: "yes" }) { ${RESULT} } }`;
    const approved = ok(
      await h.gql<{ approveStep: Result }>(APPROVE, { id }, { as: staff.reviewer }),
    ).approveStep;
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

    const retried = ok(
      await h.gql<{ approveStep: Result }>(APPROVE, { id }, { as: staff.reviewer }),
    ).approveStep;
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
