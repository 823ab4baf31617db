/**
 * Issue 15, defects 14 and 15 (parts), over GraphQL against the real embedded database: department
 * scoping holds everywhere a case can be reached — `node(id)`, `verifyAudit(caseId)`, `openCase` into a
 * department, and intake cases, which now land in the intake link's department (in its lists) instead
 * of nowhere.
 */
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/global-id';
import { startHarness, type Harness } from './harness';
import {
  CUSTOMER,
  OPEN,
  code,
  ok,
  openInput,
  setUpCases,
  type CaseResult,
  type Staff,
} from './cases-helpers';

const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Case { reference } ... on User { username } } }`;
const VERIFY = `query($id: ID) { verifyAudit(caseId: $id) { ok casesChecked eventsChecked firstBroken { caseId seq reason } } }`;
const LIST = `query { cases(first: 100) { edges { node { id reference } } } }`;
const ISSUE = `mutation($key: String!, $dept: String) {
  issueIntakeLink(templateKey: $key, departmentCode: $dept) { token } }`;
const SUBMIT = `mutation($t: String!, $c: CustomerInput!, $k: String!) {
  submitIntake(token: $t, customer: $c, data: {}, idempotencyKey: $k) { caseReference } }`;

describe('department scoping of cases, wherever they are reached', () => {
  let h: Harness;
  let staff: Staff;
  let policySupervisor: string;
  let serviceSupervisor: string;
  let serviceCase: CaseResult['case'];

  const listed = async (as: string) =>
    ok(
      await h.gql<{ cases: { edges: { node: { reference: string } }[] } }>(LIST, {}, { as }),
    ).cases.edges.map((e) => e.node.reference);

  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpCases(h);
    for (const [username, department] of [
      ['sup.policy', 'POLICY'],
      ['sup.service', 'CUSTOMER_SERVICE'],
    ] as const)
      ok(
        await h.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
          input: {
            username,
            displayName: username,
            password: 'correct horse battery',
            roles: ['supervisor'],
            departments: [department],
          },
        }),
      );
    policySupervisor = await h.login('sup.policy', 'correct horse battery');
    serviceSupervisor = await h.login('sup.service', 'correct horse battery');
    serviceCase = ok(await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput() }, { as: staff.agent }))
      .openCase.case;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('resolves Case and User global ids through node(id), with the rules of case(id) and users', async () => {
    const asAgent = ok(
      await h.gql<{ node: { __typename: string; id: string; reference: string } | null }>(
        NODE,
        { id: serviceCase.id },
        { as: staff.agent },
      ),
    );
    expect(asAgent.node).toEqual({
      __typename: 'Case',
      id: serviceCase.id,
      reference: serviceCase.reference,
    });
    // Another department: null, exactly as `case(id)` answers.
    expect(
      ok(await h.gql<{ node: null }>(NODE, { id: serviceCase.id }, { as: staff.otherDept })).node,
    ).toBeNull();

    const admin = await h.db.models.User.findOne({ username: 'admin' }).lean().exec();
    const adminId = toGlobalId('User', admin!._id.toHexString());
    expect(ok(await h.gql<{ node: { username: string } }>(NODE, { id: adminId })).node).toEqual({
      __typename: 'User',
      id: adminId,
      username: 'admin',
    });
    expect(code(await h.gql(NODE, { id: adminId }, { as: staff.agent }))).toBe('FORBIDDEN');
  });

  it("answers verifyAudit for another department's case exactly as for a case that does not exist", async () => {
    const own = ok(
      await h.gql<{ verifyAudit: { casesChecked: number } }>(
        VERIFY,
        { id: serviceCase.id },
        { as: serviceSupervisor },
      ),
    );
    expect(own.verifyAudit.casesChecked).toBe(1);
    const foreign = await h.gql(VERIFY, { id: serviceCase.id }, { as: policySupervisor });
    const missing = await h.gql(
      VERIFY,
      { id: toGlobalId('Case', new Types.ObjectId().toHexString()) },
      { as: policySupervisor },
    );
    expect(foreign).toEqual(missing);
    expect(ok(foreign)).toMatchObject({ verifyAudit: { casesChecked: 0, eventsChecked: 0 } });
  });

  it('checks, counts and names only the auditor’s own departments when verifying every chain', async () => {
    const everything = await h.gql<{ verifyAudit: { ok: boolean; casesChecked: number } }>(VERIFY, {});
    const own = await h.gql<{ verifyAudit: { ok: boolean; casesChecked: number } }>(
      VERIFY,
      {},
      { as: serviceSupervisor },
    );
    const foreign = await h.gql<{ verifyAudit: { ok: boolean; casesChecked: number } }>(
      VERIFY,
      {},
      { as: policySupervisor },
    );
    const serviceCases = await h.db.models.Case.countDocuments({ departmentCode: 'CUSTOMER_SERVICE' }).exec();
    const policyCases = await h.db.models.Case.countDocuments({ departmentCode: 'POLICY' }).exec();
    expect(serviceCases).toBeGreaterThan(0);
    expect(ok(own).verifyAudit).toMatchObject({ ok: true, casesChecked: serviceCases });
    expect(ok(foreign).verifyAudit).toMatchObject({ ok: true, casesChecked: policyCases });
    // The administrator (bank-wide) checks every case.
    expect(ok(everything).verifyAudit.casesChecked).toBe(await h.db.models.Case.countDocuments().exec());
    expect(policyCases).toBeLessThan(ok(everything).verifyAudit.casesChecked);

    // A broken chain in another department is neither counted nor named for the policy supervisor.
    const events = h.db.models.CaseEvent.collection;
    const first = {
      caseId: new Types.ObjectId(Buffer.from(serviceCase.id, 'base64url').toString().split(':')[1]),
      seq: 1,
    };
    const original = (await events.findOne(first))!['hash'] as string;
    await events.updateOne(first, { $set: { hash: 'tampered' } });
    try {
      expect(ok(await h.gql(VERIFY, {}, { as: policySupervisor }))).toEqual(ok(foreign));
      expect(ok(await h.gql<{ verifyAudit: { ok: boolean } }>(VERIFY, {})).verifyAudit.ok).toBe(false);
    } finally {
      await events.updateOne(first, { $set: { hash: original } });
    }
  });

  it('refuses an agent opening a case into another department, writing nothing', async () => {
    const before = await h.db.models.Case.countDocuments({}).exec();
    const byDepartment = await h.gql(
      OPEN,
      { input: openInput({ departmentCode: 'POLICY' }) },
      { as: staff.agent },
    );
    expect(code(byDepartment)).toBe('FORBIDDEN');
    expect(byDepartment.errors![0]!.extensions!.fieldPath).toEqual(['input', 'departmentCode']);
    const departments = ok(
      await h.gql<{ departments: { code: string; queues: { id: string }[] }[] }>(
        `query { departments { code queues { id } } }`,
      ),
    ).departments;
    const policyQueue = departments.find((d) => d.code === 'POLICY')!.queues[0]!.id;
    const byQueue = await h.gql(
      OPEN,
      { input: openInput({ departmentCode: null, queueId: policyQueue }) },
      { as: staff.agent },
    );
    expect(code(byQueue)).toBe('FORBIDDEN');
    expect(await h.db.models.Case.countDocuments({}).exec()).toBe(before);
    // Bank-wide staff (case.all-departments) may.
    ok(await h.gql(OPEN, { input: openInput({ departmentCode: 'POLICY' }) }));
  });

  it("routes intake cases to the link's department, where they appear in the lists", async () => {
    expect(
      code(await h.gql(ISSUE, { key: 'complaint-handling', dept: 'POLICY' }, { as: serviceSupervisor })),
    ).toBe('FORBIDDEN');
    // No department named: the issuer's own.
    const token = ok(
      await h.gql<{ issueIntakeLink: { token: string } }>(
        ISSUE,
        { key: 'complaint-handling' },
        { as: serviceSupervisor },
      ),
    ).issueIntakeLink.token;
    const reference = ok(
      await h.gql<{ submitIntake: { caseReference: string } }>(
        SUBMIT,
        { t: token, c: CUSTOMER, k: 'visibility-intake-1' },
        { as: null },
      ),
    ).submitIntake.caseReference;
    const stored = await h.db.models.Case.findOne({ reference }).lean().exec();
    expect(stored!.departmentCode).toBe('CUSTOMER_SERVICE');
    expect(await listed(staff.agent)).toContain(reference);
    expect(await listed(staff.otherDept)).not.toContain(reference);
  });

  it('routes an API case that names no department by its flow, into that department and its queue', async () => {
    const key = ok(
      await h.gql<{ createApiClient: { key: string } }>(
        `mutation { createApiClient(input: { name: "crm-unrouted", scopes: ["case.read", "case.work"] }) { key } }`,
      ),
    ).createApiClient.key;
    const routed = ok(
      await h.gql<{ openCase: CaseResult }>(
        OPEN,
        { input: openInput({ departmentCode: null }) },
        { as: `ApiKey ${key}` },
      ),
    ).openCase.case;
    const stored = (await h.db.models.Case.findOne({ reference: routed.reference }).lean().exec())!;
    expect(stored.departmentCode).toBe('CUSTOMER_SERVICE');
    const general = await h.db.models.Queue.findOne({ departmentCode: 'CUSTOMER_SERVICE', code: 'GENERAL' })
      .lean()
      .exec();
    expect(String(stored.queueId)).toBe(general!._id.toHexString());
    expect(await listed(staff.agent)).toContain(routed.reference);
    expect(await listed(staff.otherDept)).not.toContain(routed.reference);
  });

  it('shows an unrouted case (no department, from before routing) to bank-wide staff only, in lists and by id alike', async () => {
    const unrouted = ok(await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput() })).openCase.case;
    await h.db.models.Case.updateOne(
      { reference: unrouted.reference },
      { $set: { departmentCode: null, queueId: null } },
    ).exec();
    const byId = `query($id: ID!) { case(id: $id) { reference } }`;
    expect(ok(await h.gql<{ case: null }>(byId, { id: unrouted.id }, { as: staff.agent })).case).toBeNull();
    expect(await listed(staff.agent)).not.toContain(unrouted.reference);
    expect(ok(await h.gql<{ case: { reference: string } }>(byId, { id: unrouted.id })).case.reference).toBe(
      unrouted.reference,
    );
    expect(await listed(h.admin)).toContain(unrouted.reference);
  });
});
