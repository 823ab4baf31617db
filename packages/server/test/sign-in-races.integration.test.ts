/**
 * Issue 15, defects 2 and 6, over GraphQL against the real embedded database:
 * - the sign-in lockout holds under concurrent guesses (a slot is taken before the password is checked);
 * - `changePassword`, deactivation and a reset end every session opened before them, even one opened in
 *   the same millisecond (the sign-in clock is frozen, so sign-in and change share one instant).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  LOCKOUT_WINDOW_MS,
  MAX_FAILURES_PER_IP,
  MAX_FAILURES_PER_USERNAME,
} from '../src/features/access/sign-in-slots';
import { resetPassword } from '../src/features/people-admin/password-reset';
import { authNow, setAuthClock } from '../src/features/access/auth.service';
import { startHarness, type Harness } from './harness';
import { code, ok } from './cases-helpers';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`;
const ME = `query { me { username } }`;
const PASSWORD = 'correct horse battery';

interface LoginData {
  login: { accessToken: string; refreshToken: string };
}

describe('sign-in lockout and session ends under races', () => {
  let h: Harness;
  let addresses = 0;
  const address = () => ({ 'x-forwarded-for': `198.51.100.${++addresses}` });
  const login = (u: string, p: string, headers: Record<string, string> = address()) =>
    h.gql<LoginData>(LOGIN, { u, p }, { as: null, headers });
  const createUser = async (username: string) =>
    ok(
      await h.gql<{ createUser: { id: string } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { username, displayName: username, password: PASSWORD, roles: ['agent'] } },
      ),
    ).createUser.id;

  beforeAll(async () => {
    h = await startHarness({ TRUST_PROXY: '1' });
  });
  afterEach(() => setAuthClock(h.db.models, null));
  afterAll(async () => {
    await h?.close();
  });

  it(`lets at most ${MAX_FAILURES_PER_USERNAME} of 12 concurrent wrong guesses be checked, then refuses the right password`, async () => {
    await createUser('race.target');
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login('race.target', `wrong guess ${i}`)),
    );
    const codes = guesses.map(code);
    // A guess that was checked answers UNAUTHENTICATED; one refused before the check, RATE_LIMITED.
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(MAX_FAILURES_PER_USERNAME);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(12 - MAX_FAILURES_PER_USERNAME);
    const right = await login('race.target', PASSWORD);
    expect(code(right)).toBe('RATE_LIMITED');
    expect(right.errors![0]!.extensions!['retryAfterSeconds']).toBeGreaterThan(0);
    expect(await h.db.models.SignInSlot.countDocuments({ key: 'user:race.target' }).exec()).toBe(
      MAX_FAILURES_PER_USERNAME,
    );
  });

  it('lets the right password in once the window has passed, and forgets the failures', async () => {
    await createUser('race.later');
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME; i++) await login('race.later', `wrong ${i}`);
    expect(code(await login('race.later', PASSWORD))).toBe('RATE_LIMITED');
    const later = new Date(authNow(h.db.models).getTime() + LOCKOUT_WINDOW_MS + 1000);
    setAuthClock(h.db.models, () => later);
    ok(await login('race.later', PASSWORD));
    expect(await h.db.models.SignInSlot.countDocuments({ key: 'user:race.later' }).exec()).toBe(0);
    // A fresh count: one wrong guess is checked (not refused as locked).
    expect(code(await login('race.later', 'wrong again'))).toBe('UNAUTHENTICATED');
  });

  it(`lets at most ${MAX_FAILURES_PER_IP} of 60 concurrent guesses from one address be checked`, async () => {
    const from = address();
    const guesses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => login(`nobody.${i}`, 'some password', from)),
    );
    const codes = guesses.map(code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(MAX_FAILURES_PER_IP);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(60 - MAX_FAILURES_PER_IP);
    // Refused guesses gave their user slot back: only the checked ones hold one.
    const slots = await h.db.models.SignInSlot.find({}).lean().exec();
    expect(slots.filter((s) => s.key.startsWith('user:nobody.'))).toHaveLength(MAX_FAILURES_PER_IP);
  });

  it('ends a session opened in the same millisecond as a password change', async () => {
    await createUser('same.ms');
    const instant = new Date();
    setAuthClock(h.db.models, () => instant);
    const before = ok(await login('same.ms', PASSWORD)).login;
    const bearer = `Bearer ${before.accessToken}`;
    ok(await h.gql(ME, {}, { as: bearer }));
    ok(
      await h.gql(
        `mutation { changePassword(currentPassword: "${PASSWORD}", newPassword: "a brand new secret") }`,
        {},
        { as: bearer },
      ),
    );
    expect(code(await h.gql(ME, {}, { as: bearer }))).toBe('UNAUTHENTICATED');
    expect(code(await h.gql(REFRESH, { t: before.refreshToken }, { as: null }))).toBe('UNAUTHENTICATED');
    // A session opened after the change, in the same millisecond still, works.
    const after = ok(await login('same.ms', 'a brand new secret')).login;
    expect(
      ok(await h.gql<{ me: { username: string } }>(ME, {}, { as: `Bearer ${after.accessToken}` })).me,
    ).toEqual({ username: 'same.ms' });
  });

  it('ends sessions opened in the same millisecond as a deactivation or a reset', async () => {
    const id = await createUser('same.ms.off');
    const instant = new Date();
    setAuthClock(h.db.models, () => instant);
    const first = ok(await login('same.ms.off', PASSWORD)).login;
    ok(await h.gql(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, { id }));
    ok(await h.gql(`mutation($id: ID!) { updateUser(id: $id, input: { active: true }) { id } }`, { id }));
    // Active again, but the session opened before the deactivation stays ended.
    expect(code(await h.gql(ME, {}, { as: `Bearer ${first.accessToken}` }))).toBe('UNAUTHENTICATED');
    expect(code(await h.gql(REFRESH, { t: first.refreshToken }, { as: null }))).toBe('UNAUTHENTICATED');

    const second = ok(await login('same.ms.off', PASSWORD)).login;
    ok(await h.gql(ME, {}, { as: `Bearer ${second.accessToken}` }));
    await resetPassword(h.db.models, 'same.ms.off', 'a reset password 1');
    expect(code(await h.gql(ME, {}, { as: `Bearer ${second.accessToken}` }))).toBe('UNAUTHENTICATED');
    expect(code(await h.gql(REFRESH, { t: second.refreshToken }, { as: null }))).toBe('UNAUTHENTICATED');
  });
});
