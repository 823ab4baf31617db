/**
 * Renaming and deleting departments, queues and roles over GraphQL against the real embedded database:
 * a delete is refused, naming why in both languages, while open cases, members or holders, or a flow's
 * or complaint category's routing still depend on the object; otherwise it deletes. Every change is in
 * the configuration audit log; only `user.manage` may do it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type GqlResponse, type Harness } from './harness';
import { code, ok, openInput, setUpCases, type Staff } from './cases-helpers';
import { createTemplate, reviewFlow, SAVE, template } from './flows-helpers';

const PASSWORD = 'correct horse battery';
const CREATE_DEPT = `mutation($code: String!) { createDepartment(input: { code: $code, name: { zh: "临时", en: "Temp" } }) { code } }`;
const CREATE_QUEUE = `mutation($dept: String!, $code: String!) { createQueue(departmentCode: $dept, input: { code: $code, name: { zh: "队列", en: "Queue" } }) { id code } }`;
const RENAME_DEPT = `mutation($code: String!, $name: LocalizedTextInput!) { renameDepartment(code: $code, name: $name) { code name { zh en } } }`;
const DELETE_DEPT = `mutation($code: String!) { deleteDepartment(code: $code) }`;
const RENAME_QUEUE = `mutation($dept: String!, $code: String!, $name: LocalizedTextInput!) { renameQueue(departmentCode: $dept, code: $code, name: $name) { code name { zh en } } }`;
const DELETE_QUEUE = `mutation($dept: String!, $code: String!) { deleteQueue(departmentCode: $dept, code: $code) }`;
const DELETE_ROLE = `mutation($key: String!) { deleteRole(key: $key) }`;
const ROLES = `{ roles { key builtIn holderCount } }`;
const AUDIT = `query($type: String, $key: String) { configAuditLog(entityType: $type, entityKey: $key) { edges { node { action details } } } }`;

interface Refusal {
  code: string | undefined;
  zh: string;
  en: string;
  details: Record<string, unknown> | undefined;
}

/** The refusal's code, messages and the counts it carries (format-error.ts spreads them into `extensions`). */
function refusal(res: GqlResponse<unknown>): Refusal {
  const ext = (res.errors?.[0]?.extensions ?? {}) as Record<string, unknown> & {
    code?: string;
    messages?: { zh: string; en: string };
  };
  const counted = ['openCases', 'members', 'flows', 'categories', 'holders'].filter((k) => k in ext);
  return {
    code: ext.code,
    zh: ext.messages?.zh ?? '',
    en: ext.messages?.en ?? '',
    details: counted.length > 0 ? Object.fromEntries(counted.map((k) => [k, ext[k]])) : undefined,
  };
}

describe('renaming and deleting departments, queues and roles', () => {
  let h: Harness;
  let staff: Staff;

  const audit = async (type: string, key: string) =>
    ok(
      await h.gql<{ configAuditLog: { edges: { node: { action: string; details: unknown } }[] } }>(AUDIT, {
        type,
        key,
      }),
    ).configAuditLog.edges.map((e) => e.node);
  const department = (c: string) => h.db.models.Department.findOne({ code: c }).lean().exec();
  const queue = (d: string, c: string) =>
    h.db.models.Queue.findOne({ departmentCode: d, code: c }).lean().exec();
  const createUser = async (username: string, roles: string[], departments: string[] = []) =>
    ok(
      await h.gql<{ createUser: { id: string } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { username, displayName: username, password: PASSWORD, roles, departments } },
      ),
    ).createUser.id;

  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpCases(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('renames a department and a queue in both languages, audited, and refuses a bad name or an agent', async () => {
    ok(await h.gql(CREATE_DEPT, { code: 'LETTERS' }));
    ok(await h.gql(CREATE_QUEUE, { dept: 'LETTERS', code: 'INBOUND' }));
    const renamed = ok(
      await h.gql<{ renameDepartment: { name: { zh: string; en: string } } }>(RENAME_DEPT, {
        code: 'LETTERS',
        name: { zh: ' 信函组 ', en: 'Letters' },
      }),
    );
    expect(renamed.renameDepartment.name).toEqual({ zh: '信函组', en: 'Letters' });
    expect((await department('LETTERS'))?.name).toEqual({ zh: '信函组', en: 'Letters' });
    expect(await audit('Department', 'LETTERS')).toContainEqual({
      action: 'department.rename',
      details: {
        before: { name: { zh: '临时', en: 'Temp' } },
        after: { name: { zh: '信函组', en: 'Letters' } },
      },
    });

    ok(await h.gql(RENAME_QUEUE, { dept: 'LETTERS', code: 'INBOUND', name: { zh: '来信', en: 'Inbound' } }));
    expect((await queue('LETTERS', 'INBOUND'))?.name).toEqual({ zh: '来信', en: 'Inbound' });
    expect((await audit('Queue', 'LETTERS/INBOUND')).map((e) => e.action)).toContain('queue.rename');

    const bad = await h.gql(RENAME_DEPT, { code: 'LETTERS', name: { zh: '', en: 'Letters' } });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fieldPath).toEqual(['name', 'zh']);
    expect((await department('LETTERS'))?.name.zh).toBe('信函组');
    expect(code(await h.gql(RENAME_DEPT, { code: 'NOPE', name: { zh: '无', en: 'None' } }))).toBe(
      'NOT_FOUND',
    );
    expect(
      code(await h.gql(RENAME_QUEUE, { dept: 'LETTERS', code: 'NOPE', name: { zh: '无', en: 'None' } })),
    ).toBe('NOT_FOUND');

    for (const [doc, vars] of [
      [RENAME_DEPT, { code: 'LETTERS', name: { zh: '甲', en: 'A' } }],
      [DELETE_DEPT, { code: 'LETTERS' }],
      [DELETE_QUEUE, { dept: 'LETTERS', code: 'INBOUND' }],
      [DELETE_ROLE, { key: 'service-dept' }],
    ] as const) {
      expect(code(await h.gql(doc, vars, { as: staff.agent }))).toBe('FORBIDDEN');
    }
    expect(await department('LETTERS')).not.toBeNull();
  });

  it('refuses to delete a department with members, naming them in both languages, then deletes it with its queues', async () => {
    ok(await h.gql(CREATE_DEPT, { code: 'STAFFED' }));
    ok(await h.gql(CREATE_QUEUE, { dept: 'STAFFED', code: 'DESK' }));
    await createUser('member.one', ['agent'], ['STAFFED']);
    const refused = refusal(await h.gql(DELETE_DEPT, { code: 'STAFFED' }));
    expect(refused).toEqual({
      code: 'REFERENCED',
      zh: expect.stringContaining('有 1 名成员') as string,
      en: expect.stringContaining('1 member') as string,
      details: { openCases: 0, members: 1, flows: [], categories: [] },
    });
    expect(refused.zh).toContain('部门“STAFFED”不能删除');
    expect(await department('STAFFED')).not.toBeNull();

    ok(
      await h.gql(
        `mutation($code: String!) { setDepartmentMembers(departmentCode: $code, userIds: []) { code } }`,
        { code: 'STAFFED' },
      ),
    );
    expect(
      ok(await h.gql<{ deleteDepartment: boolean }>(DELETE_DEPT, { code: 'STAFFED' })).deleteDepartment,
    ).toBe(true);
    expect(await department('STAFFED')).toBeNull();
    expect(await queue('STAFFED', 'DESK')).toBeNull();
    expect(await audit('Department', 'STAFFED')).toContainEqual({
      action: 'department.delete',
      details: { before: { name: { zh: '临时', en: 'Temp' }, queues: ['DESK'] }, after: null },
    });
    expect(code(await h.gql(DELETE_DEPT, { code: 'STAFFED' }))).toBe('NOT_FOUND');
  });

  it("refuses while a complaint category's or a flow's routing names the department or queue", async () => {
    ok(await h.gql(CREATE_DEPT, { code: 'ROUTED' }));
    ok(await h.gql(CREATE_QUEUE, { dept: 'ROUTED', code: 'DESK' }));
    ok(await h.gql(CREATE_QUEUE, { dept: 'ROUTED', code: 'SPARE' }));
    const category = ok(
      await h.gql<{ createComplaintCategory: { id: string } }>(
        `mutation($input: CreateComplaintCategoryInput!) { createComplaintCategory(input: $input) { id } }`,
        {
          input: {
            code: 'ROUTED-CAT',
            name: { zh: '路由分类', en: 'Routed' },
            routing: { departmentCode: 'ROUTED', queueCode: 'DESK' },
          },
        },
      ),
    ).createComplaintCategory;
    const created = await createTemplate(h, 'routed-flow', {
      definition: reviewFlow('routed-flow', { routing: { departmentCode: 'ROUTED', queueCode: 'DESK' } }),
    });
    expect(created.draft.definition['routing']).toEqual({ departmentCode: 'ROUTED', queueCode: 'DESK' });

    const byDept = refusal(await h.gql(DELETE_DEPT, { code: 'ROUTED' }));
    expect(byDept.code).toBe('REFERENCED');
    expect(byDept.details).toEqual({
      openCases: 0,
      members: 0,
      flows: ['routed-flow'],
      categories: ['ROUTED-CAT'],
    });
    expect(byDept.zh).toContain('流程“模板 routed-flow”的路由指向它');
    expect(byDept.zh).toContain('投诉分类“ROUTED-CAT”的路由指向它');
    expect(byDept.en).toContain('the routing of flow "Template routed-flow"');
    expect(byDept.en).toContain('the routing of complaint category "ROUTED-CAT"');

    const byQueue = refusal(await h.gql(DELETE_QUEUE, { dept: 'ROUTED', code: 'DESK' }));
    expect(byQueue.code).toBe('REFERENCED');
    expect(byQueue.zh).toContain('队列“ROUTED/DESK”不能删除');
    expect(byQueue.details).toMatchObject({ flows: ['routed-flow'], categories: ['ROUTED-CAT'] });
    // A queue nothing routes to is deleted, audited.
    expect(
      ok(await h.gql<{ deleteQueue: boolean }>(DELETE_QUEUE, { dept: 'ROUTED', code: 'SPARE' })).deleteQueue,
    ).toBe(true);
    expect(await queue('ROUTED', 'SPARE')).toBeNull();
    expect((await audit('Queue', 'ROUTED/SPARE')).map((e) => e.action)).toContain('queue.delete');

    // The category routes elsewhere and the flow's draft drops its routing: nothing names it any more.
    ok(
      await h.gql(
        `mutation($id: ID!, $input: UpdateComplaintCategoryInput!) { updateComplaintCategory(id: $id, input: $input) { id } }`,
        { id: category.id, input: { routing: { departmentCode: 'POLICY' } } },
      ),
    );
    const draft = (await template(h, 'routed-flow')).draft!;
    const { routing: _dropped, ...unrouted } = draft.definition;
    ok(await h.gql(SAVE, { key: 'routed-flow', base: draft.revision, def: unrouted }));
    expect(refusal(await h.gql(DELETE_DEPT, { code: 'ROUTED' })).code).toBeUndefined();
    expect(await department('ROUTED')).toBeNull();
    expect(await queue('ROUTED', 'DESK')).toBeNull();
  });

  it("refuses to delete a role while a flow's newest version or draft gives a flow role to its holders", async () => {
    ok(
      await h.gql(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
        input: { key: 'night-desk', name: { zh: '夜班', en: 'Night desk' }, permissions: ['case.read'] },
      }),
    );
    // Through holders: the flow's own "agent" role is held by users with the platform role.
    await createTemplate(h, 'night-flow', {
      definition: reviewFlow('night-flow', {
        roles: [{ key: 'agent', name: { zh: '客服人员', en: 'Agent' }, holders: { roles: ['night-desk'] } }],
      }),
    });
    const named = refusal(await h.gql(DELETE_ROLE, { key: 'night-desk' }));
    expect(named).toEqual({
      code: 'REFERENCED',
      zh: '角色“夜班”流程“模板 night-flow”的角色由它担任，不能删除；请先修改这些流程的角色设置。',
      en: 'The role "Night desk" is how flow "Template night-flow" gives out a role and cannot be deleted; change those flows\' roles first.',
      details: { holders: 0, flows: ['night-flow'] },
    });

    // The draft gives the role to others now; a flow role keyed like the platform role still names it.
    const draft = (await template(h, 'night-flow')).draft!;
    ok(
      await h.gql(SAVE, {
        key: 'night-flow',
        base: draft.revision,
        def: {
          ...draft.definition,
          roles: [
            { key: 'agent', name: { zh: '客服人员', en: 'Agent' } },
            { key: 'night-desk', name: { zh: '夜班', en: 'Night desk' } },
          ],
        },
      }),
    );
    expect(refusal(await h.gql(DELETE_ROLE, { key: 'night-desk' })).details).toEqual({
      holders: 0,
      flows: ['night-flow'],
    });

    const again = (await template(h, 'night-flow')).draft!;
    ok(await h.gql(SAVE, { key: 'night-flow', base: again.revision, def: reviewFlow('night-flow') }));
    expect(ok(await h.gql<{ deleteRole: boolean }>(DELETE_ROLE, { key: 'night-desk' })).deleteRole).toBe(
      true,
    );
    expect(await h.db.models.Role.findOne({ key: 'night-desk' }).lean().exec()).toBeNull();
  });

  it('refuses while open cases sit in the department or queue, and deletes once they are cancelled', async () => {
    ok(await h.gql(CREATE_DEPT, { code: 'BUSY' }));
    ok(await h.gql(CREATE_QUEUE, { dept: 'BUSY', code: 'GENERAL' }));
    const opened = ok(
      await h.gql<{ openCase: { case: { id: string; departmentCode: string } } }>(
        `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id departmentCode } } }`,
        { input: openInput({ departmentCode: 'BUSY' }) },
      ),
    ).openCase.case;
    expect(opened.departmentCode).toBe('BUSY');

    const byDept = refusal(await h.gql(DELETE_DEPT, { code: 'BUSY' }));
    expect(byDept).toMatchObject({ code: 'REFERENCED', details: { openCases: 1 } });
    expect(byDept.zh).toContain('有 1 个未结案件');
    expect(byDept.en).toContain('1 open case');
    const byQueue = refusal(await h.gql(DELETE_QUEUE, { dept: 'BUSY', code: 'GENERAL' }));
    expect(byQueue).toMatchObject({ code: 'REFERENCED', details: { openCases: 1, members: 0 } });

    ok(
      await h.gql(`mutation($id: ID!) { cancelCase(caseId: $id, reason: "重复登记") { case { status } } }`, {
        id: opened.id,
      }),
    );
    ok(await h.gql(DELETE_QUEUE, { dept: 'BUSY', code: 'GENERAL' }));
    ok(await h.gql(DELETE_DEPT, { code: 'BUSY' }));
    expect(await department('BUSY')).toBeNull();
  });

  it('deletes a custom role once nobody holds it, never a built-in one, and counts holders', async () => {
    ok(
      await h.gql(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
        input: {
          key: 'temp-readers',
          name: { zh: '临时读者', en: 'Temp readers' },
          permissions: ['case.read'],
        },
      }),
    );
    const holder = await createUser('temp.holder', ['agent', 'temp-readers']);
    const roles = ok(await h.gql<{ roles: { key: string; holderCount: number }[] }>(ROLES)).roles;
    expect(roles.find((r) => r.key === 'temp-readers')?.holderCount).toBe(1);
    expect(code(await h.gql(ROLES, {}, { as: staff.agent }))).toBe('FORBIDDEN');

    const held = refusal(await h.gql(DELETE_ROLE, { key: 'temp-readers' }));
    expect(held).toEqual({
      code: 'REFERENCED',
      zh: '角色“临时读者”仍有 1 名用户持有，不能删除；请先从这些用户身上取消该角色。',
      en: 'The role "Temp readers" is still held by 1 user and cannot be deleted; take it away from them first.',
      details: { holders: 1, flows: [] },
    });
    const builtIn = refusal(await h.gql(DELETE_ROLE, { key: 'auditor' }));
    expect(builtIn.code).toBe('FORBIDDEN');
    expect(builtIn.en).toContain('cannot be deleted');
    expect(code(await h.gql(DELETE_ROLE, { key: 'no-such-role' }))).toBe('NOT_FOUND');

    ok(
      await h.gql(
        `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`,
        {
          id: holder,
          input: { roles: ['agent'] },
        },
      ),
    );
    expect(ok(await h.gql<{ deleteRole: boolean }>(DELETE_ROLE, { key: 'temp-readers' })).deleteRole).toBe(
      true,
    );
    expect(await h.db.models.Role.findOne({ key: 'temp-readers' }).lean().exec()).toBeNull();
    expect(await audit('Role', 'temp-readers')).toContainEqual({
      action: 'role.delete',
      details: {
        before: { name: { zh: '临时读者', en: 'Temp readers' }, permissions: ['case.read'] },
        after: null,
      },
    });
  });
});
