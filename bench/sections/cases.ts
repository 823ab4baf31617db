/**
 * Cases section.
 *
 * (1) submitStep over HTTP at 1, 10 and 50 concurrent clients (each client drives its own case round a
 *     looping form step, so the figure is the command path, not conflicts), side by side in the same run
 *     with the Apollo no-op mutation `ping` on the same server, and with the raw driver inserting the same
 *     event document (the append alone: the floor of any event-sourced write).
 * (2) The inbox (my queue, soonest due first, first page of 50) at 10k and 100k cases, bulk-inserted
 *     with insertMany; 1 % are the caller's. Measured without and with `totalCount` (counted only when
 *     asked for). Baseline: the no-op query `{ __typename }`. Then submitStep again with 100k cases stored.
 *
 * Backend: PARLEY_DB_BACKEND (sqlite by default, or postgresql for FerretDB's PostgreSQL backend), or
 * MONGODB_URI when set (resolveDatabase); every note says which. A request that fails or takes longer
 * than REQUEST_TIMEOUT_MS is counted as failed, and a measurement with any failure is a failed row
 * (value null, ratio null, error set), never a figure.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { resolveDatabase } from '../../packages/embedded-db/src/index';
import { connectDatabase } from '../../packages/server/src/db/connect';
import { startServer } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { createLogger } from '../../packages/server/src/logger';
import { ensureAccessBasics } from '../../packages/server/src/features/access/access.seed';
import { chainBatch } from '../../packages/server/src/features/cases/log/case-log.store';
import type { CaseRecord } from '../../packages/server/src/features/cases/case.model';
import { percentile, row } from '../lib';
import type { BenchRow, BenchSection } from '../lib';
import { LOOP_FLOW, SUBMIT_NOTE, inboxCases } from '../fixtures/case-bench';

const PASSWORD = 'bench-only-secret-pw-1';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const REQUEST_TIMEOUT_MS = Number(process.env.BENCH_REQUEST_TIMEOUT_MS ?? 10_000);
const LEVELS = [1, 10, 50] as const;
const INBOX = `query { myInbox(first: 50) { edges { node { reference dueAt } } } }`;
const INBOX_COUNTED = `query { myInbox(first: 50) { totalCount edges { node { reference dueAt } } } }`;

interface Load {
  rps: number;
  p50: number;
  p99: number;
  completed: number;
  /** Set when any request failed or timed out, or none completed. */
  error?: string;
}

async function gqlAs(url: string, authorization: string, query: string, variables?: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors).slice(0, 300)}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return body.data ?? {};
}

/** One GraphQL request that must succeed (an error under load would flatter the figures). */
async function post(url: string, authorization: string, query: string, variables?: unknown): Promise<void> {
  await gqlAs(url, authorization, query, variables);
}

/**
 * `workers` concurrent loops of `op` for SECONDS: throughput and latency percentiles over the requests
 * that completed; any failure (error, timeout) makes the whole measurement failed.
 */
async function driver(workers: number, op: (worker: number) => Promise<unknown>): Promise<Load> {
  const times: number[] = [];
  let failed = 0;
  let firstError = '';
  const start = performance.now();
  const end = start + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < end) {
        const t = performance.now();
        try {
          await op(worker);
          times.push(performance.now() - t);
        } catch (err) {
          failed++;
          const e = err as Error;
          firstError ||= e.name === 'TimeoutError' ? `timed out after ${REQUEST_TIMEOUT_MS} ms` : e.message;
        }
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  const load: Load = {
    rps: times.length / elapsed,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    completed: times.length,
  };
  if (failed > 0) load.error = `${failed} of ${failed + times.length} requests failed (${firstError})`;
  else if (times.length === 0) load.error = `no request completed in ${elapsed.toFixed(1)} s`;
  return load;
}

const ms = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '—');
const figure = (load: Load, pick: (l: Load) => number) => (load.error ? null : pick(load));
const failure = (what: Record<string, Load>) =>
  Object.entries(what)
    .filter(([, l]) => l.error)
    .map(([name, l]) => `${name}: ${l.error}`)
    .join('; ') || undefined;

export const casesSection: BenchSection = {
  name: 'cases',
  async run(): Promise<BenchRow[]> {
    const database = await resolveDatabase({
      dataDir: await mkdtemp(path.join(tmpdir(), 'parley-bench-cases-')),
      ephemeral: true,
      log: () => undefined,
    });
    const db = await connectDatabase(database.uri, `parley_bench_${randomBytes(4).toString('hex')}`);
    await ensureAccessBasics(db.models, PASSWORD);
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    const server = await startServer({ config, db, logger: createLogger('silent') });
    // The same server with the viewer cache off: the no-op as it was before the cache (it reads the user
    // and the roles on every request), for comparison with earlier runs.
    const uncached = await startServer({
      config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test', PARLEY_VIEWER_CACHE_MS: '0' }),
      db,
      logger: createLogger('silent'),
    });
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
      const submitRows = (n: number, submit: Load, noop: Load, insert: Load | null, where: string) => {
        const load = `${n} client(s), ${SECONDS}s; ${where}`;
        rows.push(
          row(
            `cases: submitStep over HTTP, ${n} client(s)${insert ? '' : ', 100k cases stored'}`,
            'req/s',
            figure(submit, (l) => l.rps),
            { name: 'Apollo no-op mutation ping', value: figure(noop, (l) => l.rps) },
            {
              note: `p50 ${ms(submit.p50)} ms, p99 ${ms(submit.p99)} ms (no-op ${ms(noop.rps, 0)} req/s, p50 ${ms(noop.p50)}, p99 ${ms(noop.p99)}); ${load}`,
              error: failure({ submitStep: submit, ping: noop }),
            },
          ),
        );
        if (insert)
          rows.push(
            row(
              `cases: submitStep vs raw driver insert, ${n} client(s)`,
              'ops/s',
              figure(submit, (l) => l.rps),
              { name: 'driver insertOne of the event', value: figure(insert, (l) => l.rps) },
              {
                note: `driver p50 ${ms(insert.p50, 2)} ms, p99 ${ms(insert.p99, 2)} ms; ${load}`,
                error: failure({ submitStep: submit, insertOne: insert }),
              },
            ),
          );
      };
      for (const n of LEVELS) {
        // Same client for all (n fetch loops, keep-alive): each loop drives its own case, so no conflicts.
        const submit = await driver(n, (worker) =>
          post(server.url, auth, SUBMIT_NOTE, { id: cases[worker] }),
        );
        const noop = await driver(n, () => post(server.url, auth, 'mutation { ping }'));
        const noopUncached = await driver(n, () => post(uncached.url, auth, 'mutation { ping }'));
        rows.push(
          row(
            `cases: submitStep vs no-op without viewer cache, ${n} client(s)`,
            'req/s',
            figure(submit, (l) => l.rps),
            { name: 'ping, PARLEY_VIEWER_CACHE_MS=0', value: figure(noopUncached, (l) => l.rps) },
            {
              note: `no-op without cache p50 ${ms(noopUncached.p50)} ms, p99 ${ms(noopUncached.p99)} ms; ${n} client(s), ${SECONDS}s; ${backend}`,
              error: failure({ submitStep: submit, ping: noopUncached }),
            },
          ),
        );
        const insert = await driver(n, () =>
          raw.insertOne({ ...sample, _id: new ObjectId(), seq: ++rawSeq }),
        );
        submitRows(n, submit, noop, insert, backend);
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
        for (const [label, query, clients] of [
          ['first page', INBOX, 1],
          ['first page', INBOX, 10],
          ['first page + totalCount', INBOX_COUNTED, 10],
        ] as const) {
          const noop = await driver(clients, () => post(server.url, auth, '{ __typename }'));
          const inbox = await driver(clients, () => post(server.url, auth, query));
          rows.push(
            row(
              `cases: inbox ${label} p99 at ${total / 1000}k cases, ${clients} client(s)`,
              'ms',
              figure(inbox, (l) => l.p99),
              { name: 'no-op query p99', value: figure(noop, (l) => l.p99) },
              {
                lowerIsBetter: true,
                note: `${ms(inbox.rps, 0)} req/s, p50 ${ms(inbox.p50)} ms (no-op p50 ${ms(noop.p50)} ms); ${total / 100} are mine; insertMany of the batch ${insertSeconds.toFixed(1)} s; ${clients} client(s), ${SECONDS}s, timeout ${REQUEST_TIMEOUT_MS} ms; ${backend}`,
                error: failure({ inbox, noop }),
              },
            ),
          );
        }
      }
      // (3) The command path again with 100k cases in the collection (the projection read and update).
      const submit = await driver(1, () => post(server.url, auth, SUBMIT_NOTE, { id: cases[0] }));
      const noop = await driver(1, () => post(server.url, auth, 'mutation { ping }'));
      submitRows(1, submit, noop, null, backend);
      return rows;
    } finally {
      await uncached.stop();
      await server.stop();
      await db.conn.dropDatabase().catch(() => undefined);
      await db.close();
      await database.stop();
    }
  },
};
