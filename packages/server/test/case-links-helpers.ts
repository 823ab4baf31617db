/**
 * Shared setup of the linked-case, contact, bulk and queue-count tests: a small NEGOTIATION flow (one
 * guarded call step that needs an answer, then the end) under the collection contact policy, complaint
 * categories with and without the 债务催收 cause, and queues.
 */
import type { Harness } from './harness';
import { CUSTOMER, ok } from './cases-helpers';

export const NEGOTIATION_KEY = 'collection-negotiation';

export const NEGOTIATION_DEFINITION = {
  schemaVersion: 1,
  key: NEGOTIATION_KEY,
  version: 1,
  name: { zh: '催收协商', en: 'Collection negotiation' },
  roles: [{ key: 'agent', name: { zh: '坐席', en: 'Agent' } }],
  forms: [],
  start: 'call',
  contactPolicy: {
    quietHours: { start: '22:00', end: '08:00' },
    timeZone: 'Asia/Shanghai',
    maxUnansweredPerContactPerDay: 6,
  },
  steps: [
    {
      kind: 'communication',
      key: 'call',
      name: { zh: '联系客户', en: 'Call the customer' },
      channels: ['phone', 'chat'],
      contactGuard: true,
      requireAnswered: true,
      assignTo: { role: 'agent' },
    },
    { kind: 'end', key: 'end', name: { zh: '结束', en: 'End' }, outcome: 'resolved' },
  ],
  transitions: [{ key: 't1', from: 'call', to: 'end' }],
};

/** Creates and publishes the negotiation flow. */
export async function publishNegotiation(h: Harness): Promise<void> {
  const created = ok(
    await h.gql<{ createFlowTemplate: { draft: { revision: number } } }>(
      `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { draft { revision } } }`,
      {
        input: {
          key: NEGOTIATION_KEY,
          name: NEGOTIATION_DEFINITION.name,
          kind: 'NEGOTIATION',
          definition: NEGOTIATION_DEFINITION,
        },
      },
    ),
  );
  ok(
    await h.gql(
      `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
      { key: NEGOTIATION_KEY, base: created.createFlowTemplate.draft.revision },
    ),
  );
}

export async function createCategory(h: Harness, code: string, jrtCause: string | null): Promise<string> {
  return ok(
    await h.gql<{ createComplaintCategory: { id: string } }>(
      `mutation($input: CreateComplaintCategoryInput!) { createComplaintCategory(input: $input) { id } }`,
      {
        input: {
          code,
          name: { zh: code, en: code },
          routing: { departmentCode: 'CUSTOMER_SERVICE' },
          ...(jrtCause ? { regulatoryCodes: { jrtCause } } : {}),
        },
      },
    ),
  ).createComplaintCategory.id;
}

export async function createQueue(h: Harness, departmentCode: string, code: string): Promise<string> {
  return ok(
    await h.gql<{ createQueue: { id: string } }>(
      `mutation($d: String!, $input: CreateQueueInput!) { createQueue(departmentCode: $d, input: $input) { id } }`,
      { d: departmentCode, input: { code, name: { zh: code, en: code } } },
    ),
  ).createQueue.id;
}

export function negotiationInput(extra: Record<string, unknown> = {}) {
  return {
    templateKey: NEGOTIATION_KEY,
    channel: 'HOTLINE',
    customer: CUSTOMER,
    departmentCode: 'CUSTOMER_SERVICE',
    ...extra,
  };
}

export const OPEN_ID = `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id status } } }`;

export async function openCase(h: Harness, input: Record<string, unknown>, as?: string): Promise<string> {
  return ok(await h.gql<{ openCase: { case: { id: string } } }>(OPEN_ID, { input }, { as })).openCase.case.id;
}
