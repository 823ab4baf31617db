/**
 * Queue counts over GraphQL: open / unassigned / overdue per queue the caller may see, after open,
 * claim, close and with time passing; the `queueCounts` subscription pushes the new counts.
 */
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCaseClock } from '../src/features/cases/runtime/case-runtime.service';
import { startHarness, type Harness } from './harness';
import { PHONE, ok, openInput, setUpCases, type Staff } from './cases-helpers';
import { createQueue, negotiationInput, openCase, publishNegotiation } from './case-links-helpers';

const COUNTS = `query { queueCounts { queue { id code } open unassigned overdue } }`;

interface Count {
  queue: { id: string; code: string };
  open: number;
  unassigned: number;
  overdue: number;
}

describe('queue counts', () => {
  let h: Harness;
  let staff: Staff;
  let general: string;
  let policy: string;
  let now = new Date('2026-03-02T10:00:00+08:00');
  const clients: Client[] = [];
  beforeAll(async () => {
    h = await startHarness({ PARLEY_REALTIME_POLL_MS: '50' });
    setCaseClock(h.db.models, () => now);
    staff = await setUpCases(h);
    await publishNegotiation(h);
    general = await createQueue(h, 'CUSTOMER_SERVICE', 'DESK');
    policy = await createQueue(h, 'POLICY', 'POLICY_DESK');
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await h?.close();
  });

  const counts = async (as?: string) =>
    ok(await h.gql<{ queueCounts: Count[] }>(COUNTS, {}, { as }))
      .queueCounts // Every department also has its seeded GENERAL queue; these tests use their own.
      .filter((c) => c.queue.code !== 'GENERAL')
      .map((c) => [c.queue.code, c.open, c.unassigned, c.overdue]);

  it('counts open, unassigned and overdue cases per visible queue', async () => {
    expect(await counts(staff.agent)).toEqual([['DESK', 0, 0, 0]]);
    const complaint = await openCase(h, openInput({ queueId: general }), staff.agent);
    const negotiation = await openCase(
      h,
      negotiationInput({ queueId: general, assignToMe: true }),
      staff.agent,
    );
    await openCase(h, negotiationInput({ departmentCode: 'POLICY', queueId: policy }));
    expect(await counts(staff.agent)).toEqual([['DESK', 2, 1, 0]]);
    // The administrator sees every department's queues.
    expect(await counts()).toEqual([
      ['DESK', 2, 1, 0],
      ['POLICY_DESK', 1, 1, 0],
    ]);

    ok(
      await h.gql(
        `mutation($id: ID!) { claimCase(caseId: $id) { replayed } }`,
        { id: complaint },
        { as: staff.agent },
      ),
    );
    expect(await counts(staff.agent)).toEqual([['DESK', 2, 0, 0]]);

    // The complaint's regulatory clock runs out in weeks; months later it is overdue.
    now = new Date('2026-09-01T10:00:00+08:00');
    expect(await counts(staff.agent)).toEqual([['DESK', 2, 0, 1]]);
    now = new Date('2026-03-02T10:00:00+08:00');

    ok(
      await h.gql(
        `mutation($id: ID!, $c: String!) { logCommunication(caseId: $id, stepKey: "call", channel: "phone", contact: $c, answered: true, summary: "已协商") { replayed } }`,
        { id: negotiation, c: PHONE },
        { as: staff.agent },
      ),
    );
    expect(await counts(staff.agent)).toEqual([['DESK', 2, 0, 0]]); // resolved, not closed yet
    ok(
      await h.gql(
        `mutation($id: ID!) { closeCase(caseId: $id) { replayed } }`,
        { id: negotiation },
        { as: staff.agent },
      ),
    );
    expect(await counts(staff.agent)).toEqual([['DESK', 1, 0, 0]]);
  });

  it('pushes the subscriber its counts, then new ones when a case in its queues changes', async () => {
    const client = createClient({
      url: h.server.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: { authorization: staff.agent },
    });
    clients.push(client);
    const received: Count[][] = [];
    let error: unknown;
    const unsubscribe = client.subscribe<{ queueCounts: Count[] }>(
      { query: `subscription { queueCounts { queue { code } open unassigned overdue } }` },
      {
        next: (r) => {
          if (r.errors) error = r.errors;
          if (r.data) received.push(r.data.queueCounts);
        },
        error: (e) => (error = e),
        complete: () => undefined,
      },
    );
    const until = async (n: number) => {
      for (let i = 0; i < 200 && received.length < n && !error; i++)
        await new Promise((r) => setTimeout(r, 25));
    };
    await until(1);
    expect(error).toBeUndefined();
    const start = received[0]!.find((c) => c.queue.code === 'DESK')!;
    expect(received[0]!.map((c) => c.queue.code)).toEqual(['DESK', 'GENERAL']);
    await openCase(h, openInput({ queueId: general }), staff.agent);
    await until(2);
    unsubscribe();
    expect(error).toBeUndefined();
    expect(received[1]!.find((c) => c.queue.code === 'DESK')).toEqual({
      ...start,
      open: start.open + 1,
      unassigned: start.unassigned + 1,
    });
  });
});
