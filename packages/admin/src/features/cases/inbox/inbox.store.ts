/**
 * The workspace inbox: the chosen view, its filter and search, the loaded rows (keyset pages, "load
 * more"), saved views, bulk commands with a result per case, and live reloads: when the server's
 * `queueCounts` subscription reports a changed count, and when its `inboxChanges` subscription names
 * cases the viewer may read that changed (a step moved on, a due time, a reassignment: changes that
 * leave the counts equal). A burst of changes costs one reload of the shown rows.
 */
import { computed, reactive, ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../../shared/lib/graphql-error';
import type { Localized } from '../../../shared/lib/locale';
import type {
  InboxOptionsQuery,
  InboxRowFieldsFragment,
  InboxView,
  InboxViewsQuery,
} from '../../../generated/graphql';
import {
  bulkCloseInboxMutation,
  bulkReassignInboxMutation,
  claimInboxCaseMutation,
  deleteInboxViewMutation,
  inboxAssigneesQuery,
  inboxChangesSubscription,
  inboxLiveSubscription,
  inboxOptionsQuery,
  inboxQuery,
  inboxStepChoicesQuery,
  inboxViewsQuery,
  saveInboxViewMutation,
} from './api/inbox.documents';
import type { FlowSteps } from './lib/step-choices';
import { emptyFilterForm, fromSavedFilter, toInboxFilter, type InboxFilterForm } from './lib/inbox-filters';

export type InboxRow = InboxRowFieldsFragment;
export type SavedView = InboxViewsQuery['inboxViews'][number];
export type InboxOptions = InboxOptionsQuery;

/** One case's outcome in a bulk command. */
export interface CaseResult {
  caseId: string;
  reference: string;
  ok: boolean;
  message: Localized | null;
}

export const INBOX_PAGE = 50;
/** Quiet time after the last live change before the shown rows are reloaded. */
export const INBOX_LIVE_DEBOUNCE_MS = 300;

export const useInboxStore = defineStore(STORE_IDS.inbox, () => {
  const { client } = useClientHandle();

  const view = ref<InboxView>('MY_CASES');
  const form = reactive<InboxFilterForm>(emptyFilterForm());
  const rows = shallowRef<InboxRow[]>([]);
  const endCursor = ref<string | null>(null);
  const hasMore = ref(false);
  const loading = ref(false);
  const loadingMore = ref(false);
  const error = shallowRef<AppError | null>(null);
  const savedViews = shallowRef<SavedView[]>([]);
  const options = shallowRef<InboxOptions | null>(null);
  /** Each flow with its newest published steps, for the step filter. */
  const stepFlows = shallowRef<FlowSteps[]>([]);
  const assignees = shallowRef<{ id: string; displayName: string }[]>([]);
  const selected = ref<string[]>([]);
  const results = shallowRef<CaseResult[]>([]);
  const busy = ref(false);
  /** Bumped by every load, so an older answer arriving late is dropped. */
  let generation = 0;
  /** Bumped by a load from the first page (new view or filters): an older "load more" answer is dropped. */
  let listGeneration = 0;

  const selectedRows = computed(() => rows.value.filter((r) => selected.value.includes(r.case.id)));

  async function fetchPage(first: number, after: string | null) {
    return client
      .query(
        inboxQuery,
        { view: view.value, filter: toInboxFilter(form), first, after },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
  }

  /** The first page again (as many rows as are shown, so a live reload keeps the list's length). */
  async function load(keepLength = false): Promise<void> {
    const mine = ++generation;
    if (!keepLength) listGeneration += 1;
    loading.value = true;
    try {
      const size = keepLength ? Math.min(200, Math.max(INBOX_PAGE, rows.value.length)) : INBOX_PAGE;
      const result = await fetchPage(size, null);
      if (mine !== generation) return;
      // A live reload asked for fewer rows than "load more" added meanwhile: ask again with the new length.
      if (keepLength && rows.value.length > size && size < 200) {
        reloadSoon();
        return;
      }
      if (!result.data) {
        error.value = toAppError(result.error);
        if (!keepLength) rows.value = [];
        return;
      }
      rows.value = result.data.inbox.edges.map((e) => e.node);
      endCursor.value = result.data.inbox.pageInfo.endCursor ?? null;
      hasMore.value = result.data.inbox.pageInfo.hasNextPage;
      error.value = null;
      const present = new Set(rows.value.map((r) => r.case.id));
      selected.value = selected.value.filter((id) => present.has(id));
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  async function loadMore(): Promise<void> {
    if (!hasMore.value || loadingMore.value) return;
    // Only a new view or new filters make this answer stale; a live reload of the shown rows does not.
    const mine = listGeneration;
    loadingMore.value = true;
    try {
      const result = await fetchPage(INBOX_PAGE, endCursor.value);
      if (mine !== listGeneration) return;
      if (!result.data) {
        error.value = toAppError(result.error);
        return;
      }
      const seen = new Set(rows.value.map((r) => r.case.id));
      rows.value = [
        ...rows.value,
        ...result.data.inbox.edges.map((e) => e.node).filter((n) => !seen.has(n.case.id)),
      ];
      endCursor.value = result.data.inbox.pageInfo.endCursor ?? null;
      hasMore.value = result.data.inbox.pageInfo.hasNextPage;
    } finally {
      loadingMore.value = false;
    }
  }

  function setView(next: InboxView): Promise<void> {
    view.value = next;
    selected.value = [];
    results.value = [];
    return load();
  }

  function setForm(next: InboxFilterForm): Promise<void> {
    Object.assign(form, next);
    return load();
  }

  async function loadSavedViews(): Promise<void> {
    const result = await client.query(inboxViewsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) savedViews.value = result.data.inboxViews;
  }

  async function loadOptions(canAssign: boolean): Promise<void> {
    const [result, steps] = await Promise.all([
      client.query(inboxOptionsQuery, {}, { requestPolicy: 'cache-first' }).toPromise(),
      client.query(inboxStepChoicesQuery, {}, { requestPolicy: 'cache-first' }).toPromise(),
    ]);
    if (result.data) options.value = result.data;
    if (steps.data) stepFlows.value = steps.data.flowTemplates.edges.map((e) => e.node);
    if (canAssign) {
      const users = await client
        .query(inboxAssigneesQuery, {}, { requestPolicy: 'network-only' })
        .toPromise();
      if (users.data) assignees.value = users.data.assignableUsers;
    }
  }

  function applySavedView(saved: SavedView): Promise<void> {
    view.value = saved.view;
    Object.assign(form, { ...fromSavedFilter(saved.filter), search: '' });
    selected.value = [];
    return load();
  }

  async function saveView(name: string): Promise<Outcome<SavedView>> {
    const filter = toInboxFilter({ ...form, search: '' });
    const result = await client
      .mutation(saveInboxViewMutation, { input: { name, view: view.value, filter } })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    await loadSavedViews();
    return { ok: true, value: result.data.saveInboxView };
  }

  async function deleteView(id: string): Promise<Outcome<boolean>> {
    const result = await client.mutation(deleteInboxViewMutation, { id }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    savedViews.value = savedViews.value.filter((v) => v.id !== id);
    return { ok: true, value: result.data.deleteInboxView };
  }

  const referenceOf = (id: string) => rows.value.find((r) => r.case.id === id)?.case.reference ?? id;

  async function runBulk(run: () => Promise<CaseResult[]>): Promise<CaseResult[]> {
    busy.value = true;
    try {
      const outcome = await run();
      results.value = outcome;
      selected.value = outcome.filter((r) => !r.ok).map((r) => r.caseId);
      await load(true);
      return outcome;
    } finally {
      busy.value = false;
    }
  }

  /** Claims each case on its own (there is no bulk claim): one result per case. */
  function claim(ids: readonly string[]): Promise<CaseResult[]> {
    return runBulk(async () => {
      const out: CaseResult[] = [];
      for (const caseId of ids) {
        const result = await client.mutation(claimInboxCaseMutation, { caseId }).toPromise();
        const err = result.data ? null : toAppError(result.error);
        out.push({
          caseId,
          reference: referenceOf(caseId),
          ok: !err,
          message:
            err?.kind === 'server' ? err.messages : err ? { zh: '网络错误', en: 'Network error' } : null,
        });
      }
      return out;
    });
  }

  function fromBulk(
    list: { caseId: string; ok: boolean; errorMessage?: Localized | null }[] | undefined,
    ids: readonly string[],
    err: AppError | null,
  ): CaseResult[] {
    if (!list)
      return ids.map((caseId) => ({
        caseId,
        reference: referenceOf(caseId),
        ok: false,
        message: err?.kind === 'server' ? err.messages : null,
      }));
    return list.map((r) => ({
      caseId: r.caseId,
      reference: referenceOf(r.caseId),
      ok: r.ok,
      message: r.errorMessage ?? null,
    }));
  }

  function reassign(ids: readonly string[], assigneeId: string | null): Promise<CaseResult[]> {
    return runBulk(async () => {
      const result = await client
        .mutation(bulkReassignInboxMutation, { caseIds: [...ids], assigneeId })
        .toPromise();
      return fromBulk(result.data?.bulkReassignCases, ids, result.data ? null : toAppError(result.error));
    });
  }

  function close(ids: readonly string[], note: string | null): Promise<CaseResult[]> {
    return runBulk(async () => {
      const result = await client.mutation(bulkCloseInboxMutation, { caseIds: [...ids], note }).toPromise();
      return fromBulk(result.data?.bulkCloseCases, ids, result.data ? null : toAppError(result.error));
    });
  }

  let live: { unsubscribe(): void }[] = [];
  let liveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The live updates are on (the server answered the counts subscription). */
  const liveOn = ref(false);
  function reloadSoon(): void {
    clearTimeout(liveTimer);
    // Not while "load more" is on its way: the reload would ask for the shorter list.
    liveTimer = setTimeout(
      () => (loadingMore.value ? reloadSoon() : void load(true)),
      INBOX_LIVE_DEBOUNCE_MS,
    );
  }
  /**
   * Reloads the shown rows (keeping the list's length) when the counts of the viewer's queues change
   * (not on the first push, the starting point) and when cases the viewer may read change: a changed
   * case on screen has a stale row, and one off screen may now belong in the view (assigned to the
   * viewer, due sooner). The server names only cases the viewer may read.
   */
  function startLive(): void {
    if (live.length) return;
    let first = true;
    live = [
      // Subscribed first, so by the counts' first answer (on the same connection) it is listening too.
      client.subscription(inboxChangesSubscription, {}).subscribe((result) => {
        if (result.data?.inboxChanges.length) reloadSoon();
      }),
      client.subscription(inboxLiveSubscription, {}).subscribe((result) => {
        if (!result.data) return;
        if (first) {
          first = false;
          liveOn.value = true;
          return;
        }
        reloadSoon();
      }),
    ];
  }

  function stopLive(): void {
    for (const s of live) s.unsubscribe();
    live = [];
    liveOn.value = false;
    clearTimeout(liveTimer);
  }

  return {
    view,
    form,
    rows,
    hasMore,
    loading,
    loadingMore,
    error,
    savedViews,
    options,
    stepFlows,
    assignees,
    selected,
    selectedRows,
    results,
    busy,
    load,
    loadMore,
    setView,
    setForm,
    loadSavedViews,
    loadOptions,
    applySavedView,
    saveView,
    deleteView,
    claim,
    reassign,
    close,
    live: liveOn,
    startLive,
    stopLive,
  };
});
