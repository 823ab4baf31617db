/** The supervisor's queue overview: counts per queue, kept live by the `queueCounts` subscription. */
import { computed, ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError } from '../../shared/lib/graphql-error';
import type { OverviewQueueCountFragment, QueueOverviewQuery } from '../../generated/graphql';
import { overviewLiveSubscription, overviewQuery } from './api/overview.documents';
import { groupByDepartment, totals } from './lib/queue-overview';

export const useOverviewStore = defineStore(STORE_IDS.overview, () => {
  const { client } = useClientHandle();
  const counts = shallowRef<OverviewQueueCountFragment[]>([]);
  const departments = shallowRef<QueueOverviewQuery['departments']>([]);
  const loading = ref(false);
  const error = shallowRef<AppError | null>(null);
  const live = ref(false);
  const groups = computed(() => groupByDepartment(counts.value, departments.value));
  const sum = computed(() => totals(groups.value));

  async function load(): Promise<void> {
    loading.value = true;
    try {
      const result = await client.query(overviewQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      if (!result.data) {
        error.value = toAppError(result.error);
        return;
      }
      counts.value = result.data.queueCounts;
      departments.value = result.data.departments;
      error.value = null;
    } finally {
      loading.value = false;
    }
  }

  let subscription: { unsubscribe(): void } | null = null;
  function startLive(): void {
    if (subscription) return;
    subscription = client.subscription(overviewLiveSubscription, {}).subscribe((result) => {
      if (!result.data) return;
      live.value = true;
      counts.value = result.data.queueCounts;
    });
  }
  function stopLive(): void {
    subscription?.unsubscribe();
    subscription = null;
    live.value = false;
  }

  return { counts, groups, sum, loading, error, live, load, startLive, stopLive };
});
