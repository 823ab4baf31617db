/**
 * Issue 15, defect 5, over graphql-ws against the real embedded database: a `caseUpdated` stream is
 * re-authorised before every event. When the case moves to a department the subscriber cannot see, or
 * the subscriber is deactivated, the stream sends one coded error and completes — and nothing recorded
 * after that (comment text included) reaches the client.
 */
import { Types } from 'mongoose';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { OPEN, ok, openInput, setUpCases, type CaseResult, type Staff } from './cases-helpers';
import { fromGlobalId } from '../src/graphql/global-id';

const CASE_UPDATED = `subscription($id: ID!) { caseUpdated(caseId: $id) { seq type data } }`;
const COMMENT = `mutation($id: ID!, $text: String!) { commentOnCase(caseId: $id, text: $text) { replayed } }`;

interface Update {
  seq: number;
  type: string;
  data: unknown;
}

/** Everything a subscription sends, with signals for "an event containing X arrived" and "it ended". */
function watch(client: Client, caseId: string) {
  const updates: Update[] = [];
  const errors: { extensions?: { code?: string } }[] = [];
  const waiters: { text: string; resolve: () => void }[] = [];
  let completed = false;
  const ended = new Promise<void>((resolve) => {
    client.subscribe<{ caseUpdated: Update }>(
      { query: CASE_UPDATED, variables: { id: caseId } },
      {
        next: (r) => {
          if (r.errors) errors.push(...(r.errors as unknown as typeof errors));
          if (r.data?.caseUpdated) updates.push(r.data.caseUpdated);
          for (const w of waiters.filter((w) => JSON.stringify(updates).includes(w.text))) w.resolve();
        },
        error: (e) => {
          errors.push({ extensions: { code: String((e as { code?: unknown }).code ?? 'socket') } });
          resolve();
        },
        complete: () => {
          completed = true;
          resolve();
        },
      },
    );
  });
  return {
    updates,
    errors,
    ended,
    get completed() {
      return completed;
    },
    /** Resolves once an update containing `text` has arrived. */
    received: (text: string) =>
      new Promise<void>((resolve) => {
        if (JSON.stringify(updates).includes(text)) resolve();
        else waiters.push({ text, resolve });
      }),
  };
}

describe('subscriptions are re-authorised for every event', () => {
  let h: Harness;
  let staff: Staff;
  let policyQueueId: string;
  const clients: Client[] = [];
  const client = (authorization: string) => {
    const c = createClient({
      url: h.server.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: { authorization },
    });
    clients.push(c);
    return c;
  };
  const openCase = async () =>
    ok(await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput() }, { as: staff.agent })).openCase.case
      .id;
  const comment = async (id: string, text: string) => ok(await h.gql(COMMENT, { id, text }));

  beforeAll(async () => {
    h = await startHarness({ PARLEY_REALTIME_POLL_MS: '50' });
    staff = await setUpCases(h);
    const departments = ok(
      await h.gql<{ departments: { code: string; queues: { id: string; code: string }[] }[] }>(
        `query { departments { code queues { id code } } }`,
      ),
    ).departments;
    policyQueueId = departments.find((d) => d.code === 'POLICY')!.queues[0]!.id;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await h?.close();
  });

  it('ends the stream when the case moves to another department, before any later comment is sent', async () => {
    const caseId = await openCase();
    const stream = watch(client(staff.agent), caseId);
    await comment(caseId, 'visible before the move');
    await stream.received('visible before the move');

    ok(
      await h.gql(`mutation($id: ID!, $q: ID) { reassignCase(caseId: $id, queueId: $q) { replayed } }`, {
        id: caseId,
        q: policyQueueId,
      }),
    );
    await comment(caseId, 'secret after the move');
    await stream.ended;

    expect(stream.completed).toBe(true);
    expect(stream.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(stream.updates)).not.toContain('secret after the move');
    // The agent cannot read it by id any more either: the stream agreed with `case(id)`.
    const byId = await h.gql<{ case: unknown }>(
      `query($id: ID!) { case(id: $id) { id } }`,
      { id: caseId },
      {
        as: staff.agent,
      },
    );
    expect(byId.data?.case).toBeNull();
  });

  it('ends an slaAlerts stream when the subscriber is deactivated, and skips cases out of reach', async () => {
    const username = 'agent.sla';
    const id = ok(
      await h.gql<{ createUser: { id: string } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        {
          input: {
            username,
            displayName: username,
            password: 'correct horse battery',
            roles: ['agent'],
            departments: ['CUSTOMER_SERVICE'],
          },
        },
      ),
    ).createUser.id;
    const bearer = await h.login(username, 'correct horse battery');
    const visible = new Types.ObjectId(fromGlobalId(await openCase())!.localId);
    const foreign = ok(
      await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput({ departmentCode: 'POLICY' }) }),
    ).openCase.case;
    const foreignId = new Types.ObjectId(fromGlobalId(foreign.id)!.localId);
    const warn = (caseId: Types.ObjectId, seq: number, ruleKey: string) => {
      const now = new Date();
      return h.db.conn.collection('case_events').insertOne({
        caseId,
        seq,
        type: 'slaWarned',
        at: now,
        actor: 'system:test',
        data: { ruleKey },
        prevHash: null,
        hash: `test-${seq}`,
        recordedAt: now,
      });
    };
    const alerts: string[] = [];
    const errors: string[] = [];
    let seen: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (seen = resolve));
    const ended = new Promise<void>((resolve) => {
      client(bearer).subscribe<{ slaAlerts: { ruleKey: string } }>(
        { query: `subscription { slaAlerts { ruleKey } }` },
        {
          next: (r) => {
            for (const e of r.errors ?? []) errors.push(String(e.extensions?.['code']));
            if (r.data?.slaAlerts) alerts.push(r.data.slaAlerts.ruleKey);
            if (alerts.includes('own-department')) seen();
          },
          error: () => resolve(),
          complete: () => resolve(),
        },
      );
    });
    await warn(foreignId, 900, 'other-department');
    await warn(visible, 900, 'own-department');
    await first;
    ok(await h.gql(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, { id }));
    await warn(visible, 901, 'after-deactivation');
    await ended;
    expect(alerts).toEqual(['own-department']);
    expect(errors).toEqual(['UNAUTHENTICATED']);
  });

  it('ends the stream when the subscriber is deactivated', async () => {
    const username = 'agent.leaving';
    const id = ok(
      await h.gql<{ createUser: { id: string } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        {
          input: {
            username,
            displayName: username,
            password: 'correct horse battery',
            roles: ['agent'],
            departments: ['CUSTOMER_SERVICE'],
          },
        },
      ),
    ).createUser.id;
    const leaving = await h.login(username, 'correct horse battery');
    const caseId = await openCase();
    const stream = watch(client(leaving), caseId);
    await comment(caseId, 'visible while active');
    await stream.received('visible while active');

    ok(await h.gql(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, { id }));
    await comment(caseId, 'secret after deactivation');
    await stream.ended;

    expect(stream.completed).toBe(true);
    expect(stream.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(stream.updates)).not.toContain('secret after deactivation');
  });
});
