/**
 * The people screens' server side over GraphQL against the real embedded database: the permission
 * catalogue, users paged by keyset with a search, editing custom roles (only what one holds), password
 * resets shown once, department members and routing, the guards that keep an administrator, and the
 * configuration audit entries of each change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type GqlResponse, type Harness } from './harness';
import { code, ok } from './cases-helpers';

const PASSWORD = 'correct horse battery';
const CREATE_ROLE = `mutation($input: CreateRoleInput!) { createRole(input: $input) { key permissions } }`;
const UPDATE_ROLE = `mutation($key: String!, $input: UpdateRoleInput!) { updateRole(key: $key, input: $input) { key name { zh en } permissions } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username } }`;
const UPDATE_USER = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id active roles { key } } }`;
const RESET = `mutation($id: ID!) { resetUserPassword(id: $id, mode: PASSWORD) { mode password user { username active } } }`;
const MEMBERS = `mutation($code: String!, $ids: [ID!]!) { setDepartmentMembers(departmentCode: $code, userIds: $ids) { code members { username } } }`;
const USERS = `query($first: Int, $after: String, $search: String) { users(first: $first, after: $after, search: $search) { totalCount edges { cursor node { username } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
const AUDIT = `query($type: String, $key: String) { configAuditLog(entityType: $type, entityKey: $key) { edges { node { action actor details } } } }`;

type UsersPage = {
  users: {
    totalCount: number;
    edges: { cursor: string; node: { username: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
};

function expectForbidden(res: GqlResponse<unknown>, text: string): void {
  const ext = res.errors?.[0]?.extensions;
  expect(ext?.code, JSON.stringify(res.errors)).toBe('FORBIDDEN');
  expect(ext?.messages?.en).toContain(text);
  expect(ext?.messages?.zh).toContain(text);
}

describe('people administration over GraphQL', () => {
  let h: Harness;
  let manager: string; // holds user.manage and case.read only
  let managerId: string;
  let adminId: string;
  const ids: Record<string, string> = {};

  const createUser = async (username: string, roles: string[], departments: string[] = [], as = h.admin) =>
    h.gql<{ createUser: { id: string } }>(
      CREATE_USER,
      { input: { username, displayName: `Name ${username}`, password: PASSWORD, roles, departments } },
      { as },
    );
  const audit = async (type: string, key: string) =>
    ok(
      await h.gql<{
        configAuditLog: { edges: { node: { action: string; actor: string; details: unknown } }[] };
      }>(AUDIT, { type, key }),
    ).configAuditLog.edges.map((e) => e.node);

  beforeAll(async () => {
    h = await startHarness();
    ok(
      await h.gql(CREATE_ROLE, {
        input: {
          key: 'people-admin',
          name: { zh: '人员', en: 'People' },
          permissions: ['user.manage', 'case.read'],
        },
      }),
    );
    for (const name of ['carol', 'alice', 'bob', 'dave', 'erin']) {
      ids[name] = ok(await createUser(name, ['agent'])).createUser.id;
    }
    managerId = ok(await createUser('manager', ['people-admin'], ['CUSTOMER_SERVICE'])).createUser.id;
    manager = await h.login('manager', PASSWORD);
    const me = ok(await h.gql<{ me: { id: string } }>(`{ me { id } }`));
    adminId = me.me.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('explains every permission in both languages, grouped', async () => {
    const res = ok(
      await h.gql<{ permissions: { key: string; group: string; description: { zh: string; en: string } }[] }>(
        `{ permissions { key group description { zh en } } }`,
        {},
        { as: manager },
      ),
    );
    const audit = res.permissions.find((p) => p.key === 'audit.read');
    expect(audit).toEqual({
      key: 'audit.read',
      group: 'AUDIT',
      description: { zh: '查看审计日志', en: 'Read audit logs' },
    });
    expect(res.permissions.find((p) => p.key === 'webhook.manage')?.group).toBe('INTEGRATIONS');
    expect(new Set(res.permissions.map((p) => p.group)).size).toBe(7);
    expect(code(await h.gql(`{ permissions { key } }`, {}, { as: null }))).toBe('UNAUTHENTICATED');
  });

  it('pages users by keyset and searches names', async () => {
    const first = ok(await h.gql<UsersPage>(USERS, { first: 2 })).users;
    expect(first.edges.map((e) => e.node.username)).toEqual(['admin', 'alice']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.hasPreviousPage).toBe(false);
    const second = ok(await h.gql<UsersPage>(USERS, { first: 2, after: first.pageInfo.endCursor })).users;
    expect(second.edges.map((e) => e.node.username)).toEqual(['bob', 'carol']);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    // Keyset, not offset: a user created before the cursor does not shift the next page.
    ok(await createUser('aaron', ['agent']));
    const third = ok(await h.gql<UsersPage>(USERS, { first: 2, after: second.pageInfo.endCursor })).users;
    expect(third.edges.map((e) => e.node.username)).toEqual(['dave', 'erin']);
    // Search by username or display name, case-insensitive; regular-expression characters are literal.
    const found = ok(await h.gql<UsersPage>(USERS, { search: 'NAME ER' })).users;
    expect(found.edges.map((e) => e.node.username)).toEqual(['erin']);
    expect(found.totalCount).toBe(1);
    expect(ok(await h.gql<UsersPage>(USERS, { search: '.*' })).users.totalCount).toBe(0);
    expect(code(await h.gql(USERS, { after: 'bm90LWEtY3Vyc29y' }))).toBe('BAD_USER_INPUT');
    expect(code(await h.gql(USERS, {}, { as: await h.login('alice', PASSWORD) }))).toBe('FORBIDDEN');
  });

  it('edits a custom role within what the editor holds, and audits before and after', async () => {
    ok(
      await h.gql(
        CREATE_ROLE,
        { input: { key: 'readers', name: { zh: '读者', en: 'Readers' }, permissions: ['case.read'] } },
        { as: manager },
      ),
    );
    const refused = await h.gql(
      UPDATE_ROLE,
      { key: 'readers', input: { permissions: ['case.read', 'audit.read'] } },
      { as: manager },
    );
    expectForbidden(refused, 'audit.read');
    expect(refused.errors![0]!.extensions!.fieldPath).toEqual(['input', 'permissions']);
    expect(await h.db.models.Role.findOne({ key: 'readers' }).lean().exec()).toMatchObject({
      permissions: ['case.read'],
    });

    const changed = ok(
      await h.gql<{ updateRole: { permissions: string[]; name: { zh: string; en: string } } }>(
        UPDATE_ROLE,
        {
          key: 'readers',
          input: {
            name: { zh: '人员读者', en: 'People readers' },
            permissions: ['case.read', 'user.manage'],
          },
        },
        { as: manager },
      ),
    );
    expect(changed.updateRole).toEqual({
      key: 'readers',
      name: { zh: '人员读者', en: 'People readers' },
      permissions: ['case.read', 'user.manage'],
    });
    const [entry] = await audit('Role', 'readers');
    expect(entry).toMatchObject({
      action: 'role.update',
      actor: 'manager',
      details: {
        before: { permissions: ['case.read'] },
        after: { permissions: ['case.read', 'user.manage'] },
      },
    });

    // Taking away a permission one does not hold is refused too; the administrator may.
    ok(await h.gql(UPDATE_ROLE, { key: 'readers', input: { permissions: ['case.read', 'audit.read'] } }));
    expectForbidden(
      await h.gql(UPDATE_ROLE, { key: 'readers', input: { permissions: ['case.read'] } }, { as: manager }),
      'audit.read',
    );
    // Built-in roles are fixed; unknown permissions and empty names are field errors.
    expect(code(await h.gql(UPDATE_ROLE, { key: 'agent', input: { permissions: ['case.read'] } }))).toBe(
      'FORBIDDEN',
    );
    const unknown = await h.gql(UPDATE_ROLE, { key: 'readers', input: { permissions: ['case.fly'] } });
    expect(unknown.errors![0]!.extensions!.fieldPath).toEqual(['input', 'permissions', 0]);
    const blank = await h.gql(UPDATE_ROLE, { key: 'readers', input: { name: { zh: ' ', en: 'x' } } });
    expect(blank.errors![0]!.extensions!.fieldPath).toEqual(['input', 'name', 'zh']);
    expect(code(await h.gql(UPDATE_ROLE, { key: 'nope', input: {} }))).toBe('NOT_FOUND');
  });

  it('refuses to create a role or give a user a role beyond the creator’s permissions', async () => {
    expectForbidden(
      await h.gql(
        CREATE_ROLE,
        { input: { key: 'auditors2', name: { zh: '审', en: 'Aud' }, permissions: ['audit.read'] } },
        { as: manager },
      ),
      'audit.read',
    );
    expectForbidden(await createUser('frank', ['auditor'], [], manager), 'audit.read');
    expectForbidden(
      await h.gql(UPDATE_USER, { id: ids['bob'], input: { roles: ['agent', 'auditor'] } }, { as: manager }),
      'audit.read',
    );
  });

  it('resets a password once: the new one signs in, the old sessions end, the reset is audited', async () => {
    const bobSession = await h.login('bob', PASSWORD);
    const res = ok(
      await h.gql<{ resetUserPassword: { mode: string; password: string; user: { username: string } } }>(
        RESET,
        { id: ids['bob'] },
      ),
    );
    expect(res.resetUserPassword.mode).toBe('PASSWORD');
    expect(res.resetUserPassword.password.length).toBeGreaterThanOrEqual(16);
    expect(code(await h.gql(`{ me { username } }`, {}, { as: bobSession }))).toBe('UNAUTHENTICATED');
    await h.login('bob', res.resetUserPassword.password);
    const [entry] = await audit('User', 'bob');
    expect(entry).toMatchObject({
      action: 'user.password-reset',
      actor: 'admin',
      details: { mode: 'PASSWORD', sessionsEnded: true },
    });
    expect(JSON.stringify(entry)).not.toContain(res.resetUserPassword.password);
    // A reset hands the account over: never of someone holding more than the resetter.
    expectForbidden(await h.gql(RESET, { id: adminId }, { as: manager }), 'audit.read');
    expect(code(await h.gql(RESET, { id: ids['bob'] }, { as: await h.login('alice', PASSWORD) }))).toBe(
      'FORBIDDEN',
    );
  });

  it('never deactivates oneself or the last administrator', async () => {
    const self = await h.gql(UPDATE_USER, { id: adminId, input: { active: false } });
    expect(code(self)).toBe('FORBIDDEN');
    expect(self.errors![0]!.extensions!.messages!.en).toContain('your own account');
    const secondAdmin = ok(await createUser('admin2', ['administrator'])).createUser.id;
    const as2 = await h.login('admin2', PASSWORD);
    ok(await h.gql(UPDATE_USER, { id: adminId, input: { roles: ['agent'] } }, { as: as2 }));
    const last = await h.gql(UPDATE_USER, { id: secondAdmin, input: { roles: ['agent'] } });
    // The first admin lost the role: it is refused by permission already. The remaining admin cannot
    // take it from themselves either, nor deactivate themselves.
    expect(code(last)).toBe('FORBIDDEN');
    const lastByItself = await h.gql(
      UPDATE_USER,
      { id: secondAdmin, input: { roles: ['agent'] } },
      { as: as2 },
    );
    expect(code(lastByItself)).toBe('FORBIDDEN');
    expect(lastByItself.errors![0]!.extensions!.messages!.zh).toContain('最后一位');
    expect(lastByItself.errors![0]!.extensions!.fieldPath).toEqual(['input', 'roles']);
    ok(await h.gql(UPDATE_USER, { id: adminId, input: { roles: ['administrator'] } }, { as: as2 }));
    // Deactivation works otherwise, and ends sessions.
    const carol = await h.login('carol', PASSWORD);
    expect(
      ok(
        await h.gql<{ updateUser: { active: boolean } }>(UPDATE_USER, {
          id: ids['carol'],
          input: { active: false },
        }),
      ).updateUser.active,
    ).toBe(false);
    expect(code(await h.gql(`{ me { username } }`, {}, { as: carol }))).toBe('UNAUTHENTICATED');
  });

  it('sets department members within the editor’s departments, lists routing, audits', async () => {
    const res = ok(
      await h.gql<{ setDepartmentMembers: { members: { username: string }[] } }>(
        MEMBERS,
        { code: 'CUSTOMER_SERVICE', ids: [managerId, ids['alice']!, ids['dave']!] },
        { as: manager },
      ),
    );
    expect(res.setDepartmentMembers.members.map((m) => m.username)).toEqual(['alice', 'dave', 'manager']);
    const [entry] = await audit('Department', 'CUSTOMER_SERVICE');
    expect(entry).toMatchObject({
      action: 'department.members',
      actor: 'manager',
      details: { added: ['alice', 'dave'] },
    });
    // Removing keeps the user's other departments.
    ok(await h.gql(MEMBERS, { code: 'PRODUCT', ids: [ids['dave']!] }));
    ok(await h.gql(MEMBERS, { code: 'CUSTOMER_SERVICE', ids: [managerId, ids['alice']!] }, { as: manager }));
    expect((await h.db.models.User.findOne({ username: 'dave' }).lean().exec())?.departments).toEqual([
      'PRODUCT',
    ]);
    // Adding to a department the manager does not belong to is refused, nothing written.
    const refused = await h.gql(MEMBERS, { code: 'POLICY', ids: [ids['alice']!] }, { as: manager });
    expect(code(refused)).toBe('FORBIDDEN');
    expect((await h.db.models.User.findOne({ username: 'alice' }).lean().exec())?.departments).toEqual([
      'CUSTOMER_SERVICE',
    ]);
    expect(code(await h.gql(MEMBERS, { code: 'NOPE', ids: [] }))).toBe('NOT_FOUND');
    expect(
      (await h.gql(MEMBERS, { code: 'PRODUCT', ids: ['VXNlcjpub3BlCg'] })).errors![0]!.extensions!.fieldPath,
    ).toEqual(['userIds', 0]);

    ok(
      await h.gql(
        `mutation($input: CreateComplaintCategoryInput!) { createComplaintCategory(input: $input) { id } }`,
        {
          input: {
            code: 'CARD',
            name: { zh: '信用卡', en: 'Cards' },
            routing: { departmentCode: 'PRODUCT' },
          },
        },
      ),
    );
    const depts = ok(
      await h.gql<{
        departments: {
          code: string;
          routedCategories: { code: string }[];
          members: { username: string }[];
        }[];
      }>(`{ departments { code members { username } routedCategories { code } } }`),
    ).departments;
    expect(depts.find((d) => d.code === 'PRODUCT')).toMatchObject({ routedCategories: [{ code: 'CARD' }] });
    // An agent reads departments (for pickers) but never their members.
    const agent = await h.gql(
      `{ departments { code members { username } } }`,
      {},
      { as: await h.login('alice', PASSWORD) },
    );
    expect(code(agent)).toBe('FORBIDDEN');
  });
});
