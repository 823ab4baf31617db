// Helpers shared by this package's integration tests: FerretDB launchers of our own on either
// backend, independent of the database the global setup resolved for the run.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createPostgresDatabase,
  DEFAULT_POSTGRESQL_URL,
  type ExitStatus,
  type FerretDBBackend,
  startFerretDB,
} from '../src/index';

export interface TestFerretDB {
  uri: string;
  backend: FerretDBBackend;
  stop(): Promise<ExitStatus>;
}

/**
 * A launcher on a temporary SQLite directory, or on a PostgreSQL database created for it; stop()
 * removes either.
 */
export async function startTestFerretDB(backend: FerretDBBackend): Promise<TestFerretDB> {
  if (backend === 'sqlite') {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'parley-ferretdb-'));
    const db = await startFerretDB({ backend, dataDir: dir });
    return {
      uri: db.uri,
      backend,
      stop: async () => {
        const status = await db.stop();
        await rm(dir, { recursive: true, force: true });
        return status;
      },
    };
  }
  const pg = await createPostgresDatabase(process.env.PARLEY_POSTGRESQL_URL ?? DEFAULT_POSTGRESQL_URL);
  try {
    const db = await startFerretDB({ backend, postgresqlUrl: pg.url });
    return {
      uri: db.uri,
      backend,
      stop: async () => {
        const status = await db.stop();
        await pg.drop();
        return status;
      },
    };
  } catch (error) {
    await pg.drop();
    throw error;
  }
}

/** Error code of a MongoDB driver error (or undefined). */
export function errorCode(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'number')
    return error.code;
  return undefined;
}

export const DUPLICATE_KEY = 11000;
