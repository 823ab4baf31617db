/**
 * The complaint clock of the open case and the agent's extension request. The request goes through
 * the case screen's one command path (lib/case-command.ts): a lost answer is retried with the same
 * idempotency key; a concurrent change (CONFLICT) reloads the clock and the case and answers `reloaded`,
 * and the panel keeps the reason the agent typed.
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../../app/store-ids';
import { toAppError, type AppError } from '../../../shared/lib/graphql-error';
import { useCasesStore } from '../cases.store';
import { runCaseCommand, type CaseCommandOutcome } from '../lib/case-command';
import { IdempotencyKeys } from '../step-actions/lib/command-outcome';
import type { ComplaintClockPanelQuery } from '../../../generated/graphql';
import { complaintClockQuery, requestComplaintExtensionMutation } from './api/complaint-clock.documents';

export type ClockCase = NonNullable<ComplaintClockPanelQuery['case']>;

const newKey = (): string =>
  globalThis.crypto?.randomUUID?.() ??
  `k-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;

export const useComplaintClockStore = defineStore(STORE_IDS.complaintClock, () => {
  const { client } = useClientHandle();
  const cases = useCasesStore();
  const keys = new IdempotencyKeys(newKey);
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

  function requestExtension(caseId: string, reason: string): Promise<CaseCommandOutcome<true>> {
    return runCaseCommand<true>({
      keys,
      action: `${caseId}:extension`,
      send: (idempotencyKey) =>
        client.mutation(requestComplaintExtensionMutation, { caseId, reason, idempotencyKey }).toPromise(),
      pick: (data) => ((data as Record<string, unknown>)['requestComplaintExtension'] ? true : undefined),
      refresh: async () => {
        await Promise.all([load(caseId), cases.loadCase(caseId)]);
      },
    });
  }

  return { current, error, loading, load, requestExtension };
});
