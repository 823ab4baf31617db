/**
 * Cases section.
 *
 * (1) submitStep over HTTP at 1, 10 and 50 concurrent clients (each client drives its own case round a
 *     looping form step, so the figure is the command path, not conflicts), side by side in the same run
 *     with the Apollo no-op mutation `ping` on the same server, and with the raw driver inserting the same
 *     event document (the append alone: the floor of any event-sourced write).
 * (2) At each size of `--sizes` (default 1k, 10k, 100k) cases stored — copies of a real case's projection,
 *     bulk-inserted with insertMany, 1 % the caller's —: submitStep at 1 client (baseline: `ping`), and
 *     the inbox (my queue, soonest due first, first page of 50) at 1 and 10 clients, without and with
 *     `totalCount` (baseline: the no-op query `{ __typename }`). Then the growth factor of each of these
 *     from one size to the next (and smallest to largest): rows `cases: growth of …`, and a table.
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
import { percentile, row } from '../lib';
import type { BenchOptions, BenchRow, BenchSection } from '../lib';
import { growthRows, growthTable, sizeLabel, type Series } from '../growth';
import { LOOP_FLOW, SUBMIT_NOTE, inboxCases } from '../fixtures/case-bench';

const PASSWORD = 'bench-only-secret-pw-1';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const REQUEST_TIMEOUT_MS = Number(process.env.BENCH_REQUEST_TIMEOUT_MS ?? 10_000);
const LEVELS = [1, 10, 50] as const;
/** Stored cases measured at when `--sizes` is not given. */
const DEFAULT_SIZES = [1_000, 10_000, 100_000];
/** Projections per insertMany while seeding. */
const BATCH = 5_000;
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

const series = (name: string, unit: string, lowerIsBetter: boolean) =>
  ({
    name,
    unit,
    lowerIsBetter,
    values: new Map<number, number | null>(),
  }) satisfies Series;
const ms = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '—');
const figure = (load: Load, pick: (l: Load) => number) => (load.error ? null : pick(load));
const failure = (what: Record<string, Load>) =>
  Object.entries(what)
    .filter(([, l]) => l.error)
    .map(([name, l]) => `${name}: ${l.error}`)
    .join('; ') || undefined;

export const casesSection: BenchSection = {
  name: 'cases',
  async run(options: BenchOptions) {
    const sizes = options.sizes ?? DEFAULT_SIZES;
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
    let table = '';
    try {
      // Logged in again before each size's measurements: seeding 100k cases can outlast an access token.
      const signIn = async () =>
        (
          await gqlAs(
            server.url,
            '',
            `mutation($p: String!) { login(username: "admin", password: $p) { accessToken user { id } } }`,
            { p: PASSWORD },
          )
        )['login'] as { accessToken: string; user: { id: string } };
      const session = await signIn();
      let auth = `Bearer ${session.accessToken}`;
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
      const submitRows = (
        n: number,
        submit: Load,
        noop: Load,
        insert: Load | null,
        where: string,
        storedLabel?: string,
      ) => {
        const load = `${n} client(s), ${SECONDS}s; ${where}`;
        rows.push(
          row(
            `cases: submitStep over HTTP, ${n} client(s)${storedLabel ? `, ${storedLabel} cases stored` : ''}`,
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

      // (2) At each size: that many cases stored (copies of a real projection, bulk-inserted), the
      // command path at 1 client and the inbox's first page at 1 and 10 clients, with and without
      // totalCount; then how each grows from one size to the next.
      const me = new ObjectId(Buffer.from(session.user.id, 'base64url').toString().split(':')[1]);
      const firstId = new ObjectId(Buffer.from(cases[0]!, 'base64url').toString().split(':')[1]);
      const template = await db.models.Case.findById(firstId).lean<Record<string, unknown>>().exec();
      if (!template) throw new Error('the first bench case has no projection');
      const hot = {
        submit: series('submitStep, 1 client', 'req/s', false),
        inbox1: series('inbox first page p99, 1 client', 'ms', true),
        inbox10: series('inbox first page p99, 10 clients', 'ms', true),
        counted1: series('inbox + totalCount p99, 1 client', 'ms', true),
        counted10: series('inbox + totalCount p99, 10 clients', 'ms', true),
      };
      let stored = cases.length;
      for (const size of sizes) {
        const label = sizeLabel(size);
        const t0 = performance.now();
        for (; stored < size; stored += Math.min(BATCH, size - stored))
          await db.models.Case.collection.insertMany(
            inboxCases(stored, Math.min(BATCH, size - stored), me, () => new ObjectId(), template) as never[],
            { ordered: false },
          );
        const seeded = `${label} stored (bulk insert ${((performance.now() - t0) / 1000).toFixed(1)} s)`;
        auth = `Bearer ${(await signIn()).accessToken}`;
        const submit = await driver(1, () => post(server.url, auth, SUBMIT_NOTE, { id: cases[0] }));
        const noop = await driver(1, () => post(server.url, auth, 'mutation { ping }'));
        hot.submit.values.set(
          size,
          figure(submit, (l) => l.rps),
        );
        submitRows(1, submit, noop, null, `${seeded}; ${backend}`, label);
        for (const [name, query, clients, into] of [
          ['first page', INBOX, 1, hot.inbox1],
          ['first page', INBOX, 10, hot.inbox10],
          ['first page + totalCount', INBOX_COUNTED, 1, hot.counted1],
          ['first page + totalCount', INBOX_COUNTED, 10, hot.counted10],
        ] as const) {
          const noopQuery = await driver(clients, () => post(server.url, auth, '{ __typename }'));
          const inbox = await driver(clients, () => post(server.url, auth, query));
          into.values.set(
            size,
            figure(inbox, (l) => l.p99),
          );
          rows.push(
            row(
              `cases: inbox ${name} p99 at ${label} cases, ${clients} client(s)`,
              'ms',
              figure(inbox, (l) => l.p99),
              { name: 'no-op query p99', value: figure(noopQuery, (l) => l.p99) },
              {
                lowerIsBetter: true,
                note: `${ms(inbox.rps, 0)} req/s, p50 ${ms(inbox.p50)} ms (no-op p50 ${ms(noopQuery.p50)} ms); ${size / 100} are mine; ${seeded}; ${clients} client(s), ${SECONDS}s, timeout ${REQUEST_TIMEOUT_MS} ms; ${backend}`,
                error: failure({ inbox, noop: noopQuery }),
              },
            ),
          );
        }
      }
      const all = Object.values(hot);
      rows.push(...growthRows('cases: ', all, sizes));
      table = `growth with the cases stored (${backend}):\n${growthTable(all, sizes)}`;
      return { rows, table };
    } finally {
      await uncached.stop();
      await server.stop();
      await db.conn.dropDatabase().catch(() => undefined);
      await db.close();
      await database.stop();
    }
  },
};
