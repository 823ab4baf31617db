/**
 * `db-index`: what the launcher's indexes change for lookups by `_id` on the embedded FerretDB, on
 * both backends, at 1k / 10k / 100k documents (docs/database.md "Indexes the launcher adds"):
 * `findOne({ _id })` and `find({ _id: { $in: [20 ids] } })`, first with FerretDB alone, then with the
 * launcher's index (SQLite: the `_id` expression index; PostgreSQL: the GIN mirrors), on the same data
 * (the launcher restarts on the same files / PostgreSQL database). Each row is a ratio of two figures
 * of the same run; the 1k figure is the mean of a run before and one after the larger sizes.
 *
 * `BENCH_DB_INDEX_BACKENDS=sqlite` (or `postgresql`) runs one backend only; PostgreSQL must run
 * locally (PARLEY_POSTGRESQL_URL, as for the launcher).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Db, MongoClient } from 'mongodb';
import {
  createPostgresDatabase,
  DEFAULT_POSTGRESQL_URL,
  type FerretDBBackend,
  startFerretDB,
  withDatabaseName,
} from '../../packages/embedded-db/src/index';
import { type BenchRow, type BenchSection, opsPerSecond, row } from '../lib';

const SIZES = [1_000, 10_000, 100_000] as const;
const IN_IDS = 20;
const seconds = Number(process.env.BENCH_SECONDS ?? 3);

type Op = 'findOne' | 'in';
const OPS: Op[] = ['findOne', 'in'];
const OP_LABEL: Record<Op, string> = {
  findOne: 'findOne({_id})',
  in: `find({_id: {$in: [${IN_IDS} ids]}})`,
};

/** ops/s per operation and size, for one state (without or with the launcher's index). */
type Figures = Record<Op, Map<number, number | null>>;

const collectionName = (size: number) => `docs_${size}`;

async function fill(db: Db, size: number): Promise<void> {
  const collection = db.collection(collectionName(size));
  for (let from = 0; from < size; from += 1000) {
    const batch = Array.from({ length: Math.min(1000, size - from) }, (_, k) => ({
      _id: `doc-${from + k}` as never,
      n: from + k,
      text: 'x'.repeat(100),
    }));
    await collection.insertMany(batch, { ordered: false });
  }
}

/** True when FerretDB's plan for a lookup by `_id` uses the launcher's index. */
async function usesLauncherIndex(db: Db, size: number): Promise<boolean> {
  // A real query first: SQLite reloads a connection's schema on a read, not on an EXPLAIN.
  await db.collection(collectionName(size)).findOne({ _id: 'doc-0' as never });
  const explained = await db.command({ explain: { find: collectionName(size), filter: { _id: 'doc-1' } } });
  const plan = JSON.stringify(explained.queryPlanner ?? {});
  return plan.includes('USING INDEX $parley_id_') || plan.includes('"Index Name":"$parley_gin_');
}

async function waitForIndexes(db: Db): Promise<void> {
  const deadline = performance.now() + 300_000;
  for (const size of SIZES) {
    while (!(await usesLauncherIndex(db, size))) {
      if (performance.now() > deadline) throw new Error(`no launcher index on ${collectionName(size)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function measureOp(db: Db, op: Op, size: number): Promise<number> {
  const collection = db.collection(collectionName(size));
  let i = 0;
  // A spread of keys (a prime stride), each one present.
  const next = () => (i = (i + 7919) % size);
  return opsPerSecond(async () => {
    if (op === 'findOne') {
      const id = `doc-${next()}`;
      if (!(await collection.findOne({ _id: id as never }))) throw new Error(`${id} not found`);
    } else {
      const ids = Array.from({ length: IN_IDS }, () => `doc-${next()}`);
      const found = await collection.find({ _id: { $in: ids as never[] } }).toArray();
      if (found.length !== new Set(ids).size) throw new Error(`$in found ${found.length} of ${ids.length}`);
    }
  }, seconds * 1000);
}

interface Place {
  backend: FerretDBBackend;
  dataDir?: string;
  postgresqlUrl?: string;
}

async function measureState(place: Place, indexed: boolean, fillFirst: boolean): Promise<Figures> {
  const started = await startFerretDB({
    backend: place.backend,
    dataDir: place.dataDir,
    postgresqlUrl: place.postgresqlUrl,
    sqliteIdIndex: indexed,
    postgresqlGinIndex: indexed,
  });
  const client = await MongoClient.connect(withDatabaseName(started.uri, 'bench_db_index'));
  try {
    const db = client.db();
    if (fillFirst) for (const size of SIZES) await fill(db, size);
    if (indexed) await waitForIndexes(db);
    const figures: Figures = { findOne: new Map(), in: new Map() };
    for (const op of OPS) {
      for (const size of SIZES) figures[op].set(size, await measureOp(db, op, size));
      // 1k again after 100k (the mean of both), so the smallest size does not get all the warm-up.
      const again = await measureOp(db, op, SIZES[0]);
      figures[op].set(SIZES[0], (figures[op].get(SIZES[0])! + again) / 2);
    }
    return figures;
  } finally {
    await client.close();
    await started.stop();
  }
}

const label = (size: number) => `${size / 1000}k`;

function rowsFor(backend: FerretDBBackend, without: Figures, withIndex: Figures): BenchRow[] {
  const what = backend === 'sqlite' ? 'the launcher _id index' : 'the launcher GIN mirrors';
  const rows: BenchRow[] = [];
  for (const op of OPS) {
    for (const size of SIZES) {
      rows.push(
        row(
          `db-index ${backend}: ${OP_LABEL[op]} at ${label(size)} docs, with ${what}`,
          'ops/s',
          withIndex[op].get(size) ?? null,
          { name: 'FerretDB alone, same data', value: without[op].get(size) ?? null },
          { note: `FerretDB ${backend}, 1 client, same run` },
        ),
      );
    }
    for (const [state, figures] of [
      [`with ${what}`, withIndex],
      ['FerretDB alone', without],
    ] as const) {
      rows.push(
        row(
          `db-index ${backend}: ${OP_LABEL[op]} at 100k docs vs 1k, ${state}`,
          'ops/s',
          figures[op].get(100_000) ?? null,
          { name: 'the same at 1k docs', value: figures[op].get(1_000) ?? null },
          { note: `growth factor (1.0 = flat); 10k: ${figures[op].get(10_000)?.toFixed(1)} ops/s` },
        ),
      );
    }
  }
  return rows;
}

async function runBackend(backend: FerretDBBackend): Promise<BenchRow[]> {
  let cleanup: () => Promise<void>;
  const place: Place = { backend };
  if (backend === 'sqlite') {
    const dir = await mkdtemp(path.join(tmpdir(), 'parley-bench-db-index-'));
    place.dataDir = dir;
    cleanup = () => rm(dir, { recursive: true, force: true });
  } else {
    const database = await createPostgresDatabase(
      process.env.PARLEY_POSTGRESQL_URL ?? DEFAULT_POSTGRESQL_URL,
    );
    place.postgresqlUrl = database.url;
    cleanup = database.drop;
  }
  try {
    const without = await measureState(place, false, true);
    const withIndex = await measureState(place, true, false);
    return rowsFor(backend, without, withIndex);
  } catch (error) {
    return [
      row(
        `db-index ${backend}`,
        'ops/s',
        null,
        { name: 'FerretDB alone', value: null },
        {
          error: error instanceof Error ? error.message : String(error),
        },
      ),
    ];
  } finally {
    await cleanup();
  }
}

export const dbIndexSection: BenchSection = {
  name: 'db-index',
  async run() {
    const backends = (process.env.BENCH_DB_INDEX_BACKENDS ?? 'sqlite,postgresql')
      .split(',')
      .map((b) => b.trim())
      .filter((b): b is FerretDBBackend => b === 'sqlite' || b === 'postgresql');
    const rows: BenchRow[] = [];
    for (const backend of backends) rows.push(...(await runBackend(backend)));
    return rows;
  },
};
