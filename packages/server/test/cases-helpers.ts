/**
 * Shared setup of the case-runtime integration tests: the seed complaint flow published, flow roles
 * as platform roles, and staff in two departments.
 */
import { expect } from 'vitest';
import type { GqlResponse, Harness } from './harness';

export const CASE_FIELDS = `id reference status activeSteps channel departmentCode dueAt outcome
  customer { name idNumber phone bankCard address }
  assignee { username } flowVersion { version }`;
export const RESULT = `case { ${CASE_FIELDS} } events { seq type hash previousHash actorKey data } replayed`;

export const OPEN = `mutation($input: OpenCaseInput!, $key: String) { openCase(input: $input, idempotencyKey: $key) { ${RESULT} } }`;
export const SUBMIT = `mutation($id: ID!, $step: String!, $data: JSON!, $key: String) {
  submitStep(caseId: $id, stepKey: $step, data: $data, idempotencyKey: $key) { ${RESULT} } }`;
export const LOG_CALL = `mutation($id: ID!, $step: String!, $channel: String!, $contact: String!, $answered: Boolean!) {
  logCommunication(caseId: $id, stepKey: $step, channel: $channel, contact: $contact, answered: $answered, summary: "回访") { ${RESULT} } }`;
/** Closes a complaint (the seed complaint flow) with its finding (溯源整改), which a complaint needs. */
export const CLOSE = `mutation($id: ID!) { closeCase(caseId: $id, note: "办结", finding: { rootCause: "service-attitude", remedy: "道歉并培训" }) { ${RESULT} } }`;
export const CASE = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} events(first: 200) { totalCount edges { node { seq type hash previousHash data } } } } }`;

export const ID_NUMBER = '11010519491231002X';
export const PHONE = '13812345678';

export const CUSTOMER = {
  name: '张三',
  idNumber: ID_NUMBER,
  phone: PHONE,
  bankCard: '6222021234567890128',
  address: '北京市东城区东长安街1号',
};

export function openInput(extra: Record<string, unknown> = {}) {
  return {
    templateKey: 'complaint-handling',
    channel: 'HOTLINE',
    customer: CUSTOMER,
    departmentCode: 'CUSTOMER_SERVICE',
    ...extra,
  };
}

export const COMPLAINT = {
  complaintChannel: 'phone',
  complainantName: '张三',
  complainantMobile: PHONE,
  complaintText: '柜台服务态度差',
};
export const CLASSIFY = {
  category: 'service',
  businessType: 'cards',
  cause: 'service-quality',
  feedbackMethod: 'phone',
};
export const HANDLE = {
  confirmedProblem: '属实',
  rootCause: '培训不足',
  solution: '道歉并培训',
  implemented: 'yes',
};

export function ok<T>(res: GqlResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

export function code<T>(res: GqlResponse<T>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

export interface Staff {
  agent: string;
  otherDept: string;
  revealer: string;
  agentId: string;
}

/** Publishes the seed complaint flow and creates the staff; returns their credentials. */
export async function setUpCases(h: Harness): Promise<Staff> {
  const created = ok(
    await h.gql<{ createFlowTemplate: { draft: { revision: number } } }>(
      `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { draft { revision } } }`,
      {
        input: {
          key: 'complaint-handling',
          name: { zh: '投诉处理', en: 'Complaints' },
          kind: 'COMPLAINT',
          fromSeed: 'complaint-handling',
        },
      },
    ),
  );
  ok(
    await h.gql(
      `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
      {
        key: 'complaint-handling',
        base: created.createFlowTemplate.draft.revision,
      },
    ),
  );
  const role = (key: string, permissions: string[]) =>
    h.gql(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
      input: { key, name: { zh: key, en: key }, permissions },
    });
  ok(await role('service-dept', ['case.read', 'case.work']));
  ok(await role('pii-officer', ['case.read', 'case.work', 'case.reveal-pii']));
  const user = async (username: string, roles: string[], departments: string[]) =>
    ok(
      await h.gql<{ createUser: { id: string } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        {
          input: { username, displayName: username, password: 'correct horse battery', roles, departments },
        },
      ),
    ).createUser.id;
  const agentId = await user('agent.cs', ['agent', 'service-dept'], ['CUSTOMER_SERVICE']);
  await user('agent.policy', ['agent', 'service-dept'], ['POLICY']);
  await user('officer.pii', ['pii-officer', 'service-dept'], ['CUSTOMER_SERVICE']);
  return {
    agent: await h.login('agent.cs', 'correct horse battery'),
    otherDept: await h.login('agent.policy', 'correct horse battery'),
    revealer: await h.login('officer.pii', 'correct horse battery'),
    agentId,
  };
}

export interface CaseResult {
  case: {
    id: string;
    reference: string;
    status: string;
    activeSteps: string[];
    customer: Record<string, string | null>;
  };
  events: {
    seq: number;
    type: string;
    hash: string;
    previousHash: string | null;
    data: Record<string, unknown>;
  }[];
  replayed: boolean;
}
