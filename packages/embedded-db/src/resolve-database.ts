import { rm } from 'node:fs/promises';
import path from 'node:path';
import {
  backendFromEnv,
  buildLauncher,
  DEFAULT_POSTGRESQL_URL,
  type FerretDBBackend,
  findGo,
  GoNotFoundError,
  startFerretDB,
} from './launcher';
import { type DataDirLock, lockDataDir } from './data-dir-lock';
import { defaultLogger, type Logger } from './logger';
import { startMemoryServer } from './memory-server';
import { startMongod } from './mongod';
import { redactUri } from './mongodb-uri';
import { createPostgresDatabase, type PostgresDatabase, redactPostgresUrl } from './postgresql';
import { defaultDataDir } from './paths';
import { describeExit, type ExitStatus, findExecutable, isCleanExit } from './process-utils';

export type DatabaseKind = 'env' | 'mongod' | 'ferretdb-sqlite' | 'ferretdb-postgresql' | 'memory-server';

/**
 * Which steps of the resolution may be taken. `auto` is the documented order; the others skip
 * straight to one step (tests of the launcher use `ferretdb`).
 */
export type DatabaseChoice = 'auto' | 'ferretdb' | 'mongod' | 'memory-server';

export interface ResolveDatabaseOptions {
  /**
   * Where a database we start keeps its files: mongod's dbpath is `<dataDir>/mongod`, FerretDB's
   * SQLite files `<dataDir>/sqlite`, mongodb-memory-server's `<dataDir>/memory-server`.
   * Default `<repo>/.data/db`.
   */
  dataDir?: string;
  /** FerretDB backend; default env PARLEY_DB_BACKEND, else sqlite. */
  backend?: FerretDBBackend;
  /** PostgreSQL server for the postgresql backend; default env PARLEY_POSTGRESQL_URL, else local. */
  postgresqlUrl?: string;
  /**
   * Throwaway data (tests, benchmarks): stop() also removes dataDir, and the PostgreSQL backend runs
   * on a freshly created PostgreSQL database that stop() drops.
   */
  ephemeral?: boolean;
  /** Default `auto`. */
  use?: DatabaseChoice;
  /** Where to read MONGODB_URI, PARLEY_DB_BACKEND and PATH; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Default: console.error with an `[embedded-db]` prefix. */
  log?: Logger;
}

export interface ResolvedDatabase {
  /** A MongoDB connection string without a database name in its path (unless MONGODB_URI had one). */
  uri: string;
  kind: DatabaseKind;
  /** One human-readable line: what runs where. */
  description: string;
  /**
   * Settles if the database process ends by itself (never for `env` and `memory-server`, which we
   * do not watch), so a foreground runner can exit with it.
   */
  exited: Promise<ExitStatus>;
  /** Stops what we started (nothing for `env`); rejects if it did not exit cleanly. Idempotent. */
  stop(): Promise<void>;
}

const never = new Promise<ExitStatus>(() => undefined);

/**
 * THE one way every entry point (pnpm start, pnpm db, test setup, benchmarks) finds its database:
 *   1. MONGODB_URI set: use it (production, Docker, a developer's own MongoDB);
 *   2. `mongod` on PATH: start it on a free port, data under `<dataDir>/mongod`;
 *   3. Go available: build (cached) and start our FerretDB launcher, SQLite by default or PostgreSQL
 *      when asked (option `backend` or PARLEY_DB_BACKEND=postgresql);
 *   4. otherwise mongodb-memory-server (which needs to download MongoDB once).
 * It logs which one it used.
 */
export async function resolveDatabase(options: ResolveDatabaseOptions = {}): Promise<ResolvedDatabase> {
  const log = options.log ?? defaultLogger;
  const env = options.env ?? process.env;
  const use = options.use ?? 'auto';
  const dataDir = path.resolve(options.dataDir ?? defaultDataDir);
  let lock: DataDirLock | undefined;
  const releaseDataDir = async (): Promise<void> => {
    await lock?.release();
    if (options.ephemeral) await rm(dataDir, { recursive: true, force: true });
  };

  const envUri = env.MONGODB_URI;
  if (use === 'auto' && envUri) {
    const description = `MONGODB_URI from the environment (${redactUri(envUri)})`;
    log(`Database: ${description}`);
    return { uri: envUri, kind: 'env', description, exited: never, stop: async () => undefined };
  }

  const mongod = use === 'auto' || use === 'mongod' ? await findExecutable('mongod', [], env) : undefined;
  if (mongod) {
    const dbPath = path.join(dataDir, 'mongod');
    lock = await lockDataDir(dataDir);
    const handle = await startMongod({ mongod, dataDir: dbPath, log }).catch(failWith(releaseDataDir));
    await lock.describe(handle.uri, 'mongod');
    const description = `mongod ${mongod} at ${handle.uri} (data in ${dbPath})`;
    log(`Database: ${description}`);
    return {
      uri: handle.uri,
      kind: 'mongod',
      description,
      exited: handle.exited,
      stop: once(async () => {
        const status = await handle.stop();
        await releaseDataDir();
        assertClean('mongod', status);
      }),
    };
  }
  if (use === 'mongod') throw new Error('use: "mongod" was asked for, but there is no mongod on PATH');

  const go = use === 'auto' || use === 'ferretdb' ? await findGo(env) : undefined;
  if (go) {
    const backend = options.backend ?? backendFromEnv(env);
    const launcher = await buildLauncher({ go, log });
    lock = await lockDataDir(dataDir);
    let postgres: PostgresDatabase | undefined;
    let postgresqlUrl = options.postgresqlUrl ?? env.PARLEY_POSTGRESQL_URL ?? DEFAULT_POSTGRESQL_URL;
    if (backend === 'postgresql' && options.ephemeral) {
      postgres = await createPostgresDatabase(postgresqlUrl).catch(failWith(releaseDataDir));
      postgresqlUrl = postgres.url;
    }
    const sqliteDir = path.join(dataDir, 'sqlite');
    const handle = await startFerretDB({
      backend,
      dataDir: sqliteDir,
      postgresqlUrl,
      binary: launcher.path,
      log,
    }).catch(
      failWith(async () => {
        await postgres?.drop();
        await releaseDataDir();
      }),
    );
    await lock.describe(handle.uri, handle.kind);
    const where =
      backend === 'sqlite' ? `SQLite in ${sqliteDir}` : `PostgreSQL ${redactPostgresUrl(postgresqlUrl)}`;
    const description = `FerretDB v1 (embedded launcher) on ${where} at ${handle.uri}`;
    log(`Database: ${description}`);
    return {
      uri: handle.uri,
      kind: handle.kind,
      description,
      exited: handle.exited,
      stop: once(async () => {
        const status = await handle.stop();
        await postgres?.drop();
        await releaseDataDir();
        assertClean('FerretDB launcher', status);
      }),
    };
  }
  if (use === 'ferretdb') throw new GoNotFoundError();

  log('No MONGODB_URI, no mongod on PATH and no Go: falling back to mongodb-memory-server');
  const memoryDir = path.join(dataDir, 'memory-server');
  lock = await lockDataDir(dataDir);
  const server = await startMemoryServer(memoryDir).catch(failWith(releaseDataDir));
  await lock.describe(server.uri, 'memory-server');
  const description = `mongodb-memory-server at ${server.uri} (data in ${memoryDir})`;
  log(`Database: ${description}`);
  return {
    uri: server.uri,
    kind: 'memory-server',
    description,
    exited: never,
    stop: once(async () => {
      await server.stop();
      await releaseDataDir();
    }),
  };
}

function assertClean(what: string, status: ExitStatus): void {
  if (!isCleanExit(status)) throw new Error(`${what} did not stop cleanly: ${describeExit(status)}`);
}

/** For `.catch()`: clean up what was set up so far, then rethrow the original error. */
function failWith(cleanUp: () => Promise<void>): (error: unknown) => Promise<never> {
  return async (error) => {
    await cleanUp().catch(() => undefined);
    throw error;
  };
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}
