/**
 * The flows list: every template as the server has it (all pages), the seed gallery, and the list's
 * commands. Commands return an {@link Outcome}; after a write the list is read again from the server,
 * so the row shows what the server decided (draft state, versions, last change).
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import type { OperationResult } from '@urql/core';
import { STORE_IDS } from '../../app/store-ids';
import { readAllPages } from '../../shared/lib/all-pages';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type {
  CreateFlowTemplateInput,
  FlowTemplatesQuery,
  FlowTemplatesQueryVariables,
  SeedFlowTemplatesQuery,
} from '../../generated/graphql';
import {
  archiveFlowTemplateMutation,
  createFlowTemplateMutation,
  exportFlowTemplateQuery,
  flowTemplatesQuery,
  importFlowTemplateMutation,
  seedFlowTemplatesQuery,
} from './api/flows.documents';
import type { FlowRow } from './lib/flow-list';

type FlowTemplatesResult = OperationResult<FlowTemplatesQuery, FlowTemplatesQueryVariables>;
export type SeedTemplate = SeedFlowTemplatesQuery['seedFlowTemplates'][number];

/** The server's maximum page size. */
const PAGE_SIZE = 200;

export const useFlowsStore = defineStore(STORE_IDS.flows, () => {
  const { client } = useClientHandle();

  const rows = shallowRef<FlowRow[]>([]);
  const seeds = shallowRef<SeedTemplate[]>([]);
  const loading = ref(false);
  const loadError = shallowRef<AppError | null>(null);

  /** Reads every page of templates; the draft (state, last save) only when `withDraft`. */
  async function load(withDraft: boolean): Promise<void> {
    loading.value = true;
    try {
      const read = await readAllPages<FlowRow>(async (after) => {
        const result: FlowTemplatesResult = await client
          .query(
            flowTemplatesQuery,
            { first: PAGE_SIZE, after, withDraft },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        return result.data ? result.data.flowTemplates : toAppError(result.error);
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

  async function loadSeeds(): Promise<Outcome<SeedTemplate[]>> {
    if (seeds.value.length > 0) return { ok: true, value: seeds.value };
    const result = await client.query(seedFlowTemplatesQuery, {}).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    seeds.value = result.data.seedFlowTemplates;
    return { ok: true, value: seeds.value };
  }

  async function create(input: CreateFlowTemplateInput): Promise<Outcome<string>> {
    const result = await client.mutation(createFlowTemplateMutation, { input }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    return { ok: true, value: result.data.createFlowTemplate.key };
  }

  async function importDocument(document: unknown, key: string | null): Promise<Outcome<string>> {
    const result = await client.mutation(importFlowTemplateMutation, { document, key }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    return { ok: true, value: result.data.importFlowTemplate.key };
  }

  async function archive(key: string): Promise<Outcome<string>> {
    const result = await client.mutation(archiveFlowTemplateMutation, { key }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    rows.value = rows.value.map((row) => (row.key === key ? { ...row, archived: true } : row));
    return { ok: true, value: key };
  }

  /** The export document of a template's draft (as `exportFlowTemplate` returns it). */
  async function exportDocument(key: string): Promise<Outcome<unknown>> {
    const result = await client
      .query(exportFlowTemplateQuery, { key }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    return { ok: true, value: result.data.exportFlowTemplate };
  }

  return {
    rows,
    seeds,
    loading,
    loadError,
    load,
    loadSeeds,
    create,
    importDocument,
    archive,
    exportDocument,
  };
});
