/**
 * Webhooks end to end against the real embedded database: subscriptions through GraphQL, a local
 * receiver, retries with backoff, dead letters with manual replay, and no event lost or duplicated
 * while events keep arriving across a dispatcher restart with two dispatchers running at once.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { createLogger } from '../src/logger';
import { startWebhookDispatcher, type WebhookDispatcher } from '../src/features/webhooks/webhook-dispatcher';
import { verifySignature } from '../src/features/webhooks/webhook-signature';
import { advanceWallClock } from '../../../test-support/shifted-clock';

interface Received {
  path: string;
  body: string;
  signature: string;
  eventId: string;
  attempt: number;
  answered: number;
}

let h: Harness;
let receiver: Server;
let base = '';
const received: Received[] = [];
/** Status to answer per path, given how many requests that path had before. */
const behaviour = new Map<string, (previous: number) => number>();

beforeAll(async () => {
  h = await startHarness();
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const path = req.url ?? '/';
      const previous = received.filter((r) => r.path === path).length;
      const answered = behaviour.get(path)?.(previous) ?? 200;
      received.push({
        path,
        body,
        signature: String(req.headers['x-parley-signature'] ?? ''),
        eventId: String(req.headers['x-parley-event-id'] ?? ''),
        attempt: Number(req.headers['x-parley-attempt']),
        answered,
      });
      res.statusCode = answered;
      res.end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => receiver.close(() => r()));
  await h.close();
});

const logger = createLogger('silent');

function dispatcher(extra: { maxAttempts?: number } = {}): WebhookDispatcher {
  return startWebhookDispatcher({
    models: h.db.models,
    logger,
    intervalMs: 25,
    retryBaseMs: 20,
    lookbackMs: 5_000,
    maxAttempts: extra.maxAttempts ?? 5,
  });
}

async function subscribe(path: string, eventTypes: string[]): Promise<{ id: string; secret: string }> {
  const res = await h.gql<{ createWebhookSubscription: { subscription: { id: string }; secret: string } }>(
    `mutation($input: CreateWebhookSubscriptionInput!) {
      createWebhookSubscription(input: $input) { subscription { id name url eventTypes active } secret }
    }`,
    { input: { name: `rx${path.replace(/\W/g, '')}`, url: `${base}${path}`, eventTypes } },
  );
  expect(res.errors).toBeUndefined();
  const created = res.data!.createWebhookSubscription;
  return { id: created.subscription.id, secret: created.secret };
}

const seqByCase = new Map<string, number>();
async function recordEvent(caseId: Types.ObjectId, type: string, recordedAt = new Date()): Promise<string> {
  const seq = (seqByCase.get(caseId.toHexString()) ?? 0) + 1;
  seqByCase.set(caseId.toHexString(), seq);
  const _id = new Types.ObjectId();
  await h.db.conn.collection('case_events').insertOne({
    _id,
    caseId,
    seq,
    type,
    at: recordedAt,
    actor: null,
    data: { seq },
    prevHash: null,
    hash: `hash-${_id.toHexString()}`,
    recordedAt,
  });
  return _id.toHexString();
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const DELIVERIES = `query($sub: ID, $status: WebhookDeliveryStatus) {
  webhookDeliveries(subscriptionId: $sub, status: $status, first: 200) {
    totalCount
    edges { node { id eventId caseId eventType status attempts lastStatusCode lastError
      attemptLog { number outcome statusCode error } } }
  }
}`;
interface DeliveryNode {
  id: string;
  eventId: string;
  status: string;
  attempts: number;
  attemptLog: { number: number; outcome: string; statusCode: number | null }[];
}
async function deliveries(sub: string, status?: string): Promise<DeliveryNode[]> {
  const res = await h.gql<{ webhookDeliveries: { edges: { node: DeliveryNode }[] } }>(DELIVERIES, {
    sub,
    status,
  });
  expect(res.errors).toBeUndefined();
  return res.data!.webhookDeliveries.edges.map((e) => e.node);
}

describe('webhooks', () => {
  it('a receiver failing three times gets the event on the fourth try, once, validly signed', async () => {
    behaviour.set('/flaky', (previous) => (previous < 3 ? 503 : 204));
    const { id, secret } = await subscribe('/flaky', ['flakyTest']);
    const eventId = await recordEvent(new Types.ObjectId(), 'flakyTest');
    const d = dispatcher();
    await waitFor(() => received.some((r) => r.path === '/flaky' && r.answered === 204));
    await waitFor(async () => (await deliveries(id, 'DELIVERED')).length === 1);
    // Room for a wrong extra attempt to show up: a minute later (past any retry delay) one more round.
    advanceWallClock(60_000);
    await d.runOnce();
    await d.stop();

    const got = received.filter((r) => r.path === '/flaky');
    expect(got.map((r) => [r.attempt, r.answered])).toEqual([
      [1, 503],
      [2, 503],
      [3, 503],
      [4, 204],
    ]);
    for (const r of got) {
      expect(r.eventId).toBe(eventId);
      expect(verifySignature(r.signature, r.body, secret)).toBe(true);
      expect(verifySignature(r.signature, r.body, 'whsec_wrong')).toBe(false);
      expect(verifySignature(r.signature, r.body.replace('flakyTest', 'tampered'), secret)).toBe(false);
    }
    const payload = JSON.parse(got[3]!.body) as { event: { id: string; type: string; seq: number } };
    expect(payload.event).toMatchObject({ id: eventId, type: 'flakyTest', seq: 1 });

    const [delivery] = await deliveries(id);
    expect(delivery).toMatchObject({ eventId, status: 'DELIVERED', attempts: 4 });
    expect(delivery!.attemptLog.map((a) => [a.number, a.outcome, a.statusCode])).toEqual([
      [1, 'FAILED', 503],
      [2, 'FAILED', 503],
      [3, 'FAILED', 503],
      [4, 'SUCCEEDED', 204],
    ]);
  });

  it('dead-letters after the last attempt; a manual replay delivers', async () => {
    let up = false;
    behaviour.set('/down', () => (up ? 200 : 500));
    const { id } = await subscribe('/down', ['downTest']);
    const eventId = await recordEvent(new Types.ObjectId(), 'downTest');
    const d = dispatcher({ maxAttempts: 3 });
    await waitFor(async () => (await deliveries(id, 'DEAD')).length === 1);
    expect(received.filter((r) => r.path === '/down')).toHaveLength(3);

    const refused = await h.gql(`mutation($id: ID!) { replayWebhookDelivery(id: $id) { id } }`, {
      id: 'bogus',
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    up = true;
    const [dead] = await deliveries(id, 'DEAD');
    const replay = await h.gql<{ replayWebhookDelivery: { status: string } }>(
      `mutation($id: ID!) { replayWebhookDelivery(id: $id) { status } }`,
      { id: dead!.id },
    );
    expect(replay.data?.replayWebhookDelivery.status).toBe('PENDING');
    await waitFor(async () => (await deliveries(id, 'DELIVERED')).length === 1);
    await d.stop();
    const got = received.filter((r) => r.path === '/down');
    expect(got.map((r) => r.answered)).toEqual([500, 500, 500, 200]);
    expect(got.every((r) => r.eventId === eventId)).toBe(true);
    const again = await h.gql(`mutation($id: ID!) { replayWebhookDelivery(id: $id) { id } }`, {
      id: dead!.id,
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('loses no event and duplicates none across a dispatcher restart with two dispatchers', async () => {
    await subscribe('/all-a', ['flowEvent']);
    await subscribe('/all-b', ['flowEvent', 'otherEvent']);
    // Events recorded before a subscription existed are not its business: let the "late" ones below
    // (recorded 500 ms in the past) still fall after the subscriptions were created: the clock moves on.
    advanceWallClock(600);
    const cases = [new Types.ObjectId(), new Types.ObjectId(), new Types.ObjectId()];
    const expected: string[] = [];
    const other: string[] = [];
    let first = dispatcher();
    for (let i = 0; i < 45; i++) {
      const c = cases[i % cases.length]!;
      if (i === 15) {
        await first.stop(); // the process goes away; events keep being recorded meanwhile
      }
      if (i === 25) {
        first = dispatcher();
        const second = dispatcher();
        stopLater.push(second);
      }
      if (i % 9 === 4) {
        // Committed late: recorded 500 ms ago, after the checkpoint has probably passed that time.
        expected.push(await recordEvent(c, 'flowEvent', new Date(Date.now() - 500)));
      } else if (i % 7 === 0) {
        other.push(await recordEvent(c, 'otherEvent'));
      } else {
        expected.push(await recordEvent(c, 'flowEvent'));
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    const seen = (path: string) => received.filter((r) => r.path === path).map((r) => r.eventId);
    await waitFor(
      () =>
        new Set(seen('/all-a')).size === expected.length &&
        new Set(seen('/all-b')).size === expected.length + other.length,
    );
    // Room for a wrong duplicate to show up: one more scan and delivery round of every dispatcher.
    const all = [first, ...stopLater];
    await Promise.all(all.map((d) => d.runOnce()));
    await Promise.all(all.map((d) => d.stop()));
    expect([...seen('/all-a')].sort()).toEqual([...expected].sort());
    expect([...seen('/all-b')].sort()).toEqual([...expected, ...other].sort());
  });
});

const stopLater: WebhookDispatcher[] = [];
