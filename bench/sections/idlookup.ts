/**
 * `idlookup`: `findOne({ _id })` on the embedded FerretDB SQLite backend at 1k and 100k documents,
 * side by side, without and with the launcher's `_id` expression index (docs/database.md). With the
 * index the 100k/1k ratio should be near 1 (a B-tree lookup); without it, a table scan, far below.
 *
 * One data directory: the launcher first runs without the index (data inserted, lookups measured),
 * then restarts on the same files with it (the index is built over the existing tables at start).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Db, MongoClient } from 'mongodb';
import { startFerretDB, withDatabaseName } from '../../packages/embedded-db/src/index';
import { type BenchRow, type BenchSection, opsPerSecond, row } from '../lib';

const SIZES = [1_000, 100_000] as const;
const seconds = Number(process.env.BENCH_SECONDS ?? 3);

function collectionName(size: number): string {
  return `docs_${size}`;
}

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

/** Waits until FerretDB's `_id` lookup on the collection uses the launcher's index. */
async function waitForIndex(db: Db, size: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    await db.collection(collectionName(size)).findOne({ _id: 'doc-0' as never });
    const explained = await db.command({
      explain: { find: collectionName(size), filter: { _id: 'doc-0' } },
    });
    const plan = JSON.stringify(explained.queryPlanner ?? {});
    if (plan.includes('USING INDEX $parley_id_')) return;
    if (Date.now() > deadline) throw new Error(`no _id index on ${collectionName(size)}: ${plan}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function lookups(db: Db, size: number): Promise<number> {
  const collection = db.collection(collectionName(size));
  let i = 0;
  return opsPerSecond(async () => {
    // A spread of keys (a prime stride), each one present.
    i = (i + 7919) % size;
    const doc = await collection.findOne({ _id: `doc-${i}` as never });
    if (!doc) throw new Error(`doc-${i} not found in ${collectionName(size)}`);
  }, seconds * 1000);
}

async function measure(dir: string, withIndex: boolean, fillFirst: boolean): Promise<BenchRow> {
  const started = await startFerretDB({ backend: 'sqlite', dataDir: dir, sqliteIdIndex: withIndex });
  const client = await MongoClient.connect(withDatabaseName(started.uri, 'bench_idlookup'));
  const label = withIndex ? 'with the launcher _id index' : 'FerretDB alone (no _id index)';
  try {
    const db = client.db();
    if (fillFirst) for (const size of SIZES) await fill(db, size);
    const indexStart = performance.now();
    if (withIndex) for (const size of SIZES) await waitForIndex(db, size);
    const indexMs = performance.now() - indexStart;
    // 1k before and after 100k (averaged), so neither size gets all of the warm-up.
    const before = await lookups(db, SIZES[0]);
    const large = await lookups(db, SIZES[1]);
    const small = (before + (await lookups(db, SIZES[0]))) / 2;
    return row(
      `idlookup: findOne({_id}) at 100k docs, ${label}`,
      'ops/s',
      large,
      { name: 'the same at 1k docs', value: small },
      {
        note: `FerretDB SQLite, 1 client${withIndex ? `; index over existing data ready ${(indexMs / 1000).toFixed(1)} s after start` : ''}`,
      },
    );
  } catch (error) {
    return row(
      `idlookup: findOne({_id}) at 100k docs, ${label}`,
      'ops/s',
      null,
      {
        name: 'the same at 1k docs',
        value: null,
      },
      { error: error instanceof Error ? error.message : String(error) },
    );
  } finally {
    await client.close();
    await started.stop();
  }
}

export const idLookupSection: BenchSection = {
  name: 'idlookup',
  async run() {
    const dir = await mkdtemp(path.join(tmpdir(), 'parley-bench-idlookup-'));
    try {
      const without = await measure(dir, false, true);
      const withIndex = await measure(dir, true, false);
      const across = row(
        'idlookup: findOne({_id}) at 100k docs, with the index vs without',
        'ops/s',
        withIndex.value,
        { name: 'FerretDB alone at 100k', value: without.value },
        { note: 'same data directory, launcher restarted with the index' },
      );
      return [without, withIndex, across];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
