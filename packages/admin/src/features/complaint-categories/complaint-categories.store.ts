/**
 * Complaint categories: the list as the server has it, the tree shaped from it, what the editor's
 * pickers offer, and the commands. Commands return an {@link Outcome} instead of throwing, so a form
 * can place the error itself. Tree commands (move, reorder, activate, delete) reload the list, since
 * they change other categories too (paths, sibling order, a subtree's state).
 */
import { computed, ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import type { OperationResult } from '@urql/core';
import { STORE_IDS } from '../../app/store-ids';
import { readAllPages } from '../../shared/lib/all-pages';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type {
  ComplaintCategoriesQuery,
  ComplaintCategoriesQueryVariables,
  ComplaintCategoryOptionsQuery,
  CreateComplaintCategoryInput,
  ImportComplaintCategoriesMutation,
  UpdateComplaintCategoryInput,
} from '../../generated/graphql';
import {
  categoryOptionsQuery,
  complaintCategoriesQuery,
  createComplaintCategoryMutation,
  deleteComplaintCategoryMutation,
  exportComplaintCategoriesQuery,
  importComplaintCategoriesMutation,
  moveComplaintCategoryMutation,
  reorderComplaintCategoriesMutation,
  setComplaintCategoryActiveMutation,
  updateComplaintCategoryMutation,
} from './api/complaint-categories.documents';
import {
  buildCategoryTree,
  toParentOptions,
  upsertRow,
  type CategoryRow,
  type MoveRequest,
} from './lib/category-tree';

type ComplaintCategoriesResult = OperationResult<ComplaintCategoriesQuery, ComplaintCategoriesQueryVariables>;
export type CategoryOptions = ComplaintCategoryOptionsQuery;
export type ImportResult = ImportComplaintCategoriesMutation['importComplaintCategories'];

/** The server's maximum page size. */
const PAGE_SIZE = 200;

export const useComplaintCategoriesStore = defineStore(STORE_IDS.complaintCategories, () => {
  const { client } = useClientHandle();

  const rows = ref<CategoryRow[]>([]);
  const loading = ref(false);
  const loadError = ref<AppError | null>(null);
  const options = shallowRef<CategoryOptions | null>(null);

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

  async function loadOptions(): Promise<Outcome<CategoryOptions>> {
    const result = await client
      .query(categoryOptionsQuery, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    options.value = result.data;
    return { ok: true, value: result.data };
  }

  async function create(input: CreateComplaintCategoryInput): Promise<Outcome<CategoryRow>> {
    const result = await client.mutation(createComplaintCategoryMutation, { input }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const created = result.data.createComplaintCategory;
    rows.value = upsertRow(rows.value, created);
    return { ok: true, value: created };
  }

  async function update(id: string, input: UpdateComplaintCategoryInput): Promise<Outcome<CategoryRow>> {
    const result = await client.mutation(updateComplaintCategoryMutation, { id, input }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const updated = result.data.updateComplaintCategory;
    rows.value = upsertRow(rows.value, updated);
    return { ok: true, value: updated };
  }

  /** Runs a tree command, then re-reads the list (also after a refusal, to undo an optimistic drop). */
  async function treeCommand<T>(run: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    const outcome = await run();
    await load();
    return outcome;
  }

  function move(request: MoveRequest): Promise<Outcome<CategoryRow>> {
    return treeCommand(async () => {
      const result = await client.mutation(moveComplaintCategoryMutation, request).toPromise();
      return result.data
        ? { ok: true, value: result.data.moveComplaintCategory }
        : { ok: false, error: toAppError(result.error) };
    });
  }

  function reorder(parentId: string | null, orderedIds: string[]): Promise<Outcome<CategoryRow[]>> {
    return treeCommand(async () => {
      const result = await client
        .mutation(reorderComplaintCategoriesMutation, { parentId, orderedIds })
        .toPromise();
      return result.data
        ? { ok: true, value: result.data.reorderComplaintCategories }
        : { ok: false, error: toAppError(result.error) };
    });
  }

  function setActive(id: string, active: boolean): Promise<Outcome<CategoryRow>> {
    return treeCommand(async () => {
      const result = await client.mutation(setComplaintCategoryActiveMutation, { id, active }).toPromise();
      return result.data
        ? { ok: true, value: result.data.setComplaintCategoryActive }
        : { ok: false, error: toAppError(result.error) };
    });
  }

  function remove(id: string): Promise<Outcome<boolean>> {
    return treeCommand(async () => {
      const result = await client.mutation(deleteComplaintCategoryMutation, { id }).toPromise();
      return result.data
        ? { ok: true, value: result.data.deleteComplaintCategory }
        : { ok: false, error: toAppError(result.error) };
    });
  }

  async function exportXlsx(): Promise<Outcome<{ fileName: string; contentBase64: string; count: number }>> {
    const result = await client
      .query(exportComplaintCategoriesQuery, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    return { ok: true, value: result.data.exportComplaintCategories };
  }

  /** Checks (dryRun) or imports a workbook; a written import re-reads the list. */
  async function importXlsx(fileBase64: string, dryRun: boolean): Promise<Outcome<ImportResult>> {
    const result = await client
      .mutation(importComplaintCategoriesMutation, { fileBase64, dryRun })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const value = result.data.importComplaintCategories;
    if (value.written) await load();
    return { ok: true, value };
  }

  return {
    rows,
    tree,
    parentOptions,
    options,
    loading,
    loadError,
    load,
    loadOptions,
    create,
    update,
    move,
    reorder,
    setActive,
    remove,
    exportXlsx,
    importXlsx,
  };
});
