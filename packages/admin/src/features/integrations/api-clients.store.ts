/**
 * API clients: the list (paged by keyset, "load more"), creating one (its key returned this once, never
 * kept here), editing name, scopes and rate limit, and revoking.
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type { ApiClientFieldsFragment } from '../../generated/graphql';
import {
  apiClientsPageQuery,
  createApiClientMutation,
  revokeApiClientMutation,
  updateApiClientMutation,
} from './api/integrations.documents';
import {
  sortApiClients,
  toCreateApiClientInput,
  toUpdateApiClientInput,
  type ApiClientForm,
} from './lib/api-client-form';
import { appendPage } from './lib/webhook-form';

export type ApiClientRow = ApiClientFieldsFragment;

export const API_CLIENT_PAGE_SIZE = 50;

export const useApiClientsStore = defineStore(STORE_IDS.apiClients, () => {
  const { client } = useClientHandle();
  const clients = shallowRef<ApiClientRow[]>([]);
  const totalCount = ref(0);
  const nextCursor = ref<string | null>(null);
  const error = shallowRef<AppError | null>(null);
  const loading = ref(false);
  const loaded = ref(false);

  async function fetchPage(after: string | null): Promise<void> {
    loading.value = true;
    try {
      const result = await client
        .query(apiClientsPageQuery, { first: API_CLIENT_PAGE_SIZE, after }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.data) {
        const page = result.data.apiClientsPage;
        const rows = page.edges.map((e) => e.node);
        clients.value = sortApiClients(after ? appendPage(clients.value, rows) : rows);
        totalCount.value = page.totalCount;
        nextCursor.value = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
      }
      error.value = result.data ? null : toAppError(result.error);
      loaded.value = true;
    } finally {
      loading.value = false;
    }
  }

  /** The first page again (what is shown beyond it is dropped). */
  const load = () => fetchPage(null);

  async function loadMore(): Promise<void> {
    if (nextCursor.value) await fetchPage(nextCursor.value);
  }

  /** The new client and its key; the caller shows the key once and lets it go. */
  async function create(form: ApiClientForm): Promise<Outcome<{ client: ApiClientRow; key: string }>> {
    const result = await client
      .mutation(createApiClientMutation, { input: toCreateApiClientInput(form) })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const created = result.data.createApiClient;
    clients.value = sortApiClients([...clients.value, created.client]);
    totalCount.value += 1;
    return { ok: true, value: { client: created.client, key: created.key } };
  }

  async function update(id: string, form: ApiClientForm): Promise<Outcome<ApiClientRow>> {
    const result = await client
      .mutation(updateApiClientMutation, { id, input: toUpdateApiClientInput(form) })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const updated = result.data.updateApiClient;
    clients.value = sortApiClients(clients.value.map((c) => (c.id === id ? updated : c)));
    return { ok: true, value: updated };
  }

  async function revoke(id: string): Promise<Outcome<ApiClientRow>> {
    const result = await client.mutation(revokeApiClientMutation, { id }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const revoked = result.data.revokeApiClient;
    clients.value = sortApiClients(clients.value.map((c) => (c.id === id ? revoked : c)));
    return { ok: true, value: revoked };
  }

  return { clients, totalCount, nextCursor, error, loading, loaded, load, loadMore, create, update, revoke };
});
