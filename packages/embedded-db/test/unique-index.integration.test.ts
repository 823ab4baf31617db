// The fact Parley's correctness rests on (docs/database.md): of two concurrent inserts with the same
// unique key, exactly one succeeds and the other gets duplicate-key 11000. Verified on both FerretDB
// backends, and on the run's own database when that is something else (MongoDB via MONGODB_URI).
import { MongoClient, type Collection } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind, testDatabaseUri } from '../../../test-support/test-database';
import { dropDatabase, withDatabaseName } from '../src/index';
import { DUPLICATE_KEY, errorCode, startTestFerretDB } from './support';

const ROUNDS = 50;

interface EventDoc {
  caseId: string;
  seq: number;
  writer?: number;
}

interface Started {
  uri: string;
  stop: () => Promise<unknown>;
}

interface Target {
  name: string;
  start: () => Promise<Started>;
}

const targets: Target[] = [
  { name: 'FerretDB on SQLite', start: () => startTestFerretDB('sqlite') },
  { name: 'FerretDB on PostgreSQL', start: () => startTestFerretDB('postgresql') },
];
if (!testDatabaseKind().startsWith('ferretdb-')) {
  targets.push({
    name: `the run's database (${testDatabaseKind()})`,
    start: async () => {
      const uri = testDatabaseUri();
      return { uri, stop: () => dropDatabase(uri) };
    },
  });
}

describe.each(targets)('unique index on $name', ({ start }) => {
  let server: Started | undefined;
  // Two clients, so the competing inserts travel on different connections, as two server
  // processes' would.
  let clients: [MongoClient, MongoClient];
  let events: [Collection<EventDoc>, Collection<EventDoc>];

  beforeAll(async () => {
    server = await start();
    const uri = withDatabaseName(server.uri, 'unique_index_test');
    clients = [await MongoClient.connect(uri), await MongoClient.connect(uri)];
    events = [clients[0].db().collection('events'), clients[1].db().collection('events')];
    await events[0].createIndex({ caseId: 1, seq: 1 }, { unique: true });
  });

  afterAll(async () => {
    await clients[0]?.db().dropDatabase();
    await Promise.all(clients?.map((client) => client.close()) ?? []);
    await server?.stop();
  });

  it(`lets exactly one of two concurrent inserts with the same key win, ${ROUNDS} rounds`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const results = await Promise.allSettled(
        events.map((collection, writer) => collection.insertOne({ caseId: 'race', seq: round, writer })),
      );
      const won = results.filter((result) => result.status === 'fulfilled');
      const lost = results.filter((result) => result.status === 'rejected');
      expect(won, `round ${round}`).toHaveLength(1);
      expect(
        lost.map((result) => errorCode(result.reason)),
        `round ${round}`,
      ).toEqual([DUPLICATE_KEY]);
    }
    expect(await events[0].countDocuments({ caseId: 'race' })).toBe(ROUNDS);
  });

  it('keeps an append-only event log gap-free and duplicate-free under concurrent appenders', async () => {
    // The event-log pattern itself: read the last seq, insert seq + 1, retry on 11000.
    const WRITERS = 4;
    const APPENDS_EACH = 8;
    const caseId = 'log';
    const append = async (collection: Collection<EventDoc>, writer: number): Promise<number> => {
      let conflicts = 0;
      for (;;) {
        const last = await collection.find({ caseId }).sort({ seq: -1 }).limit(1).next();
        try {
          await collection.insertOne({ caseId, seq: (last?.seq ?? 0) + 1, writer });
          return conflicts;
        } catch (error) {
          if (errorCode(error) !== DUPLICATE_KEY) throw error;
          conflicts++;
        }
      }
    };
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, writer) => {
        const collection = events[writer % 2] as Collection<EventDoc>;
        for (let i = 0; i < APPENDS_EACH; i++) await append(collection, writer);
      }),
    );
    const seqs = (await events[0].find({ caseId }).sort({ seq: 1 }).toArray()).map((event) => event.seq);
    expect(seqs).toEqual(Array.from({ length: WRITERS * APPENDS_EACH }, (_, i) => i + 1));
  });
});
