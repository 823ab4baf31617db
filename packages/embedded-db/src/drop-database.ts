import { MongoClient } from 'mongodb';
import { databaseNameOf, redactUri } from './mongodb-uri';

/**
 * Drops the database named in `uri`'s path (tests clean up after themselves with it). Refuses a URI
 * that names no database, because the driver would then drop `test`, which is nobody's on purpose.
 */
export async function dropDatabase(uri: string): Promise<void> {
  const name = databaseNameOf(uri);
  if (!name) throw new Error(`dropDatabase: ${redactUri(uri)} names no database`);
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000 });
  try {
    await client.db(name).dropDatabase();
  } finally {
    await client.close();
  }
}
