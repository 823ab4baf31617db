/**
 * The survey list, one keyset page at a time (`after` = the last row's cursor, never an offset), and
 * creating a survey. After a create the list is read again, so the new row shows what the server kept.
 * Archived surveys are left out unless `showArchived`; archive and restore read the list again too.
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type { CreateSurveyInput, SurveyReferencesQuery, SurveysQuery } from '../../generated/graphql';
import {
  archiveSurveyMutation,
  createSurveyMutation,
  restoreSurveyMutation,
  surveyReferencesQuery,
  surveysQuery,
} from './api/surveys.documents';

export type SurveyRow = SurveysQuery['surveys']['edges'][number]['node'];
export type SurveyReference = NonNullable<SurveyReferencesQuery['survey']>['referencedBy'][number];

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
  /** Whether archived surveys are listed too. */
  const showArchived = ref(false);

  async function fetchPage(after: string | null): Promise<boolean> {
    loading.value = true;
    try {
      const result = await client
        .query(
          surveysQuery,
          { first: SURVEY_PAGE_SIZE, after, includeArchived: showArchived.value },
          { requestPolicy: 'network-only' },
        )
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

  /** Lists archived surveys too (or not), from the first page. */
  function setShowArchived(value: boolean): Promise<boolean> {
    showArchived.value = value;
    return load();
  }

  /** The flow versions and current flow drafts that refer to a survey (what archiving it affects). */
  async function references(key: string): Promise<Outcome<SurveyReference[]>> {
    const result = await client
      .query(surveyReferencesQuery, { key }, { requestPolicy: 'network-only' })
      .toPromise();
    const survey = result.data?.survey;
    if (!survey) return { ok: false, error: toAppError(result.error) };
    return { ok: true, value: survey.referencedBy };
  }

  async function archive(key: string, reason: string): Promise<Outcome<string>> {
    const result = await client.mutation(archiveSurveyMutation, { key, reason }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    await load();
    return { ok: true, value: result.data.archiveSurvey.key };
  }

  async function restore(key: string): Promise<Outcome<string>> {
    const result = await client.mutation(restoreSurveyMutation, { key }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    await load();
    return { ok: true, value: result.data.restoreSurvey.key };
  }

  return {
    rows,
    total,
    hasMore,
    loading,
    loadError,
    showArchived,
    load,
    loadMore,
    create,
    setShowArchived,
    references,
    archive,
    restore,
  };
});
