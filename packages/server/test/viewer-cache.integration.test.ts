/**
 * The per-process viewer cache (features/access/viewer.ts): changes made through this process are seen
 * at once; a change made elsewhere (written straight to the database, as another server process would)
 * is seen after the TTL, and at once when the cache is off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { code, ok } from './cases-helpers';

const ME = `query { me { username } }`;
const PASSWORD = 'correct horse battery';

async function createStaff(h: Harness, username: string, roles: string[] = ['agent']): Promise<string> {
  return ok(
    await h.gql<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: { username, displayName: username, password: PASSWORD, roles, departments: [] },
      },
    ),
  ).createUser.id;
}

/** Deactivates the user behind the database's back, the way another server process would. */
async function deactivateElsewhere(h: Harness, username: string): Promise<void> {
  await h.db.models.User.updateOne(
    { username },
    { $set: { active: false }, $inc: { sessionVersion: 1 } },
  ).exec();
}

describe('viewer cache off (PARLEY_VIEWER_CACHE_MS=0)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ PARLEY_VIEWER_CACHE_MS: '0' });
  });
  afterAll(() => h.close());

  it('refuses a user deactivated by another process on the next request', async () => {
    await createStaff(h, 'cache.off');
    const token = await h.login('cache.off', PASSWORD);
    expect(ok(await h.gql<{ me: { username: string } }>(ME, {}, { as: token })).me.username).toBe(
      'cache.off',
    );
    await deactivateElsewhere(h, 'cache.off');
    expect(code(await h.gql(ME, {}, { as: token }))).toBe('UNAUTHENTICATED');
  });
});

describe('viewer cache on (long TTL)', () => {
  let h: Harness;
  beforeAll(async () => {
    // A TTL far longer than the test: what is refused below is refused by invalidation, not expiry.
    h = await startHarness({ PARLEY_VIEWER_CACHE_MS: '60000' });
  });
  afterAll(() => h.close());

  it('serves a cached viewer for a change made elsewhere until the TTL', async () => {
    await createStaff(h, 'cache.elsewhere');
    const token = await h.login('cache.elsewhere', PASSWORD);
    ok(await h.gql(ME, {}, { as: token }));
    await deactivateElsewhere(h, 'cache.elsewhere');
    // Documented: another process's deactivation is seen after at most the TTL.
    expect(ok(await h.gql<{ me: { username: string } }>(ME, {}, { as: token })).me.username).toBe(
      'cache.elsewhere',
    );
  });

  it('refuses at once a user deactivated through this process', async () => {
    const id = await createStaff(h, 'cache.deactivate');
    const token = await h.login('cache.deactivate', PASSWORD);
    ok(await h.gql(ME, {}, { as: token }));
    ok(await h.gql(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, { id }));
    expect(code(await h.gql(ME, {}, { as: token }))).toBe('UNAUTHENTICATED');
  });

  it('applies a role change made through this process to the next request', async () => {
    const id = await createStaff(h, 'cache.roles', ['administrator']);
    const token = await h.login('cache.roles', PASSWORD);
    const USERS = `query { users(first: 1) { totalCount } }`;
    ok(await h.gql(USERS, {}, { as: token }));
    ok(
      await h.gql(`mutation($id: ID!) { updateUser(id: $id, input: { roles: ["agent"] }) { id } }`, {
        id,
      }),
    );
    expect(code(await h.gql(USERS, {}, { as: token }))).toBe('FORBIDDEN');
  });

  it('refuses the old token at once after a password change', async () => {
    await createStaff(h, 'cache.password');
    const token = await h.login('cache.password', PASSWORD);
    ok(await h.gql(ME, {}, { as: token }));
    // A change in the same second as the sign-in ends it too: tokens carry the session version.
    ok(
      await h.gql(
        `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
        { c: PASSWORD, n: 'another long passphrase' },
        { as: token },
      ),
    );
    expect(code(await h.gql(ME, {}, { as: token }))).toBe('UNAUTHENTICATED');
  });
});
