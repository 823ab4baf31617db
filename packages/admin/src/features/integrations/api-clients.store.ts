/** API clients: the list, creating one (its key returned this once, never kept here) and revoking. */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type { ApiClientFieldsFragment } from '../../generated/graphql';
import {
  apiClientsQuery,
  createApiClientMutation,
  revokeApiClientMutation,
} from './api/integrations.documents';
import { sortApiClients, toCreateApiClientInput, type ApiClientForm } from './lib/api-client-form';

export type ApiClientRow = ApiClientFieldsFragment;

export const useApiClientsStore = defineStore(STORE_IDS.apiClients, () => {
  const { client } = useClientHandle();
  const clients = shallowRef<ApiClientRow[]>([]);
  const error = shallowRef<AppError | null>(null);
  const loading = ref(false);
  const loaded = ref(false);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      const result = await client.query(apiClientsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      if (result.data) clients.value = sortApiClients(result.data.apiClients);
      error.value = result.data ? null : toAppError(result.error);
      loaded.value = true;
    } finally {
      loading.value = false;
    }
  }

  /** The new client and its key; the caller shows the key once and lets it go. */
  async function create(form: ApiClientForm): Promise<Outcome<{ client: ApiClientRow; key: string }>> {
    const result = await client
      .mutation(createApiClientMutation, { input: toCreateApiClientInput(form) })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const created = result.data.createApiClient;
    clients.value = sortApiClients([...clients.value, created.client]);
    return { ok: true, value: { client: created.client, key: created.key } };
  }

  async function revoke(id: string): Promise<Outcome<ApiClientRow>> {
    const result = await client.mutation(revokeApiClientMutation, { id }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const revoked = result.data.revokeApiClient;
    clients.value = sortApiClients(clients.value.map((c) => (c.id === id ? revoked : c)));
    return { ok: true, value: revoked };
  }

  return { clients, error, loading, loaded, load, create, revoke };
});
