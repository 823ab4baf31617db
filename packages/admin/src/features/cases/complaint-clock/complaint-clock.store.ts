/** The complaint clock of the open case and the agent's extension request. */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../../shared/lib/graphql-error';
import type { ComplaintClockPanelQuery } from '../../../generated/graphql';
import { complaintClockQuery, requestComplaintExtensionMutation } from './api/complaint-clock.documents';

export type ClockCase = NonNullable<ComplaintClockPanelQuery['case']>;

export const useComplaintClockStore = defineStore(STORE_IDS.complaintClock, () => {
  const { client } = useClientHandle();
  const current = shallowRef<ClockCase | null>(null);
  const error = shallowRef<AppError | null>(null);
  const loading = ref(false);

  async function load(id: string): Promise<void> {
    loading.value = true;
    try {
      const result = await client
        .query(complaintClockQuery, { id }, { requestPolicy: 'network-only' })
        .toPromise();
      current.value = result.data?.case ?? null;
      error.value = result.data ? null : toAppError(result.error);
    } finally {
      loading.value = false;
    }
  }

  async function requestExtension(
    caseId: string,
    reason: string,
    idempotencyKey: string,
  ): Promise<Outcome<true>> {
    const result = await client
      .mutation(requestComplaintExtensionMutation, { caseId, reason, idempotencyKey })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    await load(caseId);
    return { ok: true, value: true };
  }

  return { current, error, loading, load, requestExtension };
});
