// @vitest-environment happy-dom
/** The webhooks store against a fake network: list, keyset paging of the log, test, replay, rotation. */
import { describe, expect, it } from 'vitest';
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import type { Operation, OperationResult } from '@urql/core';
import { createUrqlClient } from '../../app/urql-client';
import { answer, fakeExchange, operationName, refusal } from '../../test/fake-urql';
import { useWebhooksStore } from './webhooks.store';

const sub = (id: string, name: string) => ({
  id,
  name,
  url: `https://rx.example/${name}`,
  eventTypes: ['caseStarted'],
  active: true,
  createdAt: '2026-03-01T02:00:00.000Z',
  createdBy: 'admin',
  disabledAt: null,
  secretRotatedAt: null,
  previousSecretValidUntil: null,
});
const delivery = (id: string, status = 'DELIVERED', test = false) => ({
  id,
  eventId: `e${id}`,
  eventType: test ? 'ping' : 'caseStarted',
  test,
  status,
  attempts: 1,
  nextAttemptAt: null,
  lastStatusCode: status === 'DEAD' ? 500 : 200,
  lastError: null,
  deliveredAt: null,
  createdAt: '2026-03-01T02:00:00.000Z',
});

function setup() {
  const calls: { name: string; vars: Record<string, unknown> }[] = [];
  const log = ['5', '4', '3'].map((id) => delivery(id, id === '3' ? 'DEAD' : 'DELIVERED'));
  const respond = (op: Operation): OperationResult => {
    const vars = op.variables as Record<string, unknown>;
    calls.push({ name: operationName(op), vars });
    switch (operationName(op)) {
      case 'Webhooks':
        return answer(op, {
          webhookSubscriptionsPage: {
            totalCount: 3,
            edges: [{ node: sub('s1', 'crm') }, { node: sub('s2', 'dw') }],
            pageInfo: { hasNextPage: true, endCursor: 'k2' },
          },
          webhookEventTypes: [{ type: 'caseStarted', label: { zh: '流程开始', en: 'Flow started' } }],
        });
      case 'WebhookDeliveries': {
        const start = vars['after'] === 'c4' ? 2 : 0;
        const page = log.slice(start, start + 2);
        return answer(op, {
          webhookDeliveries: {
            totalCount: log.length,
            edges: page.map((node) => ({ node })),
            pageInfo: { hasNextPage: start + 2 < log.length, endCursor: start === 0 ? 'c4' : 'c3' },
          },
        });
      }
      case 'WebhookSubscriptionsPage':
        return answer(op, {
          webhookSubscriptionsPage: {
            totalCount: 3,
            // The second copy of s2 (seen on the first page already) is dropped.
            edges: [{ node: sub('s2', 'dw') }, { node: sub('s3', 'old') }],
            pageInfo: { hasNextPage: false, endCursor: 'k3' },
          },
        });
      case 'UpdateWebhook': {
        const input = vars['input'] as { url: string; eventTypes: string[]; enabled: boolean };
        if (input.url.startsWith('ftp:')) return refusal(op, 'BAD_USER_INPUT');
        return answer(op, {
          updateWebhookSubscription: { ...sub(String(vars['id']), 'crm'), ...input, active: input.enabled },
        });
      }
      case 'SendTestWebhook':
        return answer(op, { sendTestWebhook: delivery('6', 'DELIVERED', true) });
      case 'ReplayWebhookDelivery':
        return answer(op, { replayWebhookDelivery: { ...delivery('3', 'PENDING') } });
      case 'RotateWebhookSecret':
        if (vars['graceHours'] === 999) return refusal(op, 'BAD_USER_INPUT');
        return answer(op, {
          rotateWebhookSecret: {
            secret: 'whsec_new',
            subscription: { ...sub('s1', 'crm'), secretRotatedAt: '2026-03-02T00:00:00.000Z' },
          },
        });
      default:
        throw new Error(`unexpected ${operationName(op)}`);
    }
  };
  const client = createUrqlClient({ getLocale: () => 'zh-CN', exchanges: [fakeExchange(respond)] });
  const app = createApp({ render: () => null });
  app.use(createPinia()).use(urql, client);
  return { store: app.runWithContext(() => useWebhooksStore()), calls };
}

describe('webhooks store', () => {
  it('loads subscriptions with the event types they can name', async () => {
    const { store } = setup();
    await store.load();
    expect(store.subscriptions.map((s) => s.name)).toEqual(['crm', 'dw']);
    expect(store.eventTypes[0]?.label.en).toBe('Flow started');
    expect(store.loaded).toBe(true);
  });

  it('loads more subscriptions by the server’s cursor', async () => {
    const { store, calls } = setup();
    await store.load();
    expect(store.subscriptionCount).toBe(3);
    expect(store.nextSubscriptionCursor).toBe('k2');
    await store.loadMore();
    expect(calls.at(-1)).toMatchObject({
      name: 'WebhookSubscriptionsPage',
      vars: { first: 50, after: 'k2' },
    });
    expect(store.subscriptions.map((s) => s.name)).toEqual(['crm', 'dw', 'old']);
    expect(store.nextSubscriptionCursor).toBeNull();
  });

  it('edits URL, event types and enabled in place, and reports a refusal', async () => {
    const { store, calls } = setup();
    await store.load();
    const saved = await store.update('s1', {
      name: 'crm',
      url: ' https://rx.example/v2 ',
      allEvents: false,
      eventTypes: ['slaBreached'],
      enabled: false,
    });
    expect(saved.ok).toBe(true);
    expect(calls.at(-1)?.vars).toEqual({
      id: 's1',
      input: { url: 'https://rx.example/v2', eventTypes: ['slaBreached'], enabled: false },
    });
    expect(store.subscriptions.find((s) => s.id === 's1')).toMatchObject({
      url: 'https://rx.example/v2',
      active: false,
    });
    const refused = await store.update('s1', {
      name: 'crm',
      url: 'ftp://x',
      allEvents: true,
      eventTypes: [],
      enabled: true,
    });
    expect(refused.ok).toBe(false);
    expect(store.subscriptions.find((s) => s.id === 's1')?.url).toBe('https://rx.example/v2');
  });

  it('pages the delivery log by the server’s cursor and stops at the last page', async () => {
    const { store, calls } = setup();
    await store.openDeliveries('s1', null);
    expect(store.deliveries.map((d) => d.id)).toEqual(['5', '4']);
    expect(store.nextCursor).toBe('c4');
    expect(store.deliveryCount).toBe(3);
    await store.loadMoreDeliveries();
    expect(calls.at(-1)?.vars).toMatchObject({ subscriptionId: 's1', after: 'c4', first: 20 });
    expect(store.deliveries.map((d) => d.id)).toEqual(['5', '4', '3']);
    expect(store.nextCursor).toBeNull();
  });

  it('puts a test delivery at the head of the open log, and a replay updates its row', async () => {
    const { store } = setup();
    await store.openDeliveries('s1', null);
    const sent = await store.sendTest('s1');
    expect(sent.ok && sent.value.test).toBe(true);
    expect(store.deliveries[0]?.id).toBe('6');
    expect(store.deliveryCount).toBe(4);
    // A test of another subscription does not enter this log.
    await store.sendTest('s2');
    expect(store.deliveries.filter((d) => d.id === '6')).toHaveLength(1);
    await store.loadMoreDeliveries();
    const replayed = await store.replay('3');
    expect(replayed.ok).toBe(true);
    expect(store.deliveries.find((d) => d.id === '3')?.status).toBe('PENDING');
  });

  it('returns a rotated secret without keeping it, and reports a refusal', async () => {
    const { store } = setup();
    await store.load();
    const rotated = await store.rotate('s1', 24);
    expect(rotated.ok && rotated.value.secret).toBe('whsec_new');
    expect(store.subscriptions.find((s) => s.id === 's1')?.secretRotatedAt).toBe('2026-03-02T00:00:00.000Z');
    expect(JSON.stringify(store.$state)).not.toContain('whsec_new');
    const refused = await store.rotate('s1', 999);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.kind === 'server' && refused.error.code).toBe('BAD_USER_INPUT');
  });
});
