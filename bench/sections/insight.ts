/**
 * `insight` (docs/insight.md "Benchmark"):
 * (a) the dashboard's volume query (the `insightVolume` resolver: the period's `case` buckets, the
 *     running `case` and `step` buckets, sums and group-bys; 30 days, one department) over the
 *     roll-ups of 10k and of 100k demo-shaped cases (bench/fixtures/insight-demo-shape.ts), read cold
 *     (the read cache emptied before every query: the heads and the 30 day documents come from the
 *     database) and warm (a dashboard's next query: another filter or tab, nothing changed since),
 *     against one `findById` of a case (an index lookup) and one "indexed" `find` on the cases
 *     collection of the same size (department + status, first 50 by due time; on FerretDB's SQLite
 *     backend no index serves it) in the same run; then the growth from 10k to 100k of each. The
 *     roll-ups are what the follower writes — day documents and heads made by the store's own
 *     `dayDocuments` from the fold of the histories — and bulk-inserted.
 * (b) the follower's throughput (events folded per second, from a fresh generation, several batches)
 *     against the raw `insertMany` rate of the same event documents (demo-shaped too).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { resolveDatabase } from '../../packages/embedded-db/src/index';
import { connectDatabase, type Database } from '../../packages/server/src/db/connect';
import { createLogger } from '../../packages/server/src/logger';
import type { CaseRecord } from '../../packages/server/src/features/cases/case.model';
import {
  DeltaSet,
  EMPTY_STATE,
  foldCaseEvents,
} from '../../packages/server/src/features/insight/insight-fold';
import {
  createInsightFolder,
  type InsightFollowerModels,
} from '../../packages/server/src/features/insight/insight-follower';
import {
  clearReadCache,
  clearResultCache,
} from '../../packages/server/src/features/insight/insight-read-cache';
import { insightResolvers } from '../../packages/server/src/features/insight/insight.resolvers';
import type { GraphQLContext } from '../../packages/server/src/graphql/context';
import {
  dayDocuments,
  encodeDay,
  encodeHeads,
  startGeneration,
} from '../../packages/server/src/features/insight/insight-store';
import { INSIGHT_FORMAT } from '../../packages/server/src/features/insight/insight.model';
import { inboxCases } from '../fixtures/case-bench';
import { storedEvents } from '../fixtures/insight-bench';
import { demoShapedHistory } from '../fixtures/insight-demo-shape';
import { opsPerSecond, row, type BenchRow, type BenchSection } from '../lib';

const seconds = Number(process.env.BENCH_SECONDS ?? 3);
/** Case counts of (a), e.g. `BENCH_INSIGHT_SIZES=1000,10000` for a quick run (default 10k and 100k). */
const SIZES = (process.env.BENCH_INSIGHT_SIZES ?? '10000,100000').split(',').map(Number);
/** Cases whose events the follower folds in (b). */
const FOLLOW_CASES = Number(process.env.BENCH_INSIGHT_FOLLOW_CASES ?? 2_000);
const END = new Date('2026-12-01T10:00:00+08:00');
const SYSTEM = { kind: 'system', name: 'bench' } as const;
const FILTER = { from: '2026-11-01', to: '2026-11-30', department: 'CUSTOMER_SERVICE' };

/** The roll-ups the follower would hold for cases 0..total-1, as one applied batch. */
function rollUps(total: number) {
  const deltas = new DeltaSet();
  for (let n = 0; n < total; n++)
    foldCaseEvents(EMPTY_STATE, demoShapedHistory(n, END), (k) => k === 'complaint-handling', deltas);
  const list = deltas.list();
  const { docs, heads } = dayDocuments(1, 1, {}, new Map(), list);
  const opened = list
    .filter((d) => d.kind === 'case' && d.day >= FILTER.from && d.day <= FILTER.to)
    .filter((d) => d.dims.department === FILTER.department)
    .reduce((s, d) => s + (d.c['opened'] ?? 0), 0);
  return { docs, heads, buckets: list.length, opened };
}

/** On the SQLite backend: waits until `_id` lookups on the collection use the launcher's index. */
async function waitForIdIndex(db: Database, collection: string, id: unknown): Promise<boolean> {
  const native = db.conn.db!;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    await native.collection(collection).findOne({ _id: id as never });
    const explained = await native.command({ explain: { find: collection, filter: { _id: id } } });
    const plan = JSON.stringify(explained['queryPlanner'] ?? {});
    if (!plan.includes('SCAN')) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

async function insertAll(
  model: { collection: { insertMany(d: object[], o: object): Promise<unknown> } },
  docs: object[],
) {
  for (let i = 0; i < docs.length; i += 5_000)
    await model.collection.insertMany(docs.slice(i, i + 5_000), { ordered: false });
}

async function queryRows(
  db: Database,
  total: number,
  backend: string,
): Promise<{ cold: number; warm: number; repeat: number; rows: BenchRow[] }> {
  const ObjectId = db.conn.base.Types.ObjectId;
  const t0 = performance.now();
  const roll = rollUps(total);
  console.log(
    `  ${total} cases: ${roll.buckets} buckets in ${roll.docs.length} day documents (${Math.round(performance.now() - t0)} ms to fold), inserting`,
  );
  await db.models.InsightGeneration.create({
    _id: 1,
    startedAt: END,
    caughtUpAt: END,
    format: INSIGHT_FORMAT,
    lastN: 1,
  });
  await insertAll(db.models.InsightHeads, [encodeHeads(1, 1, roll.heads)]);
  await insertAll(db.models.InsightBucket, roll.docs.map(encodeDay));
  const cases = inboxCases(0, total, new ObjectId(), () => new ObjectId()) as unknown as CaseRecord[];
  await insertAll(db.models.Case, cases);
  const someCase = cases[Math.floor(total / 2)]!._id;
  if (backend === 'ferretdb-sqlite') {
    const ready = await Promise.all([
      waitForIdIndex(db, 'insight_buckets', roll.docs[0]!._id),
      waitForIdIndex(db, 'insight_heads', '1:1'),
      waitForIdIndex(db, 'cases', someCase),
    ]);
    if (ready.includes(false)) console.log('  (the launcher _id index did not appear: lookups scan)');
  }
  const ctx = { models: db.models, viewer: SYSTEM } as unknown as GraphQLContext;
  const volume = () =>
    insightResolvers.Query.insightVolume(null, { filter: FILTER }, ctx) as unknown as Promise<{
      opened: number;
    }>;
  const check = async () => {
    const got = await volume();
    if (got.opened !== roll.opened) throw new Error(`opened ${got.opened}, expected ${roll.opened}`);
  };
  const cold = await opsPerSecond(async () => {
    clearReadCache(db.models.InsightBucket);
    await check();
  }, seconds * 1000);
  const warm = await opsPerSecond(async () => {
    clearResultCache(db.models.InsightBucket);
    await check();
  }, seconds * 1000);
  const repeat = await opsPerSecond(check, seconds * 1000);
  const find = await opsPerSecond(async () => {
    await db.models.Case.find({ departmentCode: 'CUSTOMER_SERVICE', status: 'OPEN' })
      .sort({ dueAt: 1 })
      .limit(50)
      .lean()
      .exec();
  }, seconds * 1000);
  const byId = await opsPerSecond(async () => {
    if (!(await db.models.Case.findById(someCase).lean().exec())) throw new Error('case not found');
  }, seconds * 1000);
  const k = `${total / 1000}k`;
  const note = `${roll.buckets} buckets in ${roll.docs.length} day documents; ${backend}`;
  return {
    cold,
    warm,
    repeat,
    rows: [
      row(
        `insight: insightVolume cold vs one findById, ${k} cases`,
        'ops/s',
        cold,
        { name: 'cases findById', value: byId },
        {
          note: `${note}; every cache emptied: reads the generations, the heads and the 30 day documents and the running ones by _id; ratio ≥ 0.5 means within 2× of the lookup`,
        },
      ),
      row(
        `insight: insightVolume, another filter on read documents, vs one findById, ${k} cases`,
        'ops/s',
        warm,
        { name: 'cases findById', value: byId },
        {
          note: `${note}; kept results emptied: reads the generations and probes the next heads by _id, sums the cached day documents' buckets`,
        },
      ),
      row(
        `insight: insightVolume repeated on an unchanged roll-up vs one findById, ${k} cases`,
        'ops/s',
        repeat,
        { name: 'cases findById', value: byId },
        { note: `${note}; reads the generations and probes the next heads by _id, the figures kept` },
      ),
      row(
        `insight: insightVolume cold vs the department find, ${k} cases`,
        'ops/s',
        cold,
        {
          name: 'cases find (department + status, 50 by due time)',
          value: find,
        },
        { note: `${note}; on FerretDB SQLite the find scans the collection` },
      ),
    ],
  };
}

async function foldRate(
  db: Database,
  opts: { readAhead?: number; holdStates?: boolean },
): Promise<{ rate: number; folded: number }> {
  const fold = createInsightFolder({
    models: db.models as unknown as InsightFollowerModels,
    logger: createLogger('silent'),
    maxBatchesPerRound: 1_000,
    clock: () => END,
    ...opts,
  });
  const t1 = performance.now();
  let folded = 0;
  for (let i = 0; i < 1_000; i++) {
    const r = await fold();
    folded += r.events;
    if (r.caughtUp) break;
  }
  return { rate: folded / ((performance.now() - t1) / 1000), folded };
}

async function followerRows(db: Database, backend: string): Promise<BenchRow[]> {
  const ObjectId = db.conn.base.Types.ObjectId;
  const cases = FOLLOW_CASES;
  const docs = Array.from({ length: cases }, (_, n) =>
    storedEvents(
      new ObjectId(),
      demoShapedHistory(n, END),
      () => new ObjectId(),
      new Date(END.getTime() + n),
    ),
  ).flat();
  console.log(`  follower: inserting ${docs.length} events`);
  const t0 = performance.now();
  await insertAll(db.models.CaseEventFeed, docs);
  const insertRate = docs.length / ((performance.now() - t0) / 1000);
  // As before the read-ahead and the held states (one log scan and one case-state scan per batch),
  // then a rebuild (a new generation) folded as the follower now does, on the same log.
  const before = await foldRate(db, { readAhead: 5_000, holdStates: false });
  await startGeneration(db.models, END);
  const now = await foldRate(db, {});
  const rows: BenchRow[] = [];
  for (const [label, r] of [
    ['without read-ahead or held states (as before)', before],
    ['reading ahead, holding states', now],
  ] as const)
    rows.push(
      row(
        `insight: follower folds events, ${label}`,
        'events/s',
        r.rate,
        { name: 'raw insertMany of the events', value: insertRate },
        {
          note: `${r.folded} of ${docs.length} events, ${cases} demo-shaped cases, batches of ~5,000; ${backend}`,
          ...(r.folded === docs.length ? {} : { error: `folded ${r.folded} of ${docs.length} events` }),
        },
      ),
    );
  return rows;
}

/**
 * Flatness: the query rate at the largest size against the smallest, in the same run (1.0 is flat;
 * the growth factor of the query's time is 1 ÷ ratio).
 */
function growthRows(measured: { total: number; cold: number; warm: number; repeat: number }[]): BenchRow[] {
  const first = measured[0];
  const last = measured[measured.length - 1];
  if (!first || !last || first === last) return [];
  const span = `${first.total / 1000}k → ${last.total / 1000}k cases`;
  return (['cold', 'warm', 'repeat'] as const).map((m) =>
    row(
      `insight: insightVolume ${m}, growth ${span}`,
      'ops/s',
      last[m],
      {
        name: `insightVolume ${m} at ${first.total / 1000}k`,
        value: first[m],
      },
      {
        note: `ratio 1.0 = flat; the query takes ${(first[m] / last[m]).toFixed(2)}× as long at ${last.total / 1000}k`,
      },
    ),
  );
}

export const insightSection: BenchSection = {
  name: 'insight',
  async run(): Promise<BenchRow[]> {
    const database = await resolveDatabase({
      dataDir: await mkdtemp(path.join(tmpdir(), 'parley-bench-insight-')),
      ephemeral: true,
      log: () => undefined,
    });
    const rows: BenchRow[] = [];
    const open = () => connectDatabase(database.uri, `parley_bench_${randomBytes(4).toString('hex')}`);
    try {
      const measured: { total: number; cold: number; warm: number; repeat: number }[] = [];
      for (const total of SIZES) {
        const db = await open();
        try {
          const got = await queryRows(db, total, database.kind);
          // Printed as measured too: a long run cut short still leaves its figures.
          console.log(JSON.stringify(got.rows));
          rows.push(...got.rows);
          measured.push({ total, cold: got.cold, warm: got.warm, repeat: got.repeat });
        } finally {
          await db.conn.dropDatabase();
          await db.close();
        }
      }
      rows.push(...growthRows(measured));
      const db = await open();
      try {
        rows.push(...(await followerRows(db, database.kind)));
      } finally {
        await db.conn.dropDatabase();
        await db.close();
      }
    } finally {
      await database.stop();
    }
    return rows;
  },
};
