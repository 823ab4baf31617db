/**
 * Routing of new cases (features/cases/runtime/case-open-routing.ts): intake, API-opened and category-routed
 * cases land in a department and a queue, so that each is in a queue list from its first moment.
 */
import { findTemplate, type FlowDefinition } from '@parley/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/global-id';
import { issueIntakeLinkToken } from '../src/features/intake/intake-link';
import { routeNewCase } from '../src/features/cases/runtime/case-open-routing';
import { ensureDemoUsers } from '../src/seed/demo-users';
import { publishSeedTemplates } from '../src/seed/seed-flows';
import { seedDemoData } from '../src/seed/demo-data';
import type { Viewer } from '../src/features/access/viewer';
import { startHarness, type Harness } from './harness';
import { CUSTOMER, ok, OPEN } from './cases-helpers';
import { APPLICATION } from './offers-helpers';

const PASSWORD = 'routing-demo-password-1';
const ISSUE = `mutation($key: String!, $dept: String) {
  issueIntakeLink(templateKey: $key, channel: APP, departmentCode: $dept) { token } }`;
const SUBMIT = `mutation($t: String!, $c: CustomerInput!, $d: JSON!, $k: String!) {
  submitIntake(token: $t, customer: $c, data: $d, idempotencyKey: $k) { caseReference } }`;
const LIST = `query($q: ID) { cases(queueId: $q, first: 200) { edges { node { reference queue { code } } } } }`;
const INBOX = `{ myInbox(first: 200) { edges { node { reference } } } }`;

const API_VIEWER: Viewer = {
  kind: 'apiClient',
  clientId: 'crm',
  name: 'crm',
  permissions: new Set(['case.read', 'case.work']),
  departments: [],
};

describe('routing new cases', () => {
  let h: Harness;
  let as: Record<'cs' | 'product' | 'policy', string>;
  const queueOf = async (departmentCode: string, code = 'GENERAL') =>
    (await h.db.models.Queue.findOne({ departmentCode, code }).lean().exec())!._id.toHexString();
  const stored = async (reference: string) => (await h.db.models.Case.findOne({ reference }).lean().exec())!;
  const listed = async (queueHex: string, credential: string) =>
    ok(
      await h.gql<{ cases: { edges: { node: { reference: string } }[] } }>(
        LIST,
        { q: toGlobalId('Queue', queueHex) },
        { as: credential },
      ),
    ).cases.edges.map((e) => e.node.reference);
  const intake = async (token: string, key: string) =>
    ok(
      await h.gql<{ submitIntake: { caseReference: string } }>(
        SUBMIT,
        { t: token, c: CUSTOMER, d: APPLICATION, k: key },
        { as: null },
      ),
    ).submitIntake.caseReference;

  beforeAll(async () => {
    h = await startHarness();
    await seedDemoData(h.db.models);
    await ensureDemoUsers(h.db.models, PASSWORD);
    await publishSeedTemplates(h.db.models);
    as = {
      cs: await h.login('agent-cs', PASSWORD),
      product: await h.login('agent-product', PASSWORD),
      policy: await h.login('agent-policy', PASSWORD),
    };
  });
  afterAll(async () => {
    await h?.close();
  });

  it("puts an intake case into the link's department's general queue, listed for its agents", async () => {
    const token = ok(
      await h.gql<{ issueIntakeLink: { token: string } }>(ISSUE, {
        key: 'minsheng-e-negotiation',
        dept: 'PRODUCT',
      }),
    ).issueIntakeLink.token;
    const reference = await intake(token, 'routing-intake-1');
    const c = await stored(reference);
    const queue = await queueOf('PRODUCT');
    expect(c.departmentCode).toBe('PRODUCT');
    expect(String(c.queueId)).toBe(queue);
    expect(await listed(queue, as.product)).toContain(reference);
    expect(await listed(queue, as.cs)).not.toContain(reference);
  });

  it("routes an intake case of a link without a department by the flow's routing", async () => {
    // A link issued before links named a department (its claims carry none).
    const legacy = null as unknown as string;
    const { token } = await issueIntakeLinkToken(h.db.models, 'minsheng-e-negotiation', 'APP', 24, legacy);
    const reference = await intake(token, 'routing-intake-2');
    const c = await stored(reference);
    const queue = await queueOf('CUSTOMER_SERVICE');
    expect(c.departmentCode).toBe('CUSTOMER_SERVICE');
    expect(String(c.queueId)).toBe(queue);
    expect(await listed(queue, as.cs)).toContain(reference);
  });

  it("routes an API case by its complaint category, and an agent's own case by the flow", async () => {
    const category = await h.db.models.ComplaintCategory.findOne({ code: 'POLICY' }).lean().exec();
    expect(category?.routing?.departmentCode).toBe('POLICY');
    const key = ok(
      await h.gql<{ createApiClient: { key: string } }>(
        `mutation { createApiClient(input: { name: "crm-routing", scopes: ["case.read", "case.work"] }) { key } }`,
      ),
    ).createApiClient.key;
    const byCategory = ok(
      await h.gql<{ openCase: { case: { reference: string } } }>(
        OPEN,
        {
          input: {
            templateKey: 'complaint-handling',
            channel: 'LETTER',
            customer: CUSTOMER,
            categoryId: toGlobalId('ComplaintCategory', category!._id.toHexString()),
          },
        },
        { as: `ApiKey ${key}` },
      ),
    ).openCase.case.reference;
    const policyQueue = await queueOf('POLICY');
    expect(String((await stored(byCategory)).queueId)).toBe(policyQueue);
    expect(await listed(policyQueue, as.policy)).toContain(byCategory);

    // An agent of another department opens a loan application: the flow sends it to PRODUCT.
    const loan = ok(
      await h.gql<{ openCase: { case: { reference: string } } }>(
        OPEN,
        { input: { templateKey: 'loan-application', channel: 'BRANCH', customer: CUSTOMER } },
        { as: as.cs },
      ),
    ).openCase.case.reference;
    const productQueue = await queueOf('PRODUCT');
    expect((await stored(loan)).departmentCode).toBe('PRODUCT');
    expect(await listed(productQueue, as.product)).toContain(loan);

    // A case the opener takes is in their inbox, and still in its queue.
    const mine = ok(
      await h.gql<{ openCase: { case: { reference: string } } }>(
        OPEN,
        {
          input: {
            templateKey: 'complaint-handling',
            channel: 'HOTLINE',
            customer: CUSTOMER,
            assignToMe: true,
          },
        },
        { as: as.cs },
      ),
    ).openCase.case.reference;
    const inbox = ok(
      await h.gql<{ myInbox: { edges: { node: { reference: string } }[] } }>(INBOX, {}, { as: as.cs }),
    );
    expect(inbox.myInbox.edges.map((e) => e.node.reference)).toContain(mine);
    expect(await listed(await queueOf('CUSTOMER_SERVICE'), as.cs)).toContain(mine);
  });

  it('falls back to the first holder department, then to CUSTOMER_SERVICE, and to a queue of the department', async () => {
    const seed = findTemplate('complaint-handling')!;
    const { routing: _dropped, ...withoutRouting } = seed;
    // The first role with holder departments is the service department's.
    expect(
      await routeNewCase(h.db.models, API_VIEWER, { definition: withoutRouting as FlowDefinition }),
    ).toEqual({
      categoryId: null,
      departmentCode: 'CUSTOMER_SERVICE',
      queueId: await queueOf('CUSTOMER_SERVICE'),
    });
    const policyFirst: FlowDefinition = {
      ...withoutRouting,
      roles: [...seed.roles].reverse(),
    };
    expect((await routeNewCase(h.db.models, API_VIEWER, { definition: policyFirst })).departmentCode).toBe(
      'POLICY',
    );
    const noHolders: FlowDefinition = {
      ...withoutRouting,
      roles: seed.roles.map(({ holders: _h, ...r }) => r),
    };
    expect((await routeNewCase(h.db.models, API_VIEWER, { definition: noHolders })).departmentCode).toBe(
      'CUSTOMER_SERVICE',
    );
    // A user's case with nothing else: their own first department.
    const user: Viewer = {
      kind: 'user',
      userId: 'u',
      username: 'u',
      permissions: new Set(['case.read', 'case.work']),
      departments: ['POLICY'],
    };
    expect((await routeNewCase(h.db.models, user, { definition: noHolders })).departmentCode).toBe('POLICY');

    // A routing to a queue the department lacks falls back to its general queue; a department without a
    // general queue gets its first queue by code.
    ok(
      await h.gql(
        `mutation { createDepartment(input: { code: "LETTERS", name: { zh: "信函组", en: "Letters" } }) { code } }`,
      ),
    );
    ok(
      await h.gql(
        `mutation { createQueue(departmentCode: "LETTERS", input: { code: "INBOUND", name: { zh: "来信", en: "Inbound" } }) { id } }`,
      ),
    );
    const toLetters: FlowDefinition = {
      ...seed,
      routing: { departmentCode: 'LETTERS', queueCode: 'MISSING' },
    };
    expect(await routeNewCase(h.db.models, API_VIEWER, { definition: toLetters })).toMatchObject({
      departmentCode: 'LETTERS',
      queueId: await queueOf('LETTERS', 'INBOUND'),
    });
    const toPolicyGeneral: FlowDefinition = {
      ...seed,
      routing: { departmentCode: 'POLICY', queueCode: 'MISSING' },
    };
    expect((await routeNewCase(h.db.models, API_VIEWER, { definition: toPolicyGeneral })).queueId).toBe(
      await queueOf('POLICY'),
    );
  });
});
