/**
 * The survey list, one keyset page at a time (`after` = the last row's cursor, never an offset), and
 * creating a survey. After a create the list is read again, so the new row shows what the server kept.
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type { CreateSurveyInput, SurveysQuery } from '../../generated/graphql';
import { createSurveyMutation, surveysQuery } from './api/surveys.documents';

export type SurveyRow = SurveysQuery['surveys']['edges'][number]['node'];

/** Rows per page. */
export const SURVEY_PAGE_SIZE = 50;

export const useSurveysStore = defineStore(STORE_IDS.surveys, () => {
  const { client } = useClientHandle();

  const rows = shallowRef<SurveyRow[]>([]);
  const total = ref(0);
  const endCursor = ref<string | null>(null);
  const hasMore = ref(false);
  const loading = ref(false);
  const loadError = shallowRef<AppError | null>(null);

  async function fetchPage(after: string | null): Promise<boolean> {
    loading.value = true;
    try {
      const result = await client
        .query(surveysQuery, { first: SURVEY_PAGE_SIZE, after }, { requestPolicy: 'network-only' })
        .toPromise();
      if (!result.data) {
        loadError.value = toAppError(result.error);
        return false;
      }
      const page = result.data.surveys;
      const nodes = page.edges.map((e) => e.node);
      rows.value = after === null ? nodes : [...rows.value, ...nodes];
      total.value = page.totalCount;
      endCursor.value = page.pageInfo.endCursor ?? null;
      hasMore.value = page.pageInfo.hasNextPage;
      loadError.value = null;
      return true;
    } finally {
      loading.value = false;
    }
  }

  /** The first page (again). */
  const load = () => fetchPage(null);
  /** The page after the last row shown. */
  const loadMore = () =>
    hasMore.value && endCursor.value ? fetchPage(endCursor.value) : Promise.resolve(false);

  async function create(input: CreateSurveyInput): Promise<Outcome<string>> {
    const result = await client.mutation(createSurveyMutation, { input }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    await load();
    return { ok: true, value: result.data.createSurvey.key };
  }

  return { rows, total, hasMore, loading, loadError, load, loadMore, create };
});
