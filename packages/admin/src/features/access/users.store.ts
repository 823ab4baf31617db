/**
 * Users: one keyset page after another (the server's `users` connection), narrowed by a search, and
 * the commands on a user. Commands return an {@link Outcome} so a form can place the error itself.
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type {
  AccessChoicesQuery,
  AccessUserFieldsFragment,
  CreateUserInput,
  UpdateUserInput,
} from '../../generated/graphql';
import {
  accessChoicesQuery,
  accessUsersQuery,
  createUserMutation,
  resetUserPasswordMutation,
  updateUserMutation,
} from './api/access.documents';

export type AccessUser = AccessUserFieldsFragment;
export type AccessChoices = AccessChoicesQuery;

export const USERS_PAGE_SIZE = 50;

/** `rows` with `user` replaced in place (or added, kept in username order). */
export function upsertUser(rows: readonly AccessUser[], user: AccessUser): AccessUser[] {
  const i = rows.findIndex((r) => r.id === user.id);
  if (i >= 0) return rows.map((r) => (r.id === user.id ? user : r));
  return [...rows, user].sort((a, b) => a.username.localeCompare(b.username));
}

export const useAccessUsersStore = defineStore(STORE_IDS.accessUsers, () => {
  const { client } = useClientHandle();

  const rows = shallowRef<AccessUser[]>([]);
  const total = ref(0);
  const search = ref('');
  const endCursor = ref<string | null>(null);
  const hasNextPage = ref(false);
  const loading = ref(false);
  const loadError = shallowRef<AppError | null>(null);
  const choices = shallowRef<AccessChoices>({ roles: [], departments: [] });
  // A later search overtakes an earlier one still on the wire: only the newest request's page counts.
  let request = 0;

  async function fetchPage(after: string | null): Promise<void> {
    const mine = ++request;
    loading.value = true;
    try {
      const result = await client
        .query(
          accessUsersQuery,
          { first: USERS_PAGE_SIZE, after, search: search.value.trim() || null },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (mine !== request) return;
      if (!result.data) {
        loadError.value = toAppError(result.error);
        return;
      }
      const page = result.data.users;
      const nodes = page.edges.map((e) => e.node);
      rows.value = after ? [...rows.value, ...nodes] : nodes;
      total.value = page.totalCount;
      endCursor.value = page.pageInfo.endCursor ?? null;
      hasNextPage.value = page.pageInfo.hasNextPage;
      loadError.value = null;
    } finally {
      if (mine === request) loading.value = false;
    }
  }

  /** The first page for the current search. */
  function load(): Promise<void> {
    return fetchPage(null);
  }

  function loadMore(): Promise<void> {
    return hasNextPage.value ? fetchPage(endCursor.value) : Promise.resolve();
  }

  async function loadChoices(): Promise<void> {
    const result = await client.query(accessChoicesQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) choices.value = result.data;
  }

  async function create(input: CreateUserInput): Promise<Outcome<AccessUser>> {
    const result = await client.mutation(createUserMutation, { input }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    rows.value = upsertUser(rows.value, result.data.createUser);
    total.value += 1;
    return { ok: true, value: result.data.createUser };
  }

  async function update(id: string, input: UpdateUserInput): Promise<Outcome<AccessUser>> {
    const result = await client.mutation(updateUserMutation, { id, input }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    rows.value = upsertUser(rows.value, result.data.updateUser);
    return { ok: true, value: result.data.updateUser };
  }

  /** A new password, shown once: the caller shows it and forgets it. */
  async function resetPassword(id: string): Promise<Outcome<string>> {
    const result = await client.mutation(resetUserPasswordMutation, { id, mode: 'PASSWORD' }).toPromise();
    const reset = result.data?.resetUserPassword;
    if (!reset?.password) return { ok: false, error: toAppError(result.error) };
    rows.value = upsertUser(rows.value, reset.user);
    return { ok: true, value: reset.password };
  }

  return {
    rows,
    total,
    search,
    hasNextPage,
    loading,
    loadError,
    choices,
    load,
    loadMore,
    loadChoices,
    create,
    update,
    resetPassword,
  };
});
