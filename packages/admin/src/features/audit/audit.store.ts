/**
 * The configuration audit page's state: the filter as applied, the entries read so far (keyset pages,
 * newest first), the values to filter by, and the case audit chain check. Commands never throw: a
 * failure is kept as an {@link AppError} for the page to place (under a filter field, or as a toast).
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError } from '../../shared/lib/graphql-error';
import type { ConfigAuditFacetsQuery, ConfigAuditLogQuery, VerifyAuditQuery } from '../../generated/graphql';
import {
  caseIdByReferenceQuery,
  configAuditFacetsQuery,
  configAuditLogQuery,
  verifyAuditQuery,
} from './api/audit.documents';
import { EMPTY_FILTER, toAuditFilter, type AuditFilterForm } from './lib/audit-filter';

export type AuditEntry = ConfigAuditLogQuery['configAuditLog']['edges'][number]['node'];
export type AuditFacets = ConfigAuditFacetsQuery['configAuditFacets'];
export type ChainReport = VerifyAuditQuery['verifyAudit'];

export const AUDIT_PAGE_SIZE = 50;

export type ChainOutcome =
  | { kind: 'report'; report: ChainReport; reference: string | null; elapsedMs: number }
  | { kind: 'no-such-case'; reference: string }
  | { kind: 'error'; error: AppError };

export const useAuditStore = defineStore(STORE_IDS.audit, () => {
  const { client } = useClientHandle();

  const applied = ref<AuditFilterForm>({ ...EMPTY_FILTER });
  const entries = shallowRef<AuditEntry[]>([]);
  const totalCount = ref(0);
  const endCursor = ref<string | null>(null);
  const hasMore = ref(false);
  const loading = ref(false);
  const error = shallowRef<AppError | null>(null);
  const facets = shallowRef<AuditFacets>({ entityTypes: [], actors: [] });

  const chainRunning = ref(false);
  const chain = shallowRef<ChainOutcome | null>(null);

  async function readPage(after: string | null): Promise<ConfigAuditLogQuery['configAuditLog'] | AppError> {
    const result = await client
      .query(
        configAuditLogQuery,
        { filter: toAuditFilter(applied.value), first: AUDIT_PAGE_SIZE, after },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    return result.data ? result.data.configAuditLog : toAppError(result.error);
  }

  /** Applies `form` and reads the first page. On a refusal the previous list stays, with the error. */
  async function search(form: AuditFilterForm = applied.value): Promise<AppError | null> {
    const previous = applied.value;
    applied.value = { ...form, entityTypes: [...form.entityTypes] };
    loading.value = true;
    try {
      const page = await readPage(null);
      if ('kind' in page) {
        applied.value = previous;
        error.value = page;
        return page;
      }
      entries.value = page.edges.map((e) => e.node);
      totalCount.value = page.totalCount;
      endCursor.value = page.pageInfo.endCursor ?? null;
      hasMore.value = page.pageInfo.hasNextPage;
      error.value = null;
      return null;
    } finally {
      loading.value = false;
    }
  }

  /** The next page after the last entry read, appended. */
  async function loadMore(): Promise<void> {
    if (!hasMore.value || loading.value) return;
    loading.value = true;
    try {
      const page = await readPage(endCursor.value);
      if ('kind' in page) {
        error.value = page;
        return;
      }
      entries.value = [...entries.value, ...page.edges.map((e) => e.node)];
      totalCount.value = page.totalCount;
      endCursor.value = page.pageInfo.endCursor ?? null;
      hasMore.value = page.pageInfo.hasNextPage;
    } finally {
      loading.value = false;
    }
  }

  /** Every entry matching the applied filter (for an export), page by page. */
  async function readAll(): Promise<AuditEntry[] | AppError> {
    const all: AuditEntry[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await readPage(after);
      if ('kind' in page) return page;
      all.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return all;
      after = page.pageInfo.endCursor ?? null;
    }
  }

  async function loadFacets(): Promise<void> {
    const result = await client
      .query(configAuditFacetsQuery, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.data) facets.value = result.data.configAuditFacets;
  }

  /** Runs the chain check, of one case (by reference) or of every case the viewer may see. */
  async function verifyChain(reference: string, now: () => number = () => performance.now()): Promise<void> {
    chainRunning.value = true;
    chain.value = null;
    try {
      const wanted = reference.trim();
      let caseId: string | null = null;
      if (wanted) {
        const found = await client
          .query(caseIdByReferenceQuery, { reference: wanted }, { requestPolicy: 'network-only' })
          .toPromise();
        if (!found.data) {
          chain.value = { kind: 'error', error: toAppError(found.error) };
          return;
        }
        if (!found.data.caseByReference) {
          chain.value = { kind: 'no-such-case', reference: wanted };
          return;
        }
        caseId = found.data.caseByReference.id;
      }
      const started = now();
      const result = await client
        .query(verifyAuditQuery, { caseId }, { requestPolicy: 'network-only' })
        .toPromise();
      chain.value = result.data
        ? {
            kind: 'report',
            report: result.data.verifyAudit,
            reference: wanted || null,
            elapsedMs: now() - started,
          }
        : { kind: 'error', error: toAppError(result.error) };
    } finally {
      chainRunning.value = false;
    }
  }

  return {
    applied,
    entries,
    totalCount,
    hasMore,
    loading,
    error,
    facets,
    chain,
    chainRunning,
    search,
    loadMore,
    readAll,
    loadFacets,
    verifyChain,
  };
});
