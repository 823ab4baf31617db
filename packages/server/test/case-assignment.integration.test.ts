/**
 * Automatic assignment from the flow (docs/cases.md "Automatic assignment"): round-robin and
 * least-loaded steps, who qualifies, concurrency of the rotation, and the assignment in the same
 * batch as the step's activation.
 */
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../src/graphql/global-id';
import { CaseRuntime } from '../src/features/cases/runtime/case-runtime.service';
import { dataKeysOf } from '../src/features/privacy/data-keys';
import { startHarness, type Harness } from './harness';
import { CUSTOMER, OPEN, SUBMIT, ok, type CaseResult } from './cases-helpers';

const PASSWORD = 'correct horse battery';
const t = (zh: string, en: string) => ({ zh, en });

/** intake (agents, round-robin) → check (supervisors of POLICY, least-loaded; moves the case) → end. */
const DEFINITION = {
  schemaVersion: 1,
  key: 'auto-assign',
  version: 1,
  name: t('自动分派', 'Automatic assignment'),
  roles: [
    { key: 'agent', name: t('客服人员', 'Agent') },
    { key: 'supervisor', name: t('主管', 'Supervisor') },
  ],
  forms: [
    {
      key: 'intake',
      title: t('受理', 'Intake'),
      elements: [{ type: 'text', name: 'summary', title: t('摘要', 'Summary'), isRequired: true }],
    },
  ],
  start: 'intake',
  steps: [
    {
      kind: 'form',
      key: 'intake',
      name: t('受理', 'Intake'),
      form: 'intake',
      assignTo: { role: 'agent', strategy: 'round-robin' },
    },
    {
      kind: 'review',
      key: 'check',
      name: t('审核', 'Check'),
      requiredRole: 'supervisor',
      assignTo: { role: 'supervisor', strategy: 'least-loaded', department: 'POLICY' },
    },
    { kind: 'end', key: 'done', name: t('办结', 'Done'), outcome: 'resolved' },
    { kind: 'end', key: 'refused', name: t('驳回', 'Refused'), outcome: 'rejected' },
  ],
  transitions: [
    { key: 't1', from: 'intake', to: 'check' },
    { key: 't2', from: 'check', to: 'done', on: 'approved' },
    { key: 't3', from: 'check', to: 'refused', on: 'rejected' },
  ],
};

type Opened = CaseResult & {
  case: CaseResult['case'] & { assignee: { username: string } | null; departmentCode: string | null };
};

describe('automatic assignment from the flow', () => {
  let h: Harness;
  const ids: Record<string, string> = {};
  let agentA: string;

  const localId = (globalId: string) => new Types.ObjectId(fromGlobalId(globalId)!.localId);

  async function open(extra: Record<string, unknown> = {}, as?: string): Promise<Opened> {
    const input = {
      templateKey: 'auto-assign',
      channel: 'HOTLINE',
      customer: CUSTOMER,
      departmentCode: 'CUSTOMER_SERVICE',
      ...extra,
    };
    return ok(await h.gql<{ openCase: Opened }>(OPEN, { input }, as ? { as } : {})).openCase;
  }

  const assigned = (r: CaseResult) => r.events.filter((e) => e.type === 'caseAssigned');

  beforeAll(async () => {
    h = await startHarness();
    const created = ok(
      await h.gql<{ createFlowTemplate: { draft: { revision: number } } }>(
        `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { draft { revision } } }`,
        {
          input: {
            key: 'auto-assign',
            name: t('自动分派', 'Automatic assignment'),
            kind: 'SERVICE',
            definition: DEFINITION,
          },
        },
      ),
    );
    ok(
      await h.gql(
        `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
        { key: 'auto-assign', base: created.createFlowTemplate.draft.revision },
      ),
    );
    const user = async (username: string, roles: string[], departments: string[]) => {
      ids[username] = ok(
        await h.gql<{ createUser: { id: string } }>(
          `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
          { input: { username, displayName: username, password: PASSWORD, roles, departments } },
        ),
      ).createUser.id;
    };
    // Three agents of customer service; an agent elsewhere, an inactive one, a non-agent: never picked.
    await user('cs.b', ['agent'], ['CUSTOMER_SERVICE']);
    await user('cs.a', ['agent'], ['CUSTOMER_SERVICE']);
    await user('cs.c', ['agent'], ['CUSTOMER_SERVICE']);
    await user('cs.0-elsewhere', ['agent'], ['POLICY']);
    await user('cs.0-inactive', ['agent'], ['CUSTOMER_SERVICE']);
    await user('cs.0-supervisor', ['supervisor'], ['CUSTOMER_SERVICE']);
    await user('policy.x', ['supervisor'], ['POLICY']);
    await user('policy.y', ['supervisor'], ['POLICY']);
    ok(
      await h.gql(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, {
        id: ids['cs.0-inactive'],
      }),
    );
    agentA = await h.login('cs.a', PASSWORD);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('rotates a round-robin step over the department’s active agents, in the open’s own batch', async () => {
    const got: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      const opened = await open();
      got.push(opened.case.assignee?.username ?? null);
      const types = opened.events.map((e) => e.type);
      // The assignment is in the batch that activated the step, after the engine's events.
      expect(types[0]).toBe('caseOpened');
      expect(types.indexOf('caseAssigned')).toBeGreaterThan(types.indexOf('stepActivated'));
      expect(assigned(opened).map((e) => e.data)).toEqual([
        {
          assigneeId: localId(ids[opened.case.assignee!.username]!).toHexString(),
          queueId: null,
          departmentCode: 'CUSTOMER_SERVICE',
          reason: 'auto',
          strategy: 'round-robin',
          stepKey: 'intake',
        },
      ]);
    }
    expect(got).toEqual(['cs.a', 'cs.b', 'cs.c', 'cs.a', 'cs.b', 'cs.c']);
    const tickets = await h.db.models.AssignmentTicket.find({ pool: 'CUSTOMER_SERVICE/agent' })
      .sort({ n: 1 })
      .lean()
      .exec();
    expect(tickets.map((x) => x.n)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps a current assignee who qualifies, without taking a turn', async () => {
    const before = await h.db.models.AssignmentTicket.countDocuments({}).exec();
    const opened = await open({ assignToMe: true }, agentA);
    expect(opened.case.assignee?.username).toBe('cs.a');
    expect(assigned(opened)).toEqual([]);
    expect(await h.db.models.AssignmentTicket.countDocuments({}).exec()).toBe(before);
  });

  it('gives the step to the next in turn when the current assignee does not hold the role', async () => {
    const supervisor = await h.login('cs.0-supervisor', PASSWORD);
    const top = await h.db.models.AssignmentTicket.findOne({ pool: 'CUSTOMER_SERVICE/agent' })
      .sort({ n: -1 })
      .lean()
      .exec();
    const opened = await open({ assignToMe: true }, supervisor);
    const expected = ['cs.a', 'cs.b', 'cs.c'][(top!.n + 1) % 3];
    expect(opened.case.assignee?.username).toBe(expected);
    expect(assigned(opened).map((e) => e.data['reason'])).toEqual(['auto']);
  });

  it('leaves the case unassigned when nobody in the department qualifies', async () => {
    const opened = await open({ departmentCode: 'PRODUCT' });
    expect(opened.case.assignee).toBeNull();
    expect(opened.case.departmentCode).toBe('PRODUCT');
    expect(assigned(opened)).toEqual([]);
    expect(await h.db.models.AssignmentTicket.countDocuments({ pool: 'PRODUCT/agent' }).exec()).toBe(0);
  });

  it('moves the case to the step’s department and gives it to the least-loaded holder, in the same batch', async () => {
    const submit = async (id: string): Promise<Opened> =>
      ok(
        await h.gql<{ submitStep: Opened }>(
          SUBMIT,
          { id, step: 'intake', data: { summary: '账单有误' } },
          { as: agentA },
        ),
      ).submitStep;
    // Both supervisors of POLICY start with no cases: the tie goes to the first by username.
    const first = await submit((await open()).case.id);
    expect(first.case.departmentCode).toBe('POLICY');
    expect(first.case.activeSteps).toEqual(['check']);
    expect(first.case.assignee?.username).toBe('policy.x');
    const types = first.events.map((e) => e.type);
    expect(types).toContain('stepCompleted');
    expect(types.indexOf('caseAssigned')).toBeGreaterThan(types.lastIndexOf('stepActivated'));
    expect(assigned(first).map((e) => e.data)).toEqual([
      {
        assigneeId: localId(ids['policy.x']!).toHexString(),
        queueId: null,
        departmentCode: 'POLICY',
        reason: 'auto',
        strategy: 'least-loaded',
        stepKey: 'check',
      },
    ]);
    // policy.x has one open case now, policy.y none: y is next; then they are even and x wins again.
    expect((await submit((await open()).case.id)).case.assignee?.username).toBe('policy.y');
    expect((await submit((await open()).case.id)).case.assignee?.username).toBe('policy.x');
    // Closed and cancelled cases do not count: cancel one of x's, and x (1 open) ties with y (1 open).
    const xCases = await h.db.models.Case.find({ assigneeId: localId(ids['policy.x']!) })
      .lean()
      .exec();
    expect(xCases).toHaveLength(2);
    ok(
      await h.gql(`mutation($id: ID!) { cancelCase(caseId: $id, reason: "重复") { case { status } } }`, {
        id: Buffer.from(`Case:${xCases[0]!._id.toHexString()}`).toString('base64url'),
      }),
    );
    expect((await submit((await open()).case.id)).case.assignee?.username).toBe('policy.x');
    // The projection folded on the command path equals the one folded from the log.
    const runtime = new CaseRuntime(h.db.models, dataKeysOf(h.db.models));
    const stored = await h.db.models.Case.findById(localId(first.case.id)).lean().exec();
    const rebuilt = await runtime.projectFromLog(localId(first.case.id));
    expect({
      assigneeId: rebuilt.assigneeId,
      departmentCode: rebuilt.departmentCode,
      queueId: rebuilt.queueId,
      inboxKey: rebuilt.inboxKey,
    }).toEqual({
      assigneeId: stored!.assigneeId,
      departmentCode: stored!.departmentCode,
      queueId: stored!.queueId,
      inboxKey: stored!.inboxKey,
    });
  });

  it('spreads concurrent opens over the rotation with no turn given twice', async () => {
    const pool = 'CUSTOMER_SERVICE/agent';
    const before = await h.db.models.AssignmentTicket.countDocuments({ pool }).exec();
    const opened = await Promise.all(Array.from({ length: 10 }, () => open()));
    const tickets = await h.db.models.AssignmentTicket.find({ pool }).sort({ n: 1 }).lean().exec();
    const fresh = tickets.slice(before);
    // Ten new turns, consecutive, each for a different case, each given to the case's assignee.
    expect(fresh.map((x) => x.n)).toEqual(Array.from({ length: 10 }, (_, i) => before + i));
    expect(new Set(fresh.map((x) => x.caseId.toHexString())).size).toBe(10);
    const byCase = new Map(opened.map((o) => [localId(o.case.id).toHexString(), o.case.assignee?.username]));
    const names = new Map(Object.entries(ids).map(([name, id]) => [localId(id).toHexString(), name]));
    for (const x of fresh)
      expect(byCase.get(x.caseId.toHexString())).toBe(names.get(x.assigneeId.toHexString()));
    const counts: Record<string, number> = {};
    for (const o of opened) counts[o.case.assignee!.username] = (counts[o.case.assignee!.username] ?? 0) + 1;
    expect(Object.keys(counts).sort()).toEqual(['cs.a', 'cs.b', 'cs.c']);
    expect(Object.values(counts).sort()).toEqual([3, 3, 4]);
  });
});
