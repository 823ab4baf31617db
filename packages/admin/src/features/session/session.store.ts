/**
 * Who is signed in, and the tokens that prove it. Sign-in, restore after a reload, renewal before
 * expiry (one refresh at a time: refresh tokens are single-use) and sign-out all go through here.
 */
import { computed, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { PUBLIC_OPERATION } from '../../app/auth-exchange';
import { toAppError, type Outcome } from '../../shared/lib/graphql-error';
import type { SessionFieldsFragment } from '../../generated/graphql';
import { loginMutation, logoutMutation, refreshSessionMutation } from './api/session.documents';
import { needsRefresh, readRefreshToken, writeRefreshToken } from './lib/session-lib';

export type SessionUser = SessionFieldsFragment['user'];

export const useSessionStore = defineStore(STORE_IDS.session, () => {
  const { client } = useClientHandle();
  const storage = globalThis.sessionStorage;

  const user = shallowRef<SessionUser | null>(null);
  // Kept out of reactive state on purpose: tokens do not belong in devtools or in render paths.
  let accessToken: string | null = null;
  let expiresAt = 0;
  let refreshing: Promise<boolean> | null = null;

  const signedIn = computed(() => user.value !== null);

  function can(permission: string): boolean {
    return user.value?.permissions.includes(permission) ?? false;
  }

  function open(session: SessionFieldsFragment): void {
    accessToken = session.accessToken;
    expiresAt = new Date(session.accessTokenExpiresAt).getTime();
    writeRefreshToken(storage, session.refreshToken);
    user.value = session.user;
  }

  function close(): void {
    accessToken = null;
    expiresAt = 0;
    writeRefreshToken(storage, null);
    user.value = null;
  }

  async function login(username: string, password: string): Promise<Outcome<SessionUser>> {
    const result = await client.mutation(loginMutation, { username, password }, PUBLIC_OPERATION).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    open(result.data.login);
    return { ok: true, value: result.data.login.user };
  }

  /** Trades the stored refresh token for a new session; false when there is none or it was refused. */
  function refresh(): Promise<boolean> {
    refreshing ??= (async () => {
      const refreshToken = readRefreshToken(storage);
      if (!refreshToken) return false;
      const result = await client
        .mutation(refreshSessionMutation, { refreshToken }, PUBLIC_OPERATION)
        .toPromise();
      if (result.data) {
        open(result.data.refreshSession);
        return true;
      }
      // A refused token is spent; a network failure leaves it for the next attempt.
      if (toAppError(result.error).kind === 'server') close();
      return false;
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  /** The access token for a request, renewed first when it is about to expire; null when signed out. */
  async function validAccessToken(): Promise<string | null> {
    if (accessToken && !needsRefresh(expiresAt, Date.now())) return accessToken;
    return (await refresh()) ? accessToken : null;
  }

  /** After a reload: resumes the tab's session if it has one. */
  async function restore(): Promise<boolean> {
    return signedIn.value || refresh();
  }

  async function logout(): Promise<void> {
    const refreshToken = readRefreshToken(storage);
    close();
    if (refreshToken) await client.mutation(logoutMutation, { refreshToken }, PUBLIC_OPERATION).toPromise();
  }

  /** The server refused our credentials (revoked, expired, user deactivated): forget them. */
  function expire(): void {
    close();
  }

  return { user, signedIn, can, login, restore, validAccessToken, logout, expire };
});
