/**
 * The data the attacks run against: the complaint flow and the Minsheng negotiation published, a user
 * of every built-in role in the customer-service department, and in each of two departments (our own,
 * CUSTOMER_SERVICE, and another, POLICY) a complaint case and a negotiation case with an offer and a
 * customer link. Plus an intake link, a category, a webhook subscription and an API client, so that
 * ids and tokens given to the attacks are real.
 */
import { BUILT_IN_ROLES } from '../../src/features/access/permissions';
import type { Harness } from '../harness';
import { ok, openInput, setUpCases } from '../cases-helpers';
import { APPLICATION, PLAN, setUpOffers } from '../offers-helpers';

export const OWN = 'CUSTOMER_SERVICE';
export const OTHER = 'POLICY';
export type Dept = 'own' | 'other';
export const PASSWORD = 'correct horse battery';

export interface CaseRef {
  id: string;
  reference: string;
}

export interface DeptWorld {
  code: string;
  complaint: CaseRef;
  negotiation: CaseRef;
  /** The customer link of the negotiation case's offer. */
  token: string;
  /** Text only this department's cases contain: a response showing it to an outsider leaks. */
  markers: string[];
}

export interface World {
  own: DeptWorld;
  other: DeptWorld;
  /** `Bearer …` of a user holding exactly one built-in role, in the own department, by role key. */
  roles: Record<string, string>;
  /** `Bearer …` of an agent of the own department (flow role `agent`). */
  agent: string;
  intakeToken: string;
  categoryId: string;
  /** A user nobody signs in as (targets for user administration). */
  victimUserId: string;
  webhookId: string;
  apiClientId: string;
}

/** A valid PRC resident ID number for a birth date and sequence (ISO 7064 MOD 11-2 check digit). */
export function prcId(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body17 + '10X98765432'[sum % 11]!;
}

const CUSTOMERS = {
  own: { name: '王自家', idNumber: prcId('11010519800101123'), phone: '13900000011' },
  other: { name: '赵别部', idNumber: prcId('31010119850505456'), phone: '13900000022' },
};

async function createUser(h: Harness, username: string, roles: string[], departments: string[]) {
  return ok(
    await h.gql<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username, displayName: username, password: PASSWORD, roles, departments } },
    ),
  ).createUser.id;
}

async function negotiationCase(
  h: Harness,
  dept: string,
  agent: string,
  reviewer: string,
  customer: { name: string; idNumber: string; phone: string },
): Promise<{ ref: CaseRef; token: string }> {
  const opened = ok(
    await h.gql<{ openCase: { case: CaseRef } }>(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id reference } } }`,
      { input: { templateKey: 'minsheng-e-negotiation', channel: 'APP', customer, departmentCode: dept } },
      { as: agent },
    ),
  ).openCase.case;
  const id = opened.id;
  const step = async (mutation: string, variables: Record<string, unknown>, as: string) =>
    ok(await h.gql(mutation, { id, ...variables }, { as }));
  await step(
    `mutation($id: ID!, $data: JSON!) { submitStep(caseId: $id, stepKey: "apply", data: $data) { replayed } }`,
    {
      data: {
        ...APPLICATION,
        customerName: customer.name,
        mobile: customer.phone,
        idNumber: customer.idNumber,
      },
    },
    agent,
  );
  await step(
    `mutation($id: ID!, $data: JSON!) { approveStep(caseId: $id, stepKey: "review", data: $data) { replayed } }`,
    { data: { identityVerified: 'yes', requestReasonable: 'yes' } },
    reviewer,
  );
  await step(
    `mutation($id: ID!, $c: String!) { logCommunication(caseId: $id, stepKey: "communicate", channel: "video",
      contact: $c, answered: true, summary: "视频沟通") { replayed } }`,
    { c: customer.phone },
    agent,
  );
  await step(
    `mutation($id: ID!, $plan: JSON!) { proposeOffer(caseId: $id, stepKey: "draft-plan", plan: $plan) { replayed } }`,
    { plan: PLAN },
    agent,
  );
  const token = ok(
    await h.gql<{ issueCustomerLink: { token: string } }>(
      `mutation($id: ID!) { issueCustomerLink(caseId: $id) { token } }`,
      { id },
      { as: agent },
    ),
  ).issueCustomerLink.token;
  return { ref: opened, token };
}

async function complaintCase(h: Harness, dept: string, customer: object): Promise<CaseRef> {
  return ok(
    await h.gql<{ openCase: { case: CaseRef } }>(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id reference } } }`,
      { input: openInput({ departmentCode: dept, customer }) },
    ),
  ).openCase.case;
}

export async function buildWorld(h: Harness): Promise<World> {
  const cases = await setUpCases(h);
  const offers = await setUpOffers(h);
  await createUser(h, 'neg.agent.policy', ['agent'], [OTHER]);
  await createUser(h, 'neg.reviewer.policy', ['reviewer'], [OTHER]);
  await createUser(h, 'neg.reviewer.cs', ['reviewer'], [OWN]);
  const policyAgent = await h.login('neg.agent.policy', PASSWORD);
  const policyReviewer = await h.login('neg.reviewer.policy', PASSWORD);

  const roles: Record<string, string> = {};
  for (const role of BUILT_IN_ROLES) {
    await createUser(h, `matrix.${role.key}`, [role.key], [OWN]);
    roles[role.key] = await h.login(`matrix.${role.key}`, PASSWORD);
  }
  const victimUserId = await createUser(h, 'victim.user', ['agent'], [OWN]);

  const world = async (dept: Dept, code: string, agent: string, reviewer: string): Promise<DeptWorld> => {
    const customer = CUSTOMERS[dept];
    const complaint = await complaintCase(h, code, customer);
    const negotiation = await negotiationCase(h, code, agent, reviewer, customer);
    return {
      code,
      complaint,
      negotiation: negotiation.ref,
      token: negotiation.token,
      markers: [
        complaint.id,
        complaint.reference,
        negotiation.ref.id,
        negotiation.ref.reference,
        customer.name,
        customer.idNumber,
        customer.phone,
      ],
    };
  };
  const own = await world('own', OWN, offers.agent, offers.reviewer);
  const other = await world('other', OTHER, policyAgent, policyReviewer);

  const intakeToken = ok(
    await h.gql<{ issueIntakeLink: { token: string } }>(
      `mutation { issueIntakeLink(templateKey: "minsheng-e-negotiation", channel: APP) { token } }`,
    ),
  ).issueIntakeLink.token;
  const categoryId = ok(
    await h.gql<{ createComplaintCategory: { id: string } }>(
      `mutation { createComplaintCategory(input: { code: "ATTACK-TARGET", name: { zh: "靶子", en: "Target" },
        routing: { departmentCode: "CUSTOMER_SERVICE" } }) { id } }`,
    ),
  ).createComplaintCategory.id;
  const webhookId = ok(
    await h.gql<{ createWebhookSubscription: { subscription: { id: string } } }>(
      `mutation { createWebhookSubscription(input: { name: "crm", url: "http://127.0.0.1:9/hook",
        eventTypes: ["*"] }) { subscription { id } } }`,
    ),
  ).createWebhookSubscription.subscription.id;
  const apiClientId = ok(
    await h.gql<{ createApiClient: { client: { id: string } } }>(
      `mutation { createApiClient(input: { name: "core-banking", scopes: ["category.read"] }) { client { id } } }`,
    ),
  ).createApiClient.client.id;
  return {
    own,
    other,
    roles,
    agent: cases.agent,
    intakeToken,
    categoryId,
    victimUserId,
    webhookId,
    apiClientId,
  };
}
