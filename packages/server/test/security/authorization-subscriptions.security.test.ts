/**
 * The authorisation matrix of the subscription rules (FIELD_ACCESS `Subscription.*`) over graphql-ws:
 * every subscription × every built-in role and an anonymous caller. A caller without the permission is
 * refused; a caller without `case.all-departments` receives nothing of another department's cases — not
 * their events (`caseUpdated`), not their SLA alerts (`slaAlerts`), not their queues (`queueCounts`) —
 * and learns nothing about whether such a case exists (the same answer as for a case that does not).
 *
 * "Nothing arrived" is decided by a control: an event of a case the caller may read, recorded after the
 * other department's event; the feed is followed in order, so once the control arrived, the other one
 * would have too.
 */
import { Types } from 'mongoose';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_ACCESS } from '../../src/graphql/authorization';
import { toGlobalId } from '../../src/graphql/global-id';
import { BUILT_IN_ROLES } from '../../src/features/access/permissions';
import { startHarness, type Harness } from '../harness';
import { localId } from '../offers-helpers';
import { figure } from './security-support';
import { GHOST } from './minimal-args';
import { buildWorld, type World } from './world';

const QUERIES: Record<string, string> = {
  caseUpdated: `subscription($caseId: ID!) { caseUpdated(caseId: $caseId) { caseId seq type data } }`,
  slaAlerts: `subscription { slaAlerts { caseId kind seq } }`,
  queueCounts: `subscription { queueCounts { queue { id code } open } }`,
  inboxChanges: `subscription { inboxChanges { caseId version updatedAt } }`,
};

interface Outcome {
  items: Record<string, unknown>[];
  error?: string;
}

describe('authorisation matrix: subscriptions', () => {
  let h: Harness;
  let world: World;
  const clients: Client[] = [];
  let seq = 10_000;

  beforeAll(async () => {
    h = await startHarness({ PARLEY_REALTIME_POLL_MS: '50' });
    world = await buildWorld(h);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await h?.close();
  });

  function client(authorization: string | null): Client {
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

  /** Subscribes; `until` decides when enough arrived. Errors and closes end it. */
  function watch(
    c: Client,
    query: string,
    variables: Record<string, unknown>,
    until: (items: Record<string, unknown>[]) => boolean,
  ) {
    const items: Record<string, unknown>[] = [];
    let unsubscribe = () => {};
    const done = new Promise<Outcome>((resolve) => {
      unsubscribe = c.subscribe<Record<string, unknown>>(
        { query, variables },
        {
          next: (r) => {
            if (r.errors)
              resolve({ items, error: String(r.errors[0]?.extensions?.['code'] ?? r.errors[0]?.message) });
            if (r.data) items.push(r.data);
            if (until(items)) resolve({ items });
          },
          error: (e) => resolve({ items, error: describeError(e) }),
          complete: () => resolve({ items }),
        },
      );
    });
    return { items, done, stop: () => unsubscribe() };
  }

  /** Appends a raw event to a case's feed (the realtime poller follows the collection). */
  async function record(caseGlobalId: string, type: string, data: Record<string, unknown> = {}) {
    const now = new Date();
    seq++;
    await h.db.conn.collection('case_events').insertOne({
      _id: new Types.ObjectId(),
      caseId: new Types.ObjectId(localId(caseGlobalId)),
      seq,
      type,
      at: now,
      actor: 'system:test',
      data: { ruleKey: 'attack', ...data },
      prevHash: null,
      hash: `attack-${seq}`,
      recordedAt: now,
    });
    return seq;
  }

  it('refuses every subscription to callers without its permission', async () => {
    const rules = Object.entries(FIELD_ACCESS).filter(([k]) => k.startsWith('Subscription.'));
    expect(rules.map(([k]) => k.split('.')[1]).sort()).toEqual(Object.keys(QUERIES).sort());
    let refusals = 0;
    const leaks: string[] = [];
    for (const [key, access] of rules) {
      const field = key.split('.')[1]!;
      const roles: { key: string; permissions: readonly string[] }[] = [
        { key: 'anonymous', permissions: [] },
        ...BUILT_IN_ROLES,
      ];
      for (const role of roles) {
        const credential = role.key === 'anonymous' ? null : world.roles[role.key]!;
        const holds = access === 'authenticated' || role.permissions.includes(access);
        if (credential && (access === 'public' || holds)) continue;
        refusals++;
        const w = watch(client(credential), QUERIES[field]!, { caseId: world.own.complaint.id }, () => true);
        const outcome = await w.done;
        w.stop();
        const expected = role.key === 'anonymous' ? /close 4403|UNAUTHENTICATED/ : /FORBIDDEN/;
        if (outcome.items.length > 0 || !expected.test(outcome.error ?? ''))
          leaks.push(`${key} as ${role.key}: ${JSON.stringify(outcome)}`);
      }
    }
    figure('subscription refusals checked', refusals);
    expect(leaks).toEqual([]);
  });

  it("sends an agent nothing of another department's cases, and the same for one that does not exist", async () => {
    const agent = client(world.roles['agent']!);
    const control = watch(
      agent,
      QUERIES['caseUpdated']!,
      { caseId: world.own.complaint.id },
      (i) => i.length >= 1,
    );
    const other = watch(agent, QUERIES['caseUpdated']!, { caseId: world.other.complaint.id }, () => true);
    const ghost = watch(agent, QUERIES['caseUpdated']!, { caseId: GHOST.complaint.id }, () => true);
    const alerts = watch(agent, QUERIES['slaAlerts']!, {}, (items) =>
      items.some((i) => (i['slaAlerts'] as { caseId: string }).caseId === world.own.complaint.id),
    );
    // Subscriptions start asynchronously: record (other, own) pairs until the own events arrived.
    const both = Promise.all([control.done, alerts.done]);
    let arrived = false;
    void both.then(() => (arrived = true));
    const deadline = performance.now() + 60_000;
    while (!arrived) {
      if (performance.now() > deadline) throw new Error('own-department events never arrived');
      await record(world.other.complaint.id, 'slaBreached');
      await record(world.own.complaint.id, 'slaBreached');
      await Promise.race([both, new Promise((r) => setTimeout(r, 100))]); // a poll interval
    }
    const [controlOutcome, alertsOutcome] = await both;
    expect(controlOutcome.error).toBeUndefined();
    expect(alertsOutcome.error).toBeUndefined();
    const alertCases = alertsOutcome.items.map((i) => (i['slaAlerts'] as { caseId: string }).caseId);
    expect(alertCases).not.toContain(world.other.complaint.id);
    // The other department's case must look like no case: neither its events nor a different answer.
    const settled = (w: { items: unknown[]; done: Promise<Outcome> }) =>
      Promise.race([w.done, Promise.resolve<Outcome>({ items: w.items as Record<string, unknown>[] })]);
    const [otherOutcome, ghostOutcome] = await Promise.all([settled(other), settled(ghost)]);
    console.log(
      `[subscriptions] other department: ${JSON.stringify(otherOutcome)}; no case: ${JSON.stringify(ghostOutcome)}`,
    );
    expect(otherOutcome.items).toEqual([]);
    expect(otherOutcome.error, 'the other department’s case answers unlike a missing one').toBe(
      ghostOutcome.error,
    );
    for (const w of [control, other, ghost, alerts]) w.stop();
  });

  it("shows an agent's queue counts without another department's queues", async () => {
    const policyQueues = (await h.db.models.Queue.find({ departmentCode: 'POLICY' }).lean().exec()).map((q) =>
      toGlobalId('Queue', q._id.toHexString()),
    );
    expect(policyQueues.length).toBeGreaterThan(0);
    const w = watch(client(world.roles['agent']!), QUERIES['queueCounts']!, {}, (items) => items.length >= 1);
    const outcome = await w.done;
    w.stop();
    expect(outcome.error).toBeUndefined();
    const shown = JSON.stringify(outcome.items);
    for (const id of policyQueues) expect(shown).not.toContain(id);
  });
});

/** A close event (code and reason), an Error's message, or the GraphQL errors' first code. */
function describeError(e: unknown): string {
  if (e instanceof Error) return e.message;
  const close = e as { code?: unknown; reason?: unknown };
  if (typeof close.code === 'number') return `close ${close.code} ${String(close.reason ?? '')}`;
  const errors = e as { extensions?: { code?: string }; message?: string }[];
  if (Array.isArray(errors)) return String(errors[0]?.extensions?.code ?? errors[0]?.message);
  return JSON.stringify(e);
}
