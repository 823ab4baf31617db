export { getServerCapabilities, honoursHint, isFerretDB, NO_SUCH_INDEX } from './capabilities';
export { DataDirInUseError } from './data-dir-lock';
export { dropDatabase } from './drop-database';
export type { CommandRunner, ServerCapabilities } from './capabilities';
export {
  backendFromEnv,
  buildLauncher,
  DEFAULT_POSTGRESQL_URL,
  findGo,
  GoNotFoundError,
  startFerretDB,
} from './launcher';
export type {
  BuildLauncherOptions,
  BuiltLauncher,
  FerretDBBackend,
  FerretDBHandle,
  StartFerretDBOptions,
} from './launcher';
export { defaultLogger } from './logger';
export type { Logger } from './logger';
export { databaseNameOf, redactUri, withDatabaseName } from './mongodb-uri';
export { defaultDataDir, repoRoot } from './paths';
export { createPostgresDatabase } from './postgresql';
export type { PostgresDatabase } from './postgresql';
export type { ExitStatus } from './process-utils';
export { resolveDatabase } from './resolve-database';
export type {
  DatabaseChoice,
  DatabaseKind,
  ResolveDatabaseOptions,
  ResolvedDatabase,
} from './resolve-database';
