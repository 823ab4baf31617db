import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface PostgresDatabase {
  /** Name of the created database. */
  name: string;
  /** The server URL with its path pointing at the new database. */
  url: string;
  /** DROP DATABASE … WITH (FORCE): also ends connections still open. Idempotent. */
  drop(): Promise<void>;
}

/**
 * Creates a fresh, empty PostgreSQL database next to the one `serverUrl` names, so a test run or a
 * benchmark on FerretDB's PostgreSQL backend starts from nothing and leaves nothing behind.
 * (FerretDB maps each MongoDB database to a schema, so unique MongoDB database names would
 * isolate too; a separate PostgreSQL database also makes the clean-up a single statement.)
 */
export async function createPostgresDatabase(serverUrl: string, name?: string): Promise<PostgresDatabase> {
  const dbName = name ?? `parley_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(dbName)) {
    throw new Error(`Invalid PostgreSQL database name ${JSON.stringify(dbName)}`);
  }
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${dbName}"`));

  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  let dropping: Promise<void> | undefined;
  return {
    name: dbName,
    url: url.toString(),
    drop: () =>
      (dropping ??= withClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`),
      ).then(() => undefined)),
  };
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Cannot connect to PostgreSQL at ${redactPostgresUrl(url)}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

export function redactPostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
