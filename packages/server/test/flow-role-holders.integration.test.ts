/**
 * Flow roles held through platform roles and departments (`RoleDefinition.holders`, docs/flows.md
 * "Who holds a flow role"): case commands, automatic assignment and the `ROLE_WITHOUT_HOLDER` warning.
 * No user here has a platform role named like a flow role: every match goes through `holders`.
 */
import type { mongo } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { CUSTOMER, OPEN, SUBMIT, code, ok, type CaseResult } from './cases-helpers';

const PASSWORD = 'correct horse battery';
const t = (zh: string, en: string) => ({ zh, en });

/**
 * intake (customer-service agents, round-robin) → check (policy agents, least-loaded, moves the case to
 * POLICY) → sign-off (review by the head: any supervisor, who inherits both desks) → end.
 */
const DEFINITION = {
  schemaVersion: 1,
  key: 'held-roles',
  version: 1,
  name: t('角色持有者', 'Role holders'),
  roles: [
    {
      key: 'intake-desk',
      name: t('受理岗', 'Intake desk'),
      holders: { roles: ['agent'], departments: ['CUSTOMER_SERVICE'] },
    },
    {
      key: 'policy-desk',
      name: t('政策岗', 'Policy desk'),
      holders: { roles: ['agent'], departments: ['POLICY'] },
    },
    {
      key: 'head',
      name: t('负责人', 'Head'),
      inherits: ['intake-desk', 'policy-desk'],
      holders: { roles: ['supervisor'] },
    },
  ],
  forms: [
    {
      key: 'note',
      title: t('记录', 'Note'),
      elements: [{ type: 'text', name: 'summary', title: t('摘要', 'Summary'), isRequired: true }],
    },
  ],
  start: 'intake',
  steps: [
    {
      kind: 'form',
      key: 'intake',
      name: t('受理', 'Intake'),
      form: 'note',
      assignTo: { role: 'intake-desk', strategy: 'round-robin' },
    },
    {
      kind: 'form',
      key: 'check',
      name: t('核查', 'Check'),
      form: 'note',
      assignTo: { role: 'policy-desk', strategy: 'least-loaded', department: 'POLICY' },
    },
    { kind: 'review', key: 'sign-off', name: t('签批', 'Sign-off'), requiredRole: 'head' },
    { kind: 'end', key: 'done', name: t('办结', 'Done'), outcome: 'resolved' },
    { kind: 'end', key: 'refused', name: t('驳回', 'Refused'), outcome: 'rejected' },
  ],
  transitions: [
    { key: 't1', from: 'intake', to: 'check' },
    { key: 't2', from: 'check', to: 'sign-off' },
    { key: 't3', from: 'sign-off', to: 'done', on: 'approved' },
    { key: 't4', from: 'sign-off', to: 'refused', on: 'rejected' },
  ],
};

type Opened = CaseResult & { case: CaseResult['case'] & { assignee: { username: string } | null } };

const APPROVE = `mutation($id: ID!, $step: String!) {
  approveStep(caseId: $id, stepKey: $step) { case { id status activeSteps } } }`;
const REASSIGN = `mutation($id: ID!, $to: ID) { reassignCase(caseId: $id, assigneeId: $to) { case { id } } }`;
const VALIDATE = `query($definition: JSON!) {
  validateFlowDefinition(definition: $definition) { valid problems { code path severity message { zh en } } } }`;

interface Report {
  valid: boolean;
  problems: { code: string; path: string[]; severity: string; message: { zh: string; en: string } }[];
}

describe('flow roles held through platform roles and departments', () => {
  let h: Harness;
  const ids: Record<string, string> = {};
  const as: Record<string, string> = {};

  const open = async (departmentCode = 'CUSTOMER_SERVICE'): Promise<Opened> =>
    ok(
      await h.gql<{ openCase: Opened }>(OPEN, {
        input: { templateKey: 'held-roles', channel: 'HOTLINE', customer: CUSTOMER, departmentCode },
      }),
    ).openCase;
  const submit = (id: string, step: string, who: string) =>
    h.gql<{ submitStep: Opened }>(SUBMIT, { id, step, data: { summary: '已核实' } }, { as: as[who]! });
  const createUser = async (username: string, roles: string[], departments: string[]) => {
    ids[username] = ok(
      await h.gql<{ createUser: { id: string } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { username, displayName: username, password: PASSWORD, roles, departments } },
      ),
    ).createUser.id;
    as[username] = await h.login(username, PASSWORD);
  };
  const validate = async (definition: unknown) =>
    ok(await h.gql<{ validateFlowDefinition: Report }>(VALIDATE, { definition })).validateFlowDefinition;

  beforeAll(async () => {
    h = await startHarness({}, { monitorCommands: true });
    const created = ok(
      await h.gql<{ createFlowTemplate: { draft: { revision: number } } }>(
        `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { draft { revision } } }`,
        { input: { key: 'held-roles', name: DEFINITION.name, kind: 'SERVICE', definition: DEFINITION } },
      ),
    );
    ok(
      await h.gql(
        `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
        { key: 'held-roles', base: created.createFlowTemplate.draft.revision },
      ),
    );
    const user = createUser;
    ok(
      await h.gql(`mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { code } }`, {
        input: { code: 'LEGAL', name: t('法务部门', 'Legal department') },
      }),
    );
    // A platform role that may work cases but is mapped to no flow role.
    ok(
      await h.gql(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
        input: { key: 'clerk', name: t('文员', 'Clerk'), permissions: ['case.read', 'case.work'] },
      }),
    );
    await user('cs.b', ['agent'], ['CUSTOMER_SERVICE']);
    await user('cs.a', ['agent'], ['CUSTOMER_SERVICE']);
    await user('cs.clerk', ['clerk'], ['CUSTOMER_SERVICE']);
    await user('po.agent', ['agent'], ['POLICY']);
    await user('po.clerk', ['clerk'], ['POLICY']);
    await user('po.boss', ['supervisor'], ['POLICY']);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('gives a step to the mapped holders of its role, in the right department, and lets them work it', async () => {
    const first = await open();
    const second = await open();
    // Round-robin over the agents of CUSTOMER_SERVICE only (the clerk is no holder; po.agent is elsewhere).
    expect([first.case.assignee?.username, second.case.assignee?.username]).toEqual(['cs.a', 'cs.b']);

    const done = ok(await submit(first.case.id, 'intake', 'cs.a')).submitStep;
    expect(done.case.activeSteps).toEqual(['check']);
    // Least-loaded among POLICY's policy-desk holders: the agent, not the clerk nor the supervisor.
    expect(done.case.assignee?.username).toBe('po.agent');

    const checked = ok(await submit(first.case.id, 'check', 'po.agent')).submitStep;
    expect(checked.case.activeSteps).toEqual(['sign-off']);
    const refused = await h.gql(APPROVE, { id: first.case.id, step: 'sign-off' }, { as: as['po.agent']! });
    expect(code(refused)).toBe('NOT_AUTHORISED');
    expect(refused.errors?.[0]?.extensions?.['requiredRole']).toBe('head');
    const approved = ok(
      await h.gql<{ approveStep: { case: { status: string } } }>(
        APPROVE,
        { id: first.case.id, step: 'sign-off' },
        { as: as['po.boss']! },
      ),
    );
    expect(approved.approveStep.case.status).not.toBe('OPEN');
  });

  it('refuses a user whose platform role is not mapped, or who is outside the holder departments', async () => {
    const c = await open();
    const clerk = await submit(c.case.id, 'intake', 'cs.clerk');
    expect(code(clerk)).toBe('NOT_AUTHORISED');
    expect(clerk.errors?.[0]?.extensions?.['requiredRole']).toBe('intake-desk');
    // An agent of POLICY, given the case so that they can see it, still does not hold the intake desk.
    ok(await h.gql(REASSIGN, { id: c.case.id, to: ids['po.agent'] }));
    expect(code(await submit(c.case.id, 'intake', 'po.agent'))).toBe('NOT_AUTHORISED');
    // The head inherits the intake desk: a supervisor may work it, whatever their department.
    ok(await h.gql(REASSIGN, { id: c.case.id, to: ids['po.boss'] }));
    expect(ok(await submit(c.case.id, 'intake', 'po.boss')).submitStep.case.activeSteps).toEqual(['check']);
  });

  it('does not hand a step to someone of the working department whom the holder departments exclude', async () => {
    await createUser('pr.only', ['agent'], ['PRODUCT']);
    // The case is in PRODUCT; its only agent there is not an intake-desk holder (CUSTOMER_SERVICE only).
    const c = await open('PRODUCT');
    expect(c.case.assignee).toBeNull();
    expect(c.events.filter((e) => e.type === 'caseAssigned')).toEqual([]);
  });

  it('warns about a flow role no active user holds, reading the users once', async () => {
    const client = h.db.models.User.db.getClient();
    const reads: string[] = [];
    const listener = (e: mongo.CommandStartedEvent) => {
      const collection = e.command[e.commandName];
      if (collection === 'users') reads.push(e.commandName);
    };
    const definition = {
      ...DEFINITION,
      roles: [
        ...DEFINITION.roles,
        // Agents exist, but none in LEGAL; the clerk role exists, but its only LEGAL holder is inactive.
        {
          key: 'product-desk',
          name: t('产品岗', 'Product desk'),
          holders: { roles: ['agent', 'clerk'], departments: ['LEGAL'] },
        },
        // Held by key: po.clerk has the platform role `clerk`.
        { key: 'clerk', name: t('文员', 'Clerk') },
        { key: 'nobody', name: t('无人', 'Nobody') },
      ],
    };
    const inactive = ok(
      await h.gql<{ createUser: { id: string } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        {
          input: {
            username: 'legal.clerk-gone',
            displayName: 'gone',
            password: PASSWORD,
            roles: ['clerk'],
            departments: ['LEGAL'],
          },
        },
      ),
    ).createUser.id;
    ok(
      await h.gql(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, {
        id: inactive,
      }),
    );

    client.on('commandStarted', listener);
    let report: Report;
    try {
      report = await validate(definition);
    } finally {
      client.off('commandStarted', listener);
    }
    expect(reads).toEqual(['aggregate']);
    expect(report.valid).toBe(true);
    const warnings = report.problems.filter((p) => p.code === 'ROLE_WITHOUT_HOLDER');
    expect(warnings.map((p) => [p.severity, p.path])).toEqual([
      ['warning', ['roles', '3']],
      ['warning', ['roles', '5']],
    ]);
    expect(warnings[0]!.message).toEqual({
      zh: '没有在职用户担任流程角色「产品岗」，其步骤无人可办理：请为该角色指定持有者（平台角色及部门），或为用户分配该角色。',
      en: 'No active user holds the flow role "Product desk", so nobody can work its steps: map platform roles (and departments) to it under holders, or give users the role.',
    });

    // Someone joins LEGAL as an agent: the product desk is held now.
    await createUser('legal.agent', ['agent'], ['LEGAL']);
    const after = await validate(definition);
    expect(after.problems.filter((p) => p.code === 'ROLE_WITHOUT_HOLDER').map((p) => p.path)).toEqual([
      ['roles', '5'],
    ]);
    // The published definition's roles are all held: no warning.
    expect((await validate(DEFINITION)).problems).toEqual([]);
  });

  it('lists holder warnings with the errors when publishing is refused, and never refuses for them alone', async () => {
    const broken = {
      ...DEFINITION,
      start: 'nowhere',
      roles: [...DEFINITION.roles, { key: 'nobody', name: t('无人', 'Nobody') }],
    };
    const saved = ok(
      await h.gql<{ saveFlowDraft: { revision: number } }>(
        `mutation($key: String!, $base: Int!, $definition: JSON!) {
          saveFlowDraft(key: $key, baseRevision: $base, definition: $definition) { revision } }`,
        { key: 'held-roles', base: 1, definition: broken },
      ),
    );
    const refused = await h.gql(
      `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
      { key: 'held-roles', base: saved.saveFlowDraft.revision },
    );
    expect(code(refused)).toBe('DEFINITION_INVALID');
    const problems = refused.errors?.[0]?.extensions?.['problems'] as { code: string; severity: string }[];
    expect(problems.map((p) => `${p.severity} ${p.code}`)).toEqual(
      expect.arrayContaining(['error NO_START', 'warning ROLE_WITHOUT_HOLDER']),
    );

    const fixed = ok(
      await h.gql<{ saveFlowDraft: { revision: number } }>(
        `mutation($key: String!, $base: Int!, $definition: JSON!) {
          saveFlowDraft(key: $key, baseRevision: $base, definition: $definition) { revision } }`,
        { key: 'held-roles', base: saved.saveFlowDraft.revision, definition: { ...broken, start: 'intake' } },
      ),
    );
    const published = ok(
      await h.gql<{ publishFlowTemplate: { version: number } }>(
        `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
        { key: 'held-roles', base: fixed.saveFlowDraft.revision },
      ),
    );
    expect(published.publishFlowTemplate.version).toBe(2);
  });
});
