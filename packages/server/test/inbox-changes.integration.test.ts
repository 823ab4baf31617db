/**
 * The `inboxChanges` subscription: a signed-in user is told which of the cases they may read changed
 * (here a step moving on, which leaves every queue count equal), and nothing about cases they cannot
 * read. Each stream is checked with a sentinel change it must see, so "saw nothing" is not a timeout.
 */
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { COMPLAINT, CLASSIFY, SUBMIT, ok, openInput, setUpCases, type Staff } from './cases-helpers';
import { openCase } from './case-links-helpers';
import { untilListening } from './realtime-helpers';

const SUBSCRIPTION = `subscription { inboxChanges { caseId version updatedAt } }`;

interface Change {
  caseId: string;
  version: number;
  updatedAt: string;
}

describe('inbox changes', () => {
  let h: Harness;
  let staff: Staff;
  const clients: Client[] = [];
  beforeAll(async () => {
    h = await startHarness({ PARLEY_REALTIME_POLL_MS: '50' });
    staff = await setUpCases(h);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await h?.close();
  });

  /** A live `inboxChanges` stream of one credential: every change received, in order. */
  function listen(authorization: string) {
    const client = createClient({
      url: h.server.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: { authorization },
    });
    clients.push(client);
    const changes: Change[] = [];
    const errors: unknown[] = [];
    client.subscribe<{ inboxChanges: Change[] }>(
      { query: SUBSCRIPTION },
      {
        next: (r) => {
          if (r.errors) errors.push(r.errors);
          if (r.data) changes.push(...r.data.inboxChanges);
        },
        error: (e) => errors.push(e),
        complete: () => undefined,
      },
    );
    return { changes, errors };
  }

  const has = (changes: Change[], caseId: string, minVersion = 0) =>
    changes.some((c) => c.caseId === caseId && c.version >= minVersion);
  const until = (check: () => boolean) => expect.poll(check, { timeout: 20_000, interval: 25 }).toBe(true);
  const submit = async (id: string, step: string, data: Record<string, unknown>) =>
    ok(
      await h.gql<{ submitStep: { events: { seq: number }[] } }>(
        SUBMIT,
        { id, step, data },
        { as: staff.agent },
      ),
    ).submitStep.events;

  it('names exactly the visible case that changed, and nothing to a user who cannot read it', async () => {
    // The administrator's stream is open first, so the poller is running before the cases are opened
    // and their opening events are behind it when the two users connect.
    const admin = listen(h.admin);
    await untilListening(h.db.models, 1);
    const a = await openCase(h, openInput(), staff.agent);
    const b = await openCase(h, openInput(), staff.agent);
    await until(() => has(admin.changes, a) && has(admin.changes, b));

    const agent = listen(staff.agent);
    const other = listen(staff.otherDept);
    await untilListening(h.db.models, 3);

    // Case a moves from 接收投诉 to the next step: queue counts stay the same.
    const moved = await submit(a, 'receive', COMPLAINT);
    const movedTo = Math.max(...moved.map((e) => e.seq));
    // The other department's sentinel: a case of its own department.
    const policyCase = await openCase(h, openInput({ departmentCode: 'POLICY' }));
    await until(() => has(agent.changes, a, movedTo));
    await until(() => has(other.changes, policyCase));
    // Each stream's second sentinel comes after everything above in the log, and streams keep order:
    // once it has arrived, every earlier event has been checked for that subscriber.
    const again = await submit(a, 'classify', CLASSIFY);
    const againTo = Math.max(...again.map((e) => e.seq));
    const policyMoved = ok(
      await h.gql<{ submitStep: { events: { seq: number }[] } }>(
        SUBMIT,
        { id: policyCase, step: 'receive', data: COMPLAINT },
        { as: staff.otherDept },
      ),
    ).submitStep.events;
    const policyTo = Math.max(...policyMoved.map((e) => e.seq));
    await until(() => has(agent.changes, a, againTo));
    await until(() => has(other.changes, policyCase, policyTo));

    expect(agent.errors).toEqual([]);
    expect(other.errors).toEqual([]);
    // The agent hears of case a only: not of b (unchanged), not of the other department's case.
    expect(new Set(agent.changes.map((c) => c.caseId))).toEqual(new Set([a]));
    expect(agent.changes.map((c) => c.version)).toEqual(
      [...agent.changes.map((c) => c.version)].sort((x, y) => x - y),
    );
    expect(agent.changes.every((c) => !Number.isNaN(Date.parse(c.updatedAt)))).toBe(true);
    // The other department's agent hears of its own case and never of a (or b).
    expect(other.changes.map((c) => c.caseId)).not.toContain(a);
    expect(other.changes.map((c) => c.caseId)).not.toContain(b);
    expect(other.changes.map((c) => c.caseId)).toContain(policyCase);
  });
});
