/**
 * Webhook subscriptions and the event types they can name; the delivery log of one subscription at a
 * time, paged by keyset; test deliveries, replays, secret rotation and disabling. Secrets are returned
 * to the caller to show once and are never kept here.
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type {
  WebhookDeliveryFieldsFragment,
  WebhookDeliveryStatus,
  WebhookSubscriptionFieldsFragment,
  WebhooksQuery,
} from '../../generated/graphql';
import {
  createWebhookMutation,
  disableWebhookMutation,
  replayWebhookDeliveryMutation,
  rotateWebhookSecretMutation,
  sendTestWebhookMutation,
  updateWebhookMutation,
  webhookDeliveriesQuery,
  webhookSubscriptionsPageQuery,
  webhooksQuery,
} from './api/integrations.documents';
import { appendPage, toCreateWebhookInput, toUpdateWebhookInput, type WebhookForm } from './lib/webhook-form';

export type WebhookRow = WebhookSubscriptionFieldsFragment;
export type DeliveryRow = WebhookDeliveryFieldsFragment;
export type EventTypeRow = WebhooksQuery['webhookEventTypes'][number];

export const DELIVERY_PAGE_SIZE = 20;
export const SUBSCRIPTION_PAGE_SIZE = 50;

export const useWebhooksStore = defineStore(STORE_IDS.webhooks, () => {
  const { client } = useClientHandle();
  const subscriptions = shallowRef<WebhookRow[]>([]);
  const subscriptionCount = ref(0);
  const nextSubscriptionCursor = ref<string | null>(null);
  const eventTypes = shallowRef<EventTypeRow[]>([]);
  const error = shallowRef<AppError | null>(null);
  const loading = ref(false);
  const loaded = ref(false);

  const deliveriesOf = ref<string | null>(null);
  const statusFilter = ref<WebhookDeliveryStatus | null>(null);
  const deliveries = shallowRef<DeliveryRow[]>([]);
  const deliveryCount = ref(0);
  const nextCursor = ref<string | null>(null);
  const deliveriesLoading = ref(false);
  const deliveriesError = shallowRef<AppError | null>(null);

  function replace(row: WebhookRow): void {
    subscriptions.value = subscriptions.value.map((s) => (s.id === row.id ? row : s));
  }

  async function load(): Promise<void> {
    loading.value = true;
    try {
      const result = await client
        .query(webhooksQuery, { first: SUBSCRIPTION_PAGE_SIZE }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.data) {
        takePage(result.data.webhookSubscriptionsPage, false);
        eventTypes.value = result.data.webhookEventTypes;
      }
      error.value = result.data ? null : toAppError(result.error);
      loaded.value = true;
    } finally {
      loading.value = false;
    }
  }

  function takePage(
    page: {
      edges: { node: WebhookRow }[];
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    },
    append: boolean,
  ): void {
    const rows = page.edges.map((e) => e.node);
    subscriptions.value = append ? appendPage(subscriptions.value, rows) : rows;
    subscriptionCount.value = page.totalCount;
    nextSubscriptionCursor.value = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
  }

  /** The next keyset page of subscriptions, after those shown. */
  async function loadMore(): Promise<void> {
    const after = nextSubscriptionCursor.value;
    if (!after) return;
    loading.value = true;
    try {
      const result = await client
        .query(
          webhookSubscriptionsPageQuery,
          { first: SUBSCRIPTION_PAGE_SIZE, after },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (result.data) takePage(result.data.webhookSubscriptionsPage, true);
      error.value = result.data ? null : toAppError(result.error);
    } finally {
      loading.value = false;
    }
  }

  async function update(id: string, form: WebhookForm): Promise<Outcome<WebhookRow>> {
    const result = await client
      .mutation(updateWebhookMutation, { id, input: toUpdateWebhookInput(form) })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    replace(result.data.updateWebhookSubscription);
    return { ok: true, value: result.data.updateWebhookSubscription };
  }

  async function create(form: WebhookForm): Promise<Outcome<{ subscription: WebhookRow; secret: string }>> {
    const result = await client
      .mutation(createWebhookMutation, { input: toCreateWebhookInput(form) })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const created = result.data.createWebhookSubscription;
    subscriptions.value = [created.subscription, ...subscriptions.value];
    subscriptionCount.value += 1;
    return { ok: true, value: created };
  }

  async function disable(id: string): Promise<Outcome<WebhookRow>> {
    const result = await client.mutation(disableWebhookMutation, { id }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    replace(result.data.disableWebhookSubscription);
    return { ok: true, value: result.data.disableWebhookSubscription };
  }

  async function rotate(
    id: string,
    graceHours: number,
  ): Promise<Outcome<{ subscription: WebhookRow; secret: string }>> {
    const result = await client.mutation(rotateWebhookSecretMutation, { id, graceHours }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    replace(result.data.rotateWebhookSecret.subscription);
    return { ok: true, value: result.data.rotateWebhookSecret };
  }

  /** Sends a test; the delivery (delivered or dead) heads the open log if it is this subscription's. */
  async function sendTest(id: string): Promise<Outcome<DeliveryRow>> {
    const result = await client.mutation(sendTestWebhookMutation, { id }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const delivery = result.data.sendTestWebhook;
    if (deliveriesOf.value === id && (!statusFilter.value || statusFilter.value === delivery.status)) {
      deliveries.value = [delivery, ...deliveries.value];
      deliveryCount.value += 1;
    }
    return { ok: true, value: delivery };
  }

  /** Opens (or reloads from the top) the delivery log of one subscription. */
  async function openDeliveries(id: string, status: WebhookDeliveryStatus | null = statusFilter.value) {
    if (deliveriesOf.value !== id) deliveries.value = [];
    deliveriesOf.value = id;
    statusFilter.value = status;
    await fetchDeliveries(null);
  }

  async function loadMoreDeliveries(): Promise<void> {
    if (nextCursor.value) await fetchDeliveries(nextCursor.value);
  }

  async function fetchDeliveries(after: string | null): Promise<void> {
    const id = deliveriesOf.value;
    if (!id) return;
    deliveriesLoading.value = true;
    try {
      const result = await client
        .query(
          webhookDeliveriesQuery,
          { subscriptionId: id, status: statusFilter.value, first: DELIVERY_PAGE_SIZE, after },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      // A later request for another subscription or filter wins.
      if (deliveriesOf.value !== id) return;
      if (!result.data) {
        deliveriesError.value = toAppError(result.error);
        return;
      }
      deliveriesError.value = null;
      const page = result.data.webhookDeliveries;
      const rows = page.edges.map((e) => e.node);
      deliveries.value = after ? appendPage(deliveries.value, rows) : rows;
      deliveryCount.value = page.totalCount;
      nextCursor.value = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    } finally {
      deliveriesLoading.value = false;
    }
  }

  async function replay(deliveryId: string): Promise<Outcome<DeliveryRow>> {
    const result = await client.mutation(replayWebhookDeliveryMutation, { id: deliveryId }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const row = result.data.replayWebhookDelivery;
    deliveries.value = deliveries.value.map((d) => (d.id === row.id ? row : d));
    return { ok: true, value: row };
  }

  function closeDeliveries(): void {
    deliveriesOf.value = null;
    deliveries.value = [];
    nextCursor.value = null;
  }

  return {
    subscriptions,
    subscriptionCount,
    nextSubscriptionCursor,
    loadMore,
    update,
    eventTypes,
    error,
    loading,
    loaded,
    load,
    create,
    disable,
    rotate,
    sendTest,
    deliveriesOf,
    statusFilter,
    deliveries,
    deliveryCount,
    nextCursor,
    deliveriesLoading,
    deliveriesError,
    openDeliveries,
    loadMoreDeliveries,
    replay,
    closeDeliveries,
  };
});
