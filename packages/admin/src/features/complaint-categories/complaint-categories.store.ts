/**
 * Complaint categories: the list as the server has it, the tree shaped from it, and the commands.
 * Commands return an {@link Outcome} instead of throwing, so a form can place the error itself.
 */
import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import type { OperationResult } from '@urql/core';
import { STORE_IDS } from '../../app/store-ids';
import { readAllPages } from '../../shared/lib/all-pages';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type {
  ComplaintCategoriesQuery,
  ComplaintCategoriesQueryVariables,
  CreateComplaintCategoryInput,
  LocalizedTextInput,
} from '../../generated/graphql';
import {
  complaintCategoriesQuery,
  createComplaintCategoryMutation,
  renameComplaintCategoryMutation,
} from './api/complaint-categories.documents';
import { buildCategoryTree, toParentOptions, upsertRow, type CategoryRow } from './lib/category-tree';

type ComplaintCategoriesResult = OperationResult<ComplaintCategoriesQuery, ComplaintCategoriesQueryVariables>;

/** The server's maximum page size. */
const PAGE_SIZE = 200;

export const useComplaintCategoriesStore = defineStore(STORE_IDS.complaintCategories, () => {
  const { client } = useClientHandle();

  const rows = ref<CategoryRow[]>([]);
  const loading = ref(false);
  const loadError = ref<AppError | null>(null);

  const tree = computed(() => buildCategoryTree(rows.value));
  const parentOptions = computed(() => toParentOptions(tree.value));

  /** Reads every page of the list from the server (never from the cache). */
  async function load(): Promise<void> {
    loading.value = true;
    try {
      const read = await readAllPages<CategoryRow>(async (after) => {
        const result: ComplaintCategoriesResult = await client
          .query(complaintCategoriesQuery, { first: PAGE_SIZE, after }, { requestPolicy: 'network-only' })
          .toPromise();
        return result.data ? result.data.complaintCategories : toAppError(result.error);
      });
      if ('error' in read) {
        loadError.value = read.error;
        return;
      }
      rows.value = read.nodes;
      loadError.value = null;
    } finally {
      loading.value = false;
    }
  }

  async function create(input: CreateComplaintCategoryInput): Promise<Outcome<CategoryRow>> {
    const result = await client.mutation(createComplaintCategoryMutation, { input }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const created = result.data.createComplaintCategory;
    rows.value = upsertRow(rows.value, created);
    return { ok: true, value: created };
  }

  async function rename(id: string, name: LocalizedTextInput): Promise<Outcome<CategoryRow>> {
    const result = await client.mutation(renameComplaintCategoryMutation, { id, name }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const renamed = result.data.renameComplaintCategory;
    rows.value = upsertRow(rows.value, renamed);
    return { ok: true, value: renamed };
  }

  return { rows, tree, parentOptions, loading, loadError, load, create, rename };
});
