/**
 * GraphQL subscriptions over graphql-ws on the server's /graphql: a signed-in client receives the new
 * events of a case, SLA alerts arrive as such, and a connection without credentials is refused.
 */
import { Types } from 'mongoose';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/global-id';
import { startHarness, type Harness } from './harness';
import { untilListening } from './realtime-helpers';

let h: Harness;
const clients: Client[] = [];

beforeAll(async () => {
  h = await startHarness({ PARLEY_REALTIME_POLL_MS: '50' });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await h.close();
});

function client(authorization?: string): Client {
  const c = createClient({
    url: h.server.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: authorization ? { authorization } : {},
  });
  clients.push(c);
  return c;
}

async function recordEvent(
  caseId: Types.ObjectId,
  seq: number,
  type: string,
  data: Record<string, unknown> = {},
) {
  const now = new Date();
  await h.db.conn.collection('case_events').insertOne({
    _id: new Types.ObjectId(),
    caseId,
    seq,
    type,
    at: now,
    actor: 'system:test',
    data,
    prevHash: null,
    hash: `h${seq}`,
    recordedAt: now,
  });
}

/** Collects results until `count` arrived (or an error or completion ends the subscription). */
function collect<T>(c: Client, query: string, variables: Record<string, unknown>, count: number) {
  const items: T[] = [];
  let unsubscribe = () => {};
  const done = new Promise<{ items: T[]; error?: unknown }>((resolve) => {
    unsubscribe = c.subscribe<T>(
      { query, variables },
      {
        next: (r) => {
          if (r.errors) resolve({ items, error: r.errors });
          if (r.data) items.push(r.data as T);
          if (items.length >= count) resolve({ items });
        },
        error: (error) => resolve({ items, error }),
        complete: () => resolve({ items }),
      },
    );
  });
  return { done, unsubscribe: () => unsubscribe() };
}

const CASE_UPDATED = `subscription($id: ID!) { caseUpdated(caseId: $id) { caseId seq type actor data } }`;

describe('GraphQL subscriptions', () => {
  it('delivers the new events of one case to a signed-in subscriber', async () => {
    await untilListening(h.db.models, 0);
    const caseId = new Types.ObjectId();
    const otherCase = new Types.ObjectId();
    const sub = collect<{ caseUpdated: { caseId: string; seq: number; type: string; data: unknown } }>(
      client(h.admin),
      CASE_UPDATED,
      { id: toGlobalId('Case', caseId.toHexString()) },
      2,
    );
    await untilListening(h.db.models, 1);
    await recordEvent(otherCase, 1, 'caseStarted');
    await recordEvent(caseId, 1, 'caseStarted', { channel: 'APP' });
    await recordEvent(caseId, 2, 'stepActivated');
    const { items, error } = await sub.done;
    sub.unsubscribe();
    expect(error).toBeUndefined();
    expect(items.map((i) => [i.caseUpdated.seq, i.caseUpdated.type])).toEqual([
      [1, 'caseStarted'],
      [2, 'stepActivated'],
    ]);
    expect(items[0]!.caseUpdated.caseId).toBe(toGlobalId('Case', caseId.toHexString()));
    expect(items[0]!.caseUpdated.data).toEqual({ channel: 'APP' });
  });

  it('sends SLA warnings and breaches as alerts', async () => {
    // The first test's subscription has ended (its unsubscribe reaches the server asynchronously).
    await untilListening(h.db.models, 0);
    const caseId = new Types.ObjectId();
    const sub = collect<{
      slaAlerts: { kind: string; ruleKey: string | null; escalationLevel: number | null };
    }>(client(h.admin), `subscription { slaAlerts { caseId kind ruleKey escalationLevel seq } }`, {}, 2);
    await untilListening(h.db.models, 1);
    await recordEvent(caseId, 1, 'slaWarned', { ruleKey: 'complaint-15d' });
    await recordEvent(caseId, 2, 'stepActivated');
    await recordEvent(caseId, 3, 'slaBreached', { ruleKey: 'complaint-15d', escalationLevel: 1 });
    const { items, error } = await sub.done;
    sub.unsubscribe();
    expect(error).toBeUndefined();
    expect(items.map((i) => i.slaAlerts)).toMatchObject([
      { kind: 'WARNING', ruleKey: 'complaint-15d', escalationLevel: null },
      { kind: 'BREACH', ruleKey: 'complaint-15d', escalationLevel: 1 },
    ]);
  });

  it('refuses a connection without credentials, and a key without case.read', async () => {
    const anonymous = collect(
      client(),
      CASE_UPDATED,
      { id: toGlobalId('Case', new Types.ObjectId().toHexString()) },
      1,
    );
    const refused = await anonymous.done;
    expect(refused.items).toHaveLength(0);
    expect((refused.error as { code?: number }).code).toBe(4403);

    const created = await h.gql<{ createApiClient: { key: string } }>(
      `mutation { createApiClient(input: { name: "flows-only", scopes: ["flow.read"] }) { key } }`,
    );
    const key = created.data!.createApiClient.key;
    const forbidden = await collect(
      client(`ApiKey ${key}`),
      CASE_UPDATED,
      {
        id: toGlobalId('Case', new Types.ObjectId().toHexString()),
      },
      1,
    ).done;
    expect(forbidden.items).toHaveLength(0);
    expect(JSON.stringify(forbidden.error)).toContain('FORBIDDEN');
  });
});
