// The FerretDB v1.24.2 facts of docs/database.md that Parley's design leans on, checked
// against the real thing on both backends. Most assert a limitation: if one of them starts failing
// after an upgrade, the limitation may be gone; revisit docs/database.md before relying on that.
import { MongoClient, type Collection, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getServerCapabilities, isFerretDB, withDatabaseName } from '../src/index';
import { errorCode, startTestFerretDB, type TestFerretDB } from './support';

const NOT_IMPLEMENTED = 238;

interface Item {
  id: number;
  x: number;
}

interface Doc {
  _id: number;
  items?: Item[];
  n?: number;
  version?: number;
  secret?: string;
}

describe.each(['sqlite', 'postgresql'] as const)('FerretDB v1.24.2 on %s', (backend) => {
  let server: TestFerretDB;
  let client: MongoClient;
  let db: Db;
  let docs: Collection<Doc>;

  beforeAll(async () => {
    server = await startTestFerretDB(backend);
    client = await MongoClient.connect(withDatabaseName(server.uri, 'facts_test'));
    db = client.db();
    docs = db.collection('docs');
  });

  afterAll(async () => {
    await client?.close();
    expect(await server?.stop()).toEqual({ code: 0, signal: null });
  });

  it('reports ferretdbVersion in buildInfo (our launcher fills in the module version)', async () => {
    const buildInfo = await db.command({ buildInfo: 1 });
    expect(buildInfo.ferretdbVersion).toBe('v1.24.2');
    expect(buildInfo.version).toMatch(/^7\.0\./);
    expect(await isFerretDB(db)).toBe(true);
    expect(await getServerCapabilities(db)).toMatchObject({
      isFerretDB: true,
      ferretdbVersion: 'v1.24.2',
      transactions: false,
      changeStreams: false,
    });
  });

  it('has no multi-document transactions', async () => {
    const session = client.startSession();
    try {
      session.startTransaction();
      await expect(docs.insertOne({ _id: 1 }, { session })).rejects.toThrow();
    } finally {
      await session.abortTransaction().catch(() => undefined);
      await session.endSession();
    }
  });

  it('has no change streams', async () => {
    const stream = docs.watch();
    await expect(stream.tryNext()).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
    await stream.close();
  });

  it('refuses partial and TTL indexes loudly (so Model.init() must not swallow index errors)', async () => {
    await expect(
      docs.createIndex({ n: 1 }, { partialFilterExpression: { n: { $exists: true } } }),
    ).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
    await expect(docs.createIndex({ at: 1 }, { expireAfterSeconds: 60 })).rejects.toMatchObject({
      code: NOT_IMPLEMENTED,
    });
  });

  it('refuses to build a unique index over existing duplicates', async () => {
    const dupes = db.collection('dupes');
    await dupes.insertMany([{ k: 1 }, { k: 1 }]);
    await expect(dupes.createIndex({ k: 1 }, { unique: true })).rejects.toThrow();
  });

  it('supports only part of aggregation: $sum and $count yes, $avg and $lookup no', async () => {
    const sales = db.collection('sales');
    await sales.insertMany([
      { g: 'x', n: 2 },
      { g: 'x', n: 4 },
      { g: 'y', n: 1 },
    ]);
    const byGroup = [{ $sort: { _id: 1 } }];
    expect(
      await sales.aggregate([{ $group: { _id: '$g', total: { $sum: '$n' } } }, ...byGroup]).toArray(),
    ).toEqual([
      { _id: 'x', total: 6 },
      { _id: 'y', total: 1 },
    ]);
    expect(
      await sales.aggregate([{ $group: { _id: '$g', count: { $count: {} } } }, ...byGroup]).toArray(),
    ).toEqual([
      { _id: 'x', count: 2 },
      { _id: 'y', count: 1 },
    ]);
    expect(await sales.aggregate([{ $count: 'n' }]).toArray()).toEqual([{ n: 3 }]);
    await expect(
      sales.aggregate([{ $group: { _id: null, avg: { $avg: '$n' } } }]).toArray(),
    ).rejects.toMatchObject({
      code: NOT_IMPLEMENTED,
    });
    await expect(
      sales
        .aggregate([{ $lookup: { from: 'other', localField: 'n', foreignField: 'n', as: 'joined' } }])
        .toArray(),
    ).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
  });

  it('gives only the FIRST accumulator of a $group its value; the others silently read 0', async () => {
    // Not in DATABASE.md, found while verifying it: so an average cannot be one $group with a sum
    // and a count. Use one accumulator per $group (two pipelines), or compute the count elsewhere.
    const sales = db.collection('sales2');
    await sales.insertMany([{ n: 2 }, { n: 4 }]);
    const [row] = await sales
      .aggregate([{ $group: { _id: null, total: { $sum: '$n' }, count: { $sum: 1 } } }])
      .toArray();
    expect(row).toEqual({ _id: null, total: 6, count: 0 });
  });

  it('matches nothing for $elemMatch with a field condition (silently)', async () => {
    // Not in DATABASE.md either: { items: { $elemMatch: { id: 1 } } } finds no document, while the
    // dotted form { 'items.id': 1 } works. Query arrays of sub-documents with dotted paths.
    const carts = db.collection('carts');
    await carts.insertOne({ items: [{ id: 1, x: 2 }] });
    expect(await carts.countDocuments({ items: { $elemMatch: { id: 1 } } })).toBe(0);
    expect(await carts.countDocuments({ 'items.id': 1 })).toBe(1);
  });

  it('has no arrayFilters, no positional $, and a $pull that removes only exactly-equal values', async () => {
    await docs.insertOne({
      _id: 20,
      items: [
        { id: 1, x: 2 },
        { id: 2, x: 3 },
      ],
    });
    await expect(
      docs.updateOne({ _id: 20 }, { $set: { 'items.$[e].x': 9 } }, { arrayFilters: [{ 'e.id': 1 }] }),
    ).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
    // Positional $: the SQLite backend rejects it; the PostgreSQL backend reports matchedCount 0
    // (although find() matches that filter) and changes nothing. Either way, no update happens.
    const positional = await docs.updateOne({ _id: 20, 'items.id': 1 }, { $set: { 'items.$.x': 9 } }).then(
      (result) => result.modifiedCount,
      (error: unknown) => (error instanceof Error ? 'rejected' : error),
    );
    expect(positional).toBe(backend === 'sqlite' ? 'rejected' : 0);
    expect((await docs.findOne({ _id: 20 }))?.items?.[0]).toEqual({ id: 1, x: 2 });

    // MongoDB would remove { id: 1, x: 2 } here (a condition); FerretDB v1 silently removes nothing.
    await docs.updateOne({ _id: 20 }, { $pull: { items: { id: 1 } as Item } });
    expect((await docs.findOne({ _id: 20 }))?.items).toHaveLength(2);
    await docs.updateOne({ _id: 20 }, { $pull: { items: { id: 1, x: 2 } } });
    expect((await docs.findOne({ _id: 20 }))?.items).toEqual([{ id: 2, x: 3 }]);
  });

  it('fails findOneAndUpdate when a projection is sent', async () => {
    await docs.insertOne({ _id: 30, n: 0, secret: 's' });
    await expect(
      docs.findOneAndUpdate({ _id: 30 }, { $inc: { n: 1 } }, { projection: { secret: 0 } }),
    ).rejects.toMatchObject({ code: NOT_IMPLEMENTED });
    expect(
      await docs.findOneAndUpdate({ _id: 30 }, { $inc: { n: 1 } }, { returnDocument: 'after' }),
    ).toMatchObject({
      n: 1,
    });
  });

  it('rejects keys containing "." or starting with "$"', async () => {
    await expect(db.collection('keys').insertOne({ 'a.b': 1 })).rejects.toThrow(/must not contain '\.'/);
    await expect(db.collection('keys').insertOne({ $a: 1 })).rejects.toThrow(/must not start with '\$'/);
  });

  it('does not make read-modify-write atomic: two concurrent compare-and-set updates can both win', async () => {
    // Why Parley never arbitrates with findOneAndUpdate({ _id, version }): on FerretDB both
    // competitors can match and "win". (On MongoDB exactly one would.)
    const other = await MongoClient.connect(withDatabaseName(server.uri, 'facts_test'));
    try {
      const competitors = [docs, other.db().collection<Doc>('docs')];
      await docs.insertOne({ _id: 40, version: 0 });
      let doubleWins = 0;
      for (let version = 0; version < 30; version++) {
        const results = await Promise.all(
          competitors.map((collection) =>
            collection.findOneAndUpdate({ _id: 40, version }, { $set: { version: version + 1 } }),
          ),
        );
        const wins = results.filter((result) => result !== null).length;
        expect(wins).toBeGreaterThanOrEqual(1);
        if (wins === 2) doubleWins++;
      }
      expect(doubleWins).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });

  it('reports a duplicate _id as code 11000', async () => {
    await docs.insertOne({ _id: 50 });
    const error: unknown = await docs.insertOne({ _id: 50 }).catch((e: unknown) => e);
    expect(errorCode(error)).toBe(11000);
  });
});
