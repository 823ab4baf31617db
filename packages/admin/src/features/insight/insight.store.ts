/**
 * The dashboard's shared state: the names that label ids (flows, steps, departments, agents, categories,
 * root causes), loaded once per visit, and the roll-ups' lag. Each tab fetches its own figures.
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import type { InsightStatusQuery } from '../../generated/graphql';
import {
  insightFlowNamesQuery,
  insightNamesQuery,
  insightRootCausesQuery,
  insightStatusQuery,
} from './api/insight.documents';
import type { NameSources } from './lib/insight-names';

const EMPTY: NameSources = { flows: [], departments: [], agents: [], categories: [], rootCauses: [] };

export const useInsightStore = defineStore(STORE_IDS.insight, () => {
  const { client } = useClientHandle();
  const sources = shallowRef<NameSources>(EMPTY);
  const namesLoaded = ref(false);
  const status = shallowRef<InsightStatusQuery['insightStatus'] | null>(null);

  async function loadNames(): Promise<void> {
    if (namesLoaded.value) return;
    const [flows, names, causes] = await Promise.all([
      client.query(insightFlowNamesQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
      client.query(insightNamesQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
      client.query(insightRootCausesQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    ]);
    // Names only label figures: a part the caller may not read leaves those ids as "unknown".
    const d = names.data;
    sources.value = {
      flows: flows.data?.flowTemplates.edges.map((e) => e.node) ?? [],
      departments: d?.departments ?? [],
      agents: d?.assignableUsers ?? [],
      categories: d?.complaintCategories.edges.map((e) => e.node) ?? [],
      rootCauses: causes.data?.complaintRootCauses ?? [],
    };
    namesLoaded.value = true;
  }

  async function loadStatus(): Promise<void> {
    const r = await client.query(insightStatusQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (r.data) status.value = r.data.insightStatus;
  }

  return { sources, namesLoaded, status, loadNames, loadStatus };
});
