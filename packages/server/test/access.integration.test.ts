import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, ADMIN_PASSWORD, type Harness } from './harness';
import { authNow } from '../src/features/access/auth.service';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken accessTokenExpiresAt refreshToken user { username permissions } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username roles { key } departments { code } } }`;
const CATEGORIES = `query { complaintCategories { totalCount } }`;
const CREATE_CATEGORY = `mutation($input: CreateComplaintCategoryInput!) { createComplaintCategory(input: $input) { code } }`;

interface LoginData {
  login: {
    accessToken: string;
    accessTokenExpiresAt: string;
    refreshToken: string;
    user: { username: string; permissions: string[] };
  };
}

describe('people and access', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    for (const [username, role] of [
      ['agent.li', 'agent'],
      ['supervisor.wang', 'supervisor'],
      ['auditor.zhao', 'auditor'],
    ] as const) {
      const res = await h.gql(CREATE_USER, {
        input: {
          username,
          displayName: username,
          password: 'correct horse battery',
          roles: [role],
          departments: ['CUSTOMER_SERVICE'],
        },
      });
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('signs in with a password and answers `me`', async () => {
    const res = await h.gql<LoginData>(LOGIN, { u: 'Agent.Li', p: 'correct horse battery' }, { as: null });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.user.username).toBe('agent.li');
    expect(res.data!.login.user.permissions).toContain('case.work');
    expect(new Date(res.data!.login.accessTokenExpiresAt).getTime()).toBeGreaterThan(
      authNow(h.db.models).getTime(),
    );
    const me = await h.gql<{ me: { username: string; roles: { key: string }[] } }>(
      `query { me { username roles { key } } }`,
      {},
      {
        as: `Bearer ${res.data!.login.accessToken}`,
      },
    );
    expect(me.data!.me).toEqual({ username: 'agent.li', roles: [{ key: 'agent' }] });
    const anonymousMe = await h.gql<{ me: null }>(`query { me { username } }`, {}, { as: null });
    expect(anonymousMe.data!.me).toBeNull();
  });

  it('stores passwords as argon2id hashes, never in clear', async () => {
    const user = await h.db.models.User.findOne({ username: 'agent.li' }).lean().exec();
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(user)).not.toContain('correct horse battery');
  });

  it('refuses a wrong password without saying which part was wrong, and locks after 5 failures', async () => {
    const wrong = await h.gql(LOGIN, { u: 'supervisor.wang', p: 'not the password' }, { as: null });
    expect(wrong.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const unknown = await h.gql(LOGIN, { u: 'nobody.here', p: 'not the password' }, { as: null });
    expect(unknown.errors![0]!.extensions!.messages).toEqual(wrong.errors![0]!.extensions!.messages);
    for (let i = 0; i < 4; i++) await h.gql(LOGIN, { u: 'supervisor.wang', p: `wrong ${i}` }, { as: null });
    const locked = await h.gql(LOGIN, { u: 'supervisor.wang', p: 'correct horse battery' }, { as: null });
    expect(locked.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(locked.errors![0]!.extensions!['retryAfterSeconds']).toBeGreaterThan(0);
    // Another user is not locked by it.
    const other = await h.gql<LoginData>(
      LOGIN,
      { u: 'auditor.zhao', p: 'correct horse battery' },
      { as: null },
    );
    expect(other.errors).toBeUndefined();
  });

  it('rotates refresh tokens and revokes the session when one is reused', async () => {
    const first = (await h.gql<LoginData>(LOGIN, { u: 'agent.li', p: 'correct horse battery' }, { as: null }))
      .data!.login;
    const second = await h.gql<{ refreshSession: { refreshToken: string } }>(
      REFRESH,
      { t: first.refreshToken },
      { as: null },
    );
    expect(second.errors).toBeUndefined();
    const reuse = await h.gql(REFRESH, { t: first.refreshToken }, { as: null });
    expect(reuse.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    // Reuse means the token leaked: the whole family is revoked, including the newer token.
    const afterReuse = await h.gql(REFRESH, { t: second.data!.refreshSession.refreshToken }, { as: null });
    expect(afterReuse.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('lets exactly one of two concurrent refreshes with the same token win', async () => {
    const session = (
      await h.gql<LoginData>(LOGIN, { u: 'agent.li', p: 'correct horse battery' }, { as: null })
    ).data!.login;
    const results = await Promise.all([
      h.gql(REFRESH, { t: session.refreshToken }, { as: null }),
      h.gql(REFRESH, { t: session.refreshToken }, { as: null }),
    ]);
    expect(results.filter((r) => r.data?.['refreshSession']).length).toBe(1);
  });

  it('ends sessions on logout and on password change', async () => {
    const s = (await h.gql<LoginData>(LOGIN, { u: 'auditor.zhao', p: 'correct horse battery' }, { as: null }))
      .data!.login;
    expect(
      (await h.gql(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: s.refreshToken }, { as: null }))
        .data,
    ).toEqual({ logout: true });
    expect((await h.gql(REFRESH, { t: s.refreshToken }, { as: null })).errors![0]!.extensions!.code).toBe(
      'UNAUTHENTICATED',
    );

    const bearer = await h.login('auditor.zhao', 'correct horse battery');
    const bad = await h.gql(
      `mutation { changePassword(currentPassword: "nope", newPassword: "a brand new secret") }`,
      {},
      { as: bearer },
    );
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['currentPassword'],
    });
    const short = await h.gql(
      `mutation { changePassword(currentPassword: "correct horse battery", newPassword: "short") }`,
      {},
      { as: bearer },
    );
    expect(short.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['newPassword'],
    });
    const ok = await h.gql(
      `mutation { changePassword(currentPassword: "correct horse battery", newPassword: "a brand new secret") }`,
      {},
      { as: bearer },
    );
    expect(ok.data).toEqual({ changePassword: true });
    const stale = await h.gql(CATEGORIES, {}, { as: bearer });
    expect(stale.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(stale.status).toBe(401);
    const fresh = await h.login('auditor.zhao', 'a brand new secret');
    expect((await h.gql(CATEGORIES, {}, { as: fresh })).errors).toBeUndefined();
  });

  it('denies each role what it may not do, in one place', async () => {
    const agent = await h.login('agent.li', 'correct horse battery');
    const anonymous = await h.gql(CATEGORIES, {}, { as: null });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await h.gql(CATEGORIES, {}, { as: agent })).errors).toBeUndefined();
    const write = await h.gql(
      CREATE_CATEGORY,
      { input: { code: 'AGENT-MADE', name: { zh: '甲', en: 'A' } } },
      { as: agent },
    );
    expect(write.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(write.errors![0]!.extensions!.messages!.zh).toMatch(/权限/);
    expect(await h.db.models.ComplaintCategory.countDocuments({ code: 'AGENT-MADE' }).exec()).toBe(0);
    const users = await h.gql(`query { users { totalCount } }`, {}, { as: agent });
    expect(users.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const garbage = await h.gql(CATEGORIES, {}, { as: 'Bearer not-a-token' });
    expect(garbage.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('validates new users and refuses duplicates with CONFLICT', async () => {
    const bad = await h.gql(CREATE_USER, {
      input: { username: 'X', displayName: 'x', password: 'long enough pw', roles: ['agent'] },
    });
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['input', 'username'],
    });
    const role = await h.gql(CREATE_USER, {
      input: { username: 'new.user', displayName: 'n', password: 'long enough pw', roles: ['wizard'] },
    });
    expect(role.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['input', 'roles', 0],
    });
    const dup = await h.gql(CREATE_USER, {
      input: { username: 'agent.li', displayName: 'again', password: 'long enough pw', roles: ['agent'] },
    });
    expect(dup.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', fieldPath: ['input', 'username'] });
    expect(await h.db.models.User.countDocuments({ username: 'new.user' }).exec()).toBe(0);
  });

  it('deactivating a user ends their sessions at once', async () => {
    const created = await h.gql<{ createUser: { id: string } }>(CREATE_USER, {
      input: { username: 'temp.staff', displayName: 'Temp', password: 'long enough pw', roles: ['agent'] },
    });
    const bearer = await h.login('temp.staff', 'long enough pw');
    const off = await h.gql(
      `mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { active } }`,
      { id: created.data!.createUser.id },
    );
    expect(off.data).toEqual({ updateUser: { active: false } });
    expect((await h.gql(CATEGORIES, {}, { as: bearer })).errors![0]!.extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await h.gql(LOGIN, { u: 'temp.staff', p: 'long enough pw' }, { as: null })).errors![0]!.extensions!
        .code,
    ).toBe('UNAUTHENTICATED');
  });

  it('serves other systems through scoped, revocable, rate-limited API keys', async () => {
    const created = await h.gql<{
      createApiClient: { key: string; client: { id: string; scopes: string[]; keyPrefix: string } };
    }>(
      `mutation { createApiClient(input: { name: "core-banking", scopes: ["category.read"], rateLimitPerMinute: 5 }) { key client { id scopes keyPrefix } } }`,
    );
    expect(created.errors).toBeUndefined();
    const { key, client } = created.data!.createApiClient;
    expect(key.startsWith(client.keyPrefix)).toBe(true);
    const stored = await h.db.models.ApiClient.findOne({ name: 'core-banking' }).lean().exec();
    // The secret is everything after `pk_<24-hex id>_` (it may itself contain '_').
    expect(JSON.stringify(stored)).not.toContain(key.slice('pk_'.length + 24 + 1));
    const as = `ApiKey ${key}`;
    expect((await h.gql(CATEGORIES, {}, { as })).errors).toBeUndefined();
    expect(
      (await h.gql(CREATE_CATEGORY, { input: { code: 'API-MADE', name: { zh: '乙', en: 'B' } } }, { as }))
        .errors![0]!.extensions!.code,
    ).toBe('FORBIDDEN');
    for (let i = 0; i < 3; i++) await h.gql(CATEGORIES, {}, { as });
    const limited = await h.gql(CATEGORIES, {}, { as });
    expect(limited.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(limited.status).toBe(429);
    const listed = await h.gql<{ apiClients: { keyPrefix: string }[] }>(
      `query { apiClients { keyPrefix revokedAt } }`,
    );
    expect(JSON.stringify(listed.data)).not.toContain(key);
    await h.gql(`mutation($id: ID!) { revokeApiClient(id: $id) { revokedAt } }`, { id: client.id });
    expect((await h.gql(CATEGORIES, {}, { as })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('records every change to people and access in the configuration audit log', async () => {
    const log = await h.gql<{
      configAuditLog: {
        edges: {
          node: { actor: string; action: string; entityKey: string; details: { roles?: string[] } };
        }[];
      };
    }>(
      `query { configAuditLog(entityType: "User", first: 200) { edges { node { actor action entityKey details } } } }`,
    );
    const created = log.data!.configAuditLog.edges.map((e) => e.node).find((n) => n.entityKey === 'agent.li');
    expect(created).toMatchObject({ actor: 'admin', action: 'user.create', details: { roles: ['agent'] } });
    const agent = await h.login('agent.li', 'correct horse battery');
    expect(
      (await h.gql(`query { configAuditLog { totalCount } }`, {}, { as: agent })).errors![0]!.extensions!
        .code,
    ).toBe('FORBIDDEN');
  });

  it('seeds the administrator from the environment password', async () => {
    const res = await h.gql<LoginData>(LOGIN, { u: 'admin', p: ADMIN_PASSWORD }, { as: null });
    expect(res.data!.login.user.permissions).toContain('user.manage');
  });
});
