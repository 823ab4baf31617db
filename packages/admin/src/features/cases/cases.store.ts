/**
 * The agent's workspace: their inbox and the case they have open. Reads go to the network (cases
 * move on while the agent looks); commands return an {@link Outcome}.
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type {
  CaseDetailQuery,
  CaseOffersQuery,
  InboxCaseFieldsFragment,
  IssueCustomerLinkMutation,
} from '../../generated/graphql';
import {
  caseDetailQuery,
  caseEventsPageQuery,
  caseOffersQuery,
  issueCustomerLinkMutation,
  myInboxQuery,
} from './api/cases.documents';

export type CaseDetail = NonNullable<CaseDetailQuery['case']>;
export type CaseOffers = NonNullable<CaseOffersQuery['case']>;
export type CustomerLink = IssueCustomerLinkMutation['issueCustomerLink'];
export type TimelineEvent = CaseDetail['events']['edges'][number]['node'];

const INBOX_PAGE = 100;

export const useCasesStore = defineStore(STORE_IDS.cases, () => {
  const { client } = useClientHandle();

  const inbox = shallowRef<InboxCaseFieldsFragment[]>([]);
  const inboxTotal = ref(0);
  const inboxLoading = ref(false);
  const inboxError = shallowRef<AppError | null>(null);

  const current = shallowRef<CaseDetail | null>(null);
  const currentOffers = shallowRef<CaseOffers | null>(null);
  const caseLoading = ref(false);
  const caseError = shallowRef<AppError | null>(null);
  const offersError = shallowRef<AppError | null>(null);
  /** The open case's events: the case query's first page, then any pages read with `loadMoreEvents`. */
  const events = shallowRef<TimelineEvent[]>([]);
  const moreEventsCursor = ref<string | null>(null);
  const eventsError = shallowRef<AppError | null>(null);

  async function loadInbox(): Promise<void> {
    inboxLoading.value = true;
    try {
      const result = await client
        .query(myInboxQuery, { first: INBOX_PAGE, after: null }, { requestPolicy: 'network-only' })
        .toPromise();
      if (!result.data) {
        inboxError.value = toAppError(result.error);
        return;
      }
      inbox.value = result.data.myInbox.edges.map((edge) => edge.node);
      inboxTotal.value = result.data.myInbox.totalCount;
      inboxError.value = null;
    } finally {
      inboxLoading.value = false;
    }
  }

  /** The case and, separately, its offers: a failure of one does not hide the other. */
  async function loadCase(id: string): Promise<void> {
    caseLoading.value = true;
    try {
      const [detail, offers] = await Promise.all([
        client.query(caseDetailQuery, { id }, { requestPolicy: 'network-only' }).toPromise(),
        client.query(caseOffersQuery, { id }, { requestPolicy: 'network-only' }).toPromise(),
      ]);
      current.value = detail.data?.case ?? null;
      caseError.value = detail.data ? null : toAppError(detail.error);
      const page = detail.data?.case?.events;
      events.value = page?.edges.map((edge) => edge.node) ?? [];
      moreEventsCursor.value = page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
      eventsError.value = null;
      currentOffers.value = offers.data?.case ?? null;
      offersError.value = offers.data ? null : toAppError(offers.error);
    } finally {
      caseLoading.value = false;
    }
  }

  /** Appends the next page of the open case's events (a long history: over 100 events). */
  async function loadMoreEvents(id: string): Promise<void> {
    const after = moreEventsCursor.value;
    if (!after || current.value?.id !== id) return;
    const result = await client
      .query(caseEventsPageQuery, { id, after }, { requestPolicy: 'network-only' })
      .toPromise();
    const page = result.data?.case?.events;
    if (!page) {
      eventsError.value = toAppError(result.error);
      return;
    }
    if (current.value?.id !== id) return;
    events.value = [...events.value, ...page.edges.map((edge) => edge.node)];
    moreEventsCursor.value = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    eventsError.value = null;
  }

  async function issueCustomerLink(caseId: string): Promise<Outcome<CustomerLink>> {
    const result = await client.mutation(issueCustomerLinkMutation, { caseId }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    return { ok: true, value: result.data.issueCustomerLink };
  }

  return {
    inbox,
    inboxTotal,
    inboxLoading,
    inboxError,
    current,
    currentOffers,
    caseLoading,
    caseError,
    offersError,
    events,
    moreEventsCursor,
    eventsError,
    loadInbox,
    loadCase,
    loadMoreEvents,
    issueCustomerLink,
  };
});
