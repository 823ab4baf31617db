/**
 * The command-line password reset (`pnpm reset-password`), against the real embedded database: the new
 * password works, the old one does not, sessions issued before the reset end, a deactivated user is
 * active again, and the configuration audit log records who (the CLI) reset whom.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetPassword } from '../src/features/people-admin/password-reset';
import { ADMIN_PASSWORD, startHarness, type Harness } from './harness';

describe('password reset from the command line', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('replaces the password, ends sessions, reactivates and is audited', async () => {
    const created = await h.gql<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          username: 'forgetful',
          displayName: 'Forgetful',
          password: 'old password 123',
          roles: ['agent'],
          departments: [],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const oldSession = await h.login('forgetful', 'old password 123');
    await h.gql(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, {
      id: created.data!.createUser.id,
    });

    const result = await resetPassword(h.db.models, 'forgetful');
    expect(result.generated).toBe(true);
    expect(result.password.length).toBeGreaterThanOrEqual(12);

    const me = await h.gql<{ me: { username: string } | null }>(
      `{ me { username } }`,
      {},
      { as: oldSession },
    );
    expect(me.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const oldLogin = await h.gql(
      `mutation { login(username: "forgetful", password: "old password 123") { accessToken } }`,
      {},
      { as: null },
    );
    expect(oldLogin.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const fresh = await h.login('forgetful', result.password);
    const again = await h.gql<{ me: { username: string } }>(`{ me { username } }`, {}, { as: fresh });
    expect(again.data?.me.username).toBe('forgetful');

    const audit = await h.gql<{ configAuditLog: { edges: { node: { action: string; actor: string } }[] } }>(
      `{ configAuditLog(entityType: "user", entityKey: "forgetful") { edges { node { action actor } } } }`,
    );
    expect(audit.data?.configAuditLog.edges[0]?.node).toEqual({
      action: 'user.password-reset',
      actor: 'system:cli',
    });
  });

  it('refuses a weak chosen password and an unknown user, changing nothing', async () => {
    await expect(resetPassword(h.db.models, 'admin', 'short')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(resetPassword(h.db.models, 'nobody-here')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The administrator's password is unchanged.
    expect(await h.login('admin', ADMIN_PASSWORD)).toBeTruthy();
  });
});
