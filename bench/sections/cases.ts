/**
 * Cases section.
 *
 * (1) submitStep over HTTP at 1, 10 and 50 concurrent clients (autocannon; each connection drives its
 *     own case round a looping form step, so the figure is the command path, not conflicts), side by side
 *     in the same run with the Apollo no-op mutation `ping` on the same server, and with the raw driver
 *     inserting the same event document (the append alone: the floor of any event-sourced write).
 * (2) The inbox (my queue, soonest due first, first page of 50) at 10k and 100k cases, bulk-inserted
 *     with insertMany; 1 % are the caller's. Baseline: the no-op query `{ __typename }`.
 *
 * It runs on FerretDB's PostgreSQL backend (concurrent writers, equality filters pushed down to
 * indexes) when a local PostgreSQL is available, else on whatever resolveDatabase picks; notes say which.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { resolveDatabase, type ResolvedDatabase } from '../../packages/embedded-db/src/index';
import { connectDatabase } from '../../packages/server/src/db/connect';
import { startServer } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { createLogger } from '../../packages/server/src/logger';
import { ensureAccessBasics } from '../../packages/server/src/features/access/access.seed';
import { chainBatch } from '../../packages/server/src/features/cases/case-log.store';
import type { CaseRecord } from '../../packages/server/src/features/cases/case.model';
import { percentile, row } from '../lib';
import type { BenchRow, BenchSection } from '../lib';
import { LOOP_FLOW, SUBMIT_NOTE, inboxCases } from '../fixtures/case-bench';

const PASSWORD = 'bench-only-secret-pw-1';
const SECONDS = 3;
const LEVELS = [1, 10, 50] as const;
const INBOX = `query { myInbox(first: 50) { totalCount edges { node { reference dueAt } } } }`;

interface Load {
  rps: number;
  p50: number;
  p99: number;
}

async function gqlAs(url: string, authorization: string, query: string, variables?: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data ?? {};
}

/** autocannon at `connections`, the same request body throughout. */
async function http(url: string, authorization: string, connections: number, body: string): Promise<Load> {
  let firstError = '';
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', authorization },
    body,
    requests: [
      {
        onResponse: (status: number, response: string) => {
          if (status !== 200 && !firstError) firstError = response.slice(0, 300);
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(
      `load run had ${result.non2xx} non-2xx responses and ${result.errors} errors: ${JSON.stringify(result.statusCodeStats)} ${firstError}`,
    );
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** One GraphQL request that must succeed (an error under load would flatter the figures). */
async function post(url: string, authorization: string, query: string, variables?: unknown): Promise<void> {
  await gqlAs(url, authorization, query, variables);
}

/** `workers` concurrent loops of `op` for SECONDS: throughput and latency percentiles. */
async function driver(workers: number, op: (worker: number) => Promise<unknown>): Promise<Load> {
  const times: number[] = [];
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < end) {
        const t = performance.now();
        await op(worker);
        times.push(performance.now() - t);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { rps: times.length / SECONDS, p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function startDatabase(dataDir: string): Promise<ResolvedDatabase> {
  try {
    return await resolveDatabase({ dataDir, ephemeral: true, backend: 'postgresql', log: () => undefined });
  } catch {
    return resolveDatabase({ dataDir, ephemeral: true, log: () => undefined });
  }
}

export const casesSection: BenchSection = {
  name: 'cases',
  async run(): Promise<BenchRow[]> {
    const database = await startDatabase(await mkdtemp(path.join(tmpdir(), 'parley-bench-cases-')));
    const db = await connectDatabase(database.uri, `parley_bench_${randomBytes(4).toString('hex')}`);
    await ensureAccessBasics(db.models, PASSWORD);
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    const server = await startServer({ config, db, logger: createLogger('silent') });
    const backend = database.kind;
    // mongoose is the server's dependency, not the workspace root's: borrow its ObjectId from the connection.
    const ObjectId = db.conn.base.Types.ObjectId;
    const rows: BenchRow[] = [];
    try {
      const login = await gqlAs(
        server.url,
        '',
        `mutation($p: String!) { login(username: "admin", password: $p) { accessToken user { id } } }`,
        { p: PASSWORD },
      );
      const session = login['login'] as { accessToken: string; user: { id: string } };
      const auth = `Bearer ${session.accessToken}`;
      const gql = (q: string, v?: unknown) => gqlAs(server.url, auth, q, v);
      await gql(
        `mutation($d: JSON!) { createFlowTemplate(input: { key: "bench-loop", name: { zh: "循环", en: "Loop" }, kind: SERVICE, definition: $d }) { key } }`,
        { d: LOOP_FLOW },
      );
      await gql(`mutation { publishFlowTemplate(key: "bench-loop", baseRevision: 1) { version } }`);
      const cases: string[] = [];
      for (let i = 0; i < Math.max(...LEVELS); i++) {
        const opened = await gql(
          `mutation { openCase(input: { templateKey: "bench-loop", channel: API, customer: { name: "王五", phone: "13900001111" } }) { case { id } } }`,
        );
        cases.push((opened['openCase'] as { case: { id: string } }).case.id);
      }
      // One representative stored event (a stepCompleted of the loop) for the raw-driver baseline.
      const sample = chainBatch(
        new ObjectId(),
        { seq: 0, hash: null },
        [
          {
            type: 'stepCompleted',
            at: new Date(),
            actor: 'user:bench',
            data: { stepKey: 'note', tokenId: 't', outcome: 'completed', data: { note: 'x' } },
          },
        ],
        null,
      )[0]!;
      const raw = db.conn.db!.collection('bench_raw_events');
      await raw.createIndex({ caseId: 1, seq: 1 }, { unique: true });
      let rawSeq = 0;

      // A broken command fails loudly here, not as a fast error response under load.
      await gql(SUBMIT_NOTE, { id: cases[0] });
      for (const n of LEVELS) {
        // Same client for both (n fetch loops, keep-alive): each loop drives its own case, so no conflicts.
        const submit = await driver(n, (worker) =>
          post(server.url, auth, SUBMIT_NOTE, { id: cases[worker] }),
        );
        const noop = await driver(n, () => post(server.url, auth, 'mutation { ping }'));
        const insert = await driver(n, () =>
          raw.insertOne({ ...sample, _id: new ObjectId(), seq: ++rawSeq }),
        );
        const load = `${n} client(s), ${SECONDS}s; ${backend}`;
        rows.push(
          row(
            `cases: submitStep over HTTP, ${n} client(s)`,
            'req/s',
            submit.rps,
            { name: 'Apollo no-op mutation ping', value: noop.rps },
            {
              note: `p50 ${submit.p50.toFixed(1)} ms, p99 ${submit.p99.toFixed(1)} ms (no-op p50 ${noop.p50.toFixed(1)}, p99 ${noop.p99.toFixed(1)}); ${load}`,
            },
          ),
          row(
            `cases: submitStep vs raw driver insert, ${n} client(s)`,
            'ops/s',
            submit.rps,
            { name: 'driver insertOne of the event', value: insert.rps },
            {
              note: `driver p50 ${insert.p50.toFixed(2)} ms, p99 ${insert.p99.toFixed(2)} ms; ${load}`,
            },
          ),
        );
      }

      // (2) Inbox at 10k and 100k cases.
      const me = new ObjectId(Buffer.from(session.user.id, 'base64url').toString().split(':')[1]);
      let inserted = 0;
      for (const total of [10_000, 100_000]) {
        const t0 = performance.now();
        for (; inserted < total; inserted += 5_000)
          await db.models.Case.collection.insertMany(
            inboxCases(inserted, 5_000, me, () => new ObjectId()) as unknown as CaseRecord[],
            {
              ordered: false,
            },
          );
        const insertSeconds = (performance.now() - t0) / 1000;
        await gql(INBOX);
        const inbox = await http(server.url, auth, 10, JSON.stringify({ query: INBOX }));
        const noop = await http(server.url, auth, 10, JSON.stringify({ query: '{ __typename }' }));
        rows.push(
          row(
            `cases: inbox p99 at ${total / 1000}k cases`,
            'ms',
            inbox.p99,
            { name: 'no-op query p99', value: noop.p99 },
            {
              lowerIsBetter: true,
              note: `${inbox.rps.toFixed(0)} req/s, p50 ${inbox.p50} ms; ${total / 100} are mine; insertMany of the batch ${insertSeconds.toFixed(1)} s; 10 clients; ${backend}`,
            },
          ),
        );
      }
      return rows;
    } finally {
      await server.stop();
      await db.conn.dropDatabase().catch(() => undefined);
      await db.close();
      await database.stop();
    }
  },
};
