// FerretDB v1.24's PostgreSQL backend pushes a top-level equality down as `_jsonb->'f' @> value`,
// which the B-tree indexes it creates on `(_jsonb->'f')` cannot serve. The launcher mirrors every
// declared index field as a GIN index on that expression (go/ginindex.go). FerretDB's `explain` runs
// PostgreSQL's EXPLAIN on the very SQL and arguments it sends for the query, so its plan is the
// proof; pg_stat_user_indexes shows the real (prepared) queries use the index too.
//
// Needs the local PostgreSQL (CI starts it, .ci/run): like ferretdb-facts, this fails, never skips,
// when PostgreSQL is not running.
import { type Db, MongoClient } from 'mongodb';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildLauncher,
  createPostgresDatabase,
  DEFAULT_POSTGRESQL_URL,
  type FerretDBHandle,
  type PostgresDatabase,
  startFerretDB,
  withDatabaseName,
} from '../src/index';

interface Running {
  db: FerretDBHandle;
  pg: PostgresDatabase;
  sql: pg.Client;
  client: MongoClient;
}

async function start(postgresqlGinIndex: boolean): Promise<Running> {
  const database = await createPostgresDatabase(process.env.PARLEY_POSTGRESQL_URL ?? DEFAULT_POSTGRESQL_URL);
  try {
    const db = await startFerretDB({
      backend: 'postgresql',
      postgresqlUrl: database.url,
      postgresqlGinIndex,
    });
    const client = await MongoClient.connect(withDatabaseName(db.uri, 'gin_test'));
    const sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    return { db, pg: database, sql, client };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

async function stop(running: Running | undefined): Promise<void> {
  if (!running) return;
  await running.client.close();
  await running.sql.end();
  expect((await running.db.stop()).code).toBe(0);
  await running.pg.drop();
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

/** The nodes of the PostgreSQL plan FerretDB reports for `find(filter)`, outermost first. */
async function findPlan(db: Db, collection: string, filter: object): Promise<PlanNode[]> {
  const explained = await db.command({ explain: { find: collection, filter } });
  const root = (explained.queryPlanner as { Plan?: PlanNode } | undefined)?.Plan;
  expect(root?.['Node Type']).toBeTypeOf('string');
  const nodes: PlanNode[] = [];
  const walk = (node: PlanNode) => {
    nodes.push(node);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(root!);
  return nodes;
}

/** The condition on `field` = `value` as PostgreSQL prints it (the table's name prefixed). */
function equalityCondition(field: string, value: string): RegExp {
  const escaped = `_jsonb -> '${field}'::text) @> '"${value}"'::jsonb)`.replace(
    /[.*+?^${}()|[\]\\]/g,
    '\\$&',
  );
  return new RegExp(`^\\(\\([a-z0-9_]+\\.${escaped}$`);
}

/** Polls (monotonic clock, no fixed sleep) until `check` returns a value. */
// Generous: in CI the other suites' FerretDB instances share that PostgreSQL, and a mirror's build
// waits (up to its 1 s lock timeout, then again on the next tick) for writes in flight on its table.
async function until<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 120_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Waits until FerretDB's plan for `find(filter)` is an index scan on one of our mirrors. */
async function waitForGinPlan(db: Db, collection: string, filter: object): Promise<PlanNode[]> {
  return until(`a GIN plan for ${JSON.stringify(filter)} on ${collection}`, async () => {
    const nodes = await findPlan(db, collection, filter);
    return nodes.some((node) => node['Index Name']?.startsWith('$parley_gin_')) ? nodes : undefined;
  });
}

/** The table FerretDB keeps a collection in. */
async function tableOf(running: Running, collection: string): Promise<string> {
  const { rows } = await running.sql.query<{ table: string }>(
    `SELECT _jsonb->>'table' AS table FROM gin_test._ferretdb_database_metadata WHERE _jsonb->>'_id' = $1`,
    [collection],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!.table;
}

/** Our mirrors on a table: index name → definition. */
async function mirrorsOf(running: Running, table: string): Promise<Map<string, string>> {
  const { rows } = await running.sql.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes
     WHERE schemaname = 'gin_test' AND tablename = $1 AND starts_with(indexname, '$parley_gin_')`,
    [table],
  );
  return new Map(rows.map((row) => [row.indexname, row.indexdef]));
}

/** The mirrored fields of a table (from the index definitions PostgreSQL reports). */
async function mirroredFields(running: Running, table: string): Promise<string[]> {
  const defs = [...(await mirrorsOf(running, table)).values()];
  return defs
    .map((def) => {
      const match = /USING gin \(\(+_jsonb -> '([^']+)'::text\)+ jsonb_path_ops\)$/.exec(def);
      expect(match, def).not.toBeNull();
      return match![1]!;
    })
    .sort();
}

async function waitForMirroredFields(running: Running, collection: string, fields: string[]): Promise<void> {
  const table = await tableOf(running, collection);
  await until(`mirrors ${fields.join(', ')} on ${collection}`, async () => {
    const now = await mirroredFields(running, table);
    return JSON.stringify(now) === JSON.stringify([...fields].sort()) ? true : undefined;
  });
}

const CASES = 3000;

/** Events of `CASES` cases, three each, plus tags (array and scalar) for the array-equality check. */
async function insertEvents(db: Db, collection: string): Promise<void> {
  for (let from = 0; from < CASES; from += 500) {
    await db.collection(collection).insertMany(
      Array.from({ length: 500 }, (_, k) => from + k).flatMap((c) =>
        [1, 2, 3].map((seq) => ({
          _id: `e-${c}-${seq}` as never,
          caseId: `c-${c}`,
          seq,
          tags: c % 2 === 0 ? ['even', `t${c % 10}`] : `t${c % 10}`,
        })),
      ),
    );
  }
}

describe('the launcher mirrors declared indexes as GIN indexes on PostgreSQL', () => {
  let running: Running | undefined;

  beforeAll(async () => {
    await buildLauncher(); // a rebuild after a Go change takes minutes on these machines
    running = await start(true);
  }, 600_000);

  afterAll(async () => {
    await stop(running);
  });

  it('without the mirrors FerretDB scans the table for an equality on an indexed field', async () => {
    const plain = await start(false);
    try {
      const db = plain.client.db();
      await insertEvents(db, 'events');
      await db.collection('events').createIndex({ caseId: 1, seq: 1 }, { unique: true });
      await plain.sql.query('ANALYZE gin_test.' + (await tableOf(plain, 'events')));
      const plan = await findPlan(db, 'events', { caseId: 'c-7' });
      // FerretDB pushed the equality down, and PostgreSQL can only scan for it.
      expect(plan).toHaveLength(1);
      expect(plan[0]!['Node Type']).toBe('Seq Scan');
      expect(plan[0]!.Filter).toMatch(equalityCondition('caseId', 'c-7'));
    } finally {
      await stop(plain);
    }
  }, 300_000);

  it('an equality on an indexed field, and a lookup by _id, use a GIN mirror', async () => {
    const db = running!.client.db();
    await insertEvents(db, 'events');
    await db.collection('events').createIndex({ caseId: 1, seq: 1 }, { unique: true });
    await db.collection('events').createIndex({ tags: 1 });
    // Every field of every declared index, `_id_` included; one GIN per field.
    await waitForMirroredFields(running!, 'events', ['_id', 'caseId', 'seq', 'tags']);

    const byCase = await waitForGinPlan(db, 'events', { caseId: 'c-7' });
    expect(byCase.map((node) => node['Node Type'])).toEqual(['Bitmap Heap Scan', 'Bitmap Index Scan']);
    expect(byCase[1]!['Index Cond']).toMatch(equalityCondition('caseId', 'c-7'));

    const byId = await waitForGinPlan(db, 'events', { _id: 'e-7-2' });
    expect(byId.map((node) => node['Node Type'])).not.toContain('Seq Scan');
    expect(byId.find((node) => node['Index Cond'])!['Index Cond']).toMatch(equalityCondition('_id', 'e-7-2'));

    // Results are unchanged: FerretDB still filters in Go after the pushed-down condition.
    const events = await db.collection('events').find({ caseId: 'c-7' }).sort({ seq: 1 }).toArray();
    expect(events.map((e) => e._id)).toEqual(['e-7-1', 'e-7-2', 'e-7-3']);
    expect(await db.collection('events').findOne({ _id: 'e-7-2' as never })).toMatchObject({ seq: 2 });
    expect(await db.collection('events').findOne({ caseId: 'c-7', seq: 3 })).toMatchObject({ _id: 'e-7-3' });
    // An equality on an array field matches documents whose array contains the value (MongoDB's
    // semantics; `@>` has the same, and the GIN operator class serves it).
    // (A find, which FerretDB pushes down: three events per case.)
    await waitForGinPlan(db, 'events', { tags: 't4' });
    expect(await db.collection('events').find({ tags: 't4' }).toArray()).toHaveLength((3 * CASES) / 10);
    expect(await db.collection('events').find({ tags: 'even' }).toArray()).toHaveLength((3 * CASES) / 2);
    // Uniqueness is still FerretDB's own B-tree's job.
    await expect(
      db.collection('events').insertOne({ _id: 'dup' as never, caseId: 'c-7', seq: 1 }),
    ).rejects.toMatchObject({ code: 11000 });
  }, 300_000);

  it("FerretDB's real (prepared) statements use the mirror, not only its explain", async () => {
    const db = running!.client.db();
    const table = await tableOf(running!, 'events');
    await waitForGinPlan(db, 'events', { caseId: 'c-11' });
    // The same statement shape FerretDB sends (the field name is a parameter) keeps its index plan
    // past the plan cache's five custom plans.
    await running!.sql.query(
      `PREPARE ferretdb_like(text, jsonb) AS SELECT _jsonb FROM gin_test.${table} WHERE _jsonb -> $1 @> $2`,
    );
    for (let i = 0; i < 12; i++) await running!.sql.query(`EXECUTE ferretdb_like('caseId', '"c-${i}"')`);
    const { rows } = await running!.sql.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN EXECUTE ferretdb_like('caseId', '"c-99"')`,
    );
    expect(rows.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/Bitmap Index Scan on "\$parley_gin_/);
    await running!.sql.query('DEALLOCATE ferretdb_like');

    // And FerretDB's own connections scan the caseId mirror (statistics arrive with a delay: poll).
    const caseIdMirror = [...(await mirrorsOf(running!, table)).entries()].find(([, def]) =>
      def.includes(`'caseId'::text`),
    )![0];
    const scans = async () => {
      const result = await running!.sql.query<{ n: string }>(
        `SELECT idx_scan::text AS n FROM pg_stat_user_indexes WHERE schemaname = 'gin_test' AND indexrelname = $1`,
        [caseIdMirror],
      );
      return Number(result.rows[0]?.n ?? 0);
    };
    const before = await scans();
    for (let i = 0; i < 20; i++)
      expect(await db.collection('events').findOne({ caseId: `c-${i}` })).not.toBeNull();
    await until('idx_scan to count FerretDB’s finds', async () =>
      (await scans()) >= before + 20 ? true : undefined,
    );
  }, 300_000);

  it('follows dropIndex, new collections, renames, dropCollection and dropDatabase', async () => {
    const db = running!.client.db();

    // tags had its own index; seq stays covered by the compound one.
    await db.collection('events').dropIndex('tags_1');
    await waitForMirroredFields(running!, 'events', ['_id', 'caseId', 'seq']);
    await db.collection('events').dropIndex('caseId_1_seq_1');
    await waitForMirroredFields(running!, 'events', ['_id']);

    // A collection created at run time gets its `_id` mirror.
    await db
      .collection('later')
      .insertMany(Array.from({ length: 2000 }, (_, i) => ({ _id: `l-${i}` as never, n: i })));
    await db.collection('later').createIndex({ n: 1 });
    await waitForMirroredFields(running!, 'later', ['_id', 'n']);
    await waitForGinPlan(db, 'later', { n: 42 });

    // A rename keeps the table, and so the mirrors.
    await db.collection('later').rename('renamed');
    await waitForGinPlan(db, 'renamed', { n: 42 });
    expect(await db.collection('renamed').findOne({ n: 42 })).toEqual({ _id: 'l-42', n: 42 });

    // Dropped and recreated: the new table is mirrored again.
    await db.collection('renamed').drop();
    await db
      .collection('renamed')
      .insertMany(Array.from({ length: 2000 }, (_, i) => ({ _id: `r-${i}` as never })));
    await waitForMirroredFields(running!, 'renamed', ['_id']);
    await waitForGinPlan(db, 'renamed', { _id: 'r-5' });

    await db.dropDatabase();
    await db
      .collection('fresh')
      .insertMany(Array.from({ length: 2000 }, (_, i) => ({ _id: `f-${i}` as never })));
    await waitForGinPlan(db, 'fresh', { _id: 'f-5' });
    expect(await db.collection('fresh').countDocuments()).toBe(2000);
  }, 300_000);

  it('listIndexes shows only the indexes FerretDB knows about', async () => {
    const db = running!.client.db();
    await db.collection('shown').insertOne({ _id: 'x' as never, k: 1 });
    await db.collection('shown').createIndex({ k: 1 }, { name: 'by_k' });
    await waitForMirroredFields(running!, 'shown', ['_id', 'k']);
    const names = (await db.collection('shown').listIndexes().toArray()).map((index) => index.name as string);
    expect(names.sort()).toEqual(['_id_', 'by_k']);
  }, 60_000);

  // A mirror built CONCURRENTLY on a table FerretDB is creating an index on deadlocks with it, and
  // PostgreSQL may fail FerretDB's side: the user's createIndex. Here each createIndex is sent while
  // the launcher is building the mirror of the one before (or once that mirror is there), on a table
  // over 1 MB; every one must succeed.
  it('never fails a createIndex sent while it builds the mirror of the one before', async () => {
    const db = running!.client.db();
    await insertEvents(db, 'churn');
    await waitForMirroredFields(running!, 'churn', ['_id']);
    const table = await tableOf(running!, 'churn');
    const fields = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'];
    for (const [i, field] of fields.entries()) {
      await db.collection('churn').createIndex({ [field]: 1 });
      if (i === fields.length - 1) break;
      await until(
        `a build or the mirror of ${field}`,
        async () => {
          const { rows } = await running!.sql.query<{ n: string }>(
            `SELECT count(*)::text AS n FROM pg_stat_progress_create_index p JOIN pg_class c ON c.oid = p.relid
             WHERE c.relname = $1`,
            [table],
          );
          if (Number(rows[0]?.n ?? 0) > 0) return true;
          return (await mirroredFields(running!, table)).includes(field) ? true : undefined;
        },
        60_000,
        5,
      );
    }
    await waitForMirroredFields(running!, 'churn', ['_id', ...fields]);
    const names = (await db.collection('churn').listIndexes().toArray()).map((index) => index.name as string);
    expect(names.sort()).toEqual(['_id_', ...fields.map((f) => `${f}_1`)].sort());
  }, 300_000);

  // FerretDB creates an index's B-tree, then records the index in its metadata in a later statement.
  // A tick that falls between the two sees the new B-tree and the old metadata; the mirror must still
  // follow once the metadata is written. Here the two statements are ours, with launcher ticks between.
  it('mirrors an index whose metadata is written ticks after its B-tree', async () => {
    const db = running!.client.db();
    await db.collection('split').insertOne({ _id: 's' as never, k: 1 });
    await waitForMirroredFields(running!, 'split', ['_id']);
    const table = await tableOf(running!, 'split');
    const sql = running!.sql;

    await sql.query(`CREATE INDEX split_k_btree ON gin_test.${table} ((_jsonb -> 'k'))`);
    // Two ticks (0.5 s apart) finished after the B-tree: the launcher's connection idle, its last
    // query started more than 1.2 s (database clock) after the index was made.
    const made = (await sql.query<{ made: Date }>('SELECT clock_timestamp() AS made')).rows[0]!.made;
    await until('two launcher ticks after the B-tree', async () => {
      const { rows } = await sql.query<{ ticked: boolean }>(
        `SELECT bool_or(state = 'idle' AND query_start > $1::timestamptz + interval '1.2 s') AS ticked
         FROM pg_stat_activity WHERE application_name = 'parley-ferretdb-gin-mirrors' AND datname = current_database()`,
        [made],
      );
      return rows[0]?.ticked ? true : undefined;
    });
    expect(await mirroredFields(running!, table)).toEqual(['_id']);

    await sql.query(
      `UPDATE gin_test._ferretdb_database_metadata
       SET _jsonb = jsonb_set(_jsonb, '{indexes}', (_jsonb -> 'indexes') || $2::jsonb)
       WHERE _jsonb ->> '_id' = $1`,
      ['split', JSON.stringify([{ key: { k: 1 }, name: 'k_1', unique: false, pgindex: 'split_k_btree' }])],
    );
    await waitForMirroredFields(running!, 'split', ['_id', 'k']);
  }, 120_000);
});
