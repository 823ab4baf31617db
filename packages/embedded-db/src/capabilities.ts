/**
 * Anything that can run a database command: a `Db` of the mongodb driver (any version), mongoose's
 * `connection.db`. Structural on purpose, so callers with their own driver copy need no cast.
 */
export interface CommandRunner {
  command(command: Record<string, unknown>): Promise<Record<string, unknown>>;
}

export interface ServerCapabilities {
  /** True on FerretDB, whose buildInfo carries the non-standard `ferretdbVersion` field. */
  isFerretDB: boolean;
  /** e.g. "v1.24.2"; null on MongoDB. */
  ferretdbVersion: string | null;
  /** The MongoDB version the server reports (FerretDB v1.24 reports a fake "7.0.x"). */
  mongodbVersion: string;
  /** Replica-set name, or null on a standalone server. */
  replicaSet: string | null;
  /**
   * Multi-document transactions: MongoDB in a replica set or behind mongos. Never on FerretDB v1
   * (it does not implement them), nor on a standalone mongod.
   */
  transactions: boolean;
  /** Change streams: same condition as transactions. */
  changeStreams: boolean;
}

/**
 * What the connected server can do, for the capability checks that guard MongoDB-only features
 * (transactions, change streams) with a fallback that FerretDB exercises in tests.
 */
export async function getServerCapabilities(db: CommandRunner): Promise<ServerCapabilities> {
  const [buildInfo, hello] = await Promise.all([db.command({ buildInfo: 1 }), db.command({ hello: 1 })]);
  const ferretdbVersion = typeof buildInfo.ferretdbVersion === 'string' ? buildInfo.ferretdbVersion : null;
  const isFerretDB = 'ferretdbVersion' in buildInfo;
  const replicaSet = typeof hello.setName === 'string' ? hello.setName : null;
  const mongos = hello.msg === 'isdbgrid';
  const distributed = !isFerretDB && (replicaSet !== null || mongos);
  return {
    isFerretDB,
    ferretdbVersion,
    mongodbVersion: typeof buildInfo.version === 'string' ? buildInfo.version : 'unknown',
    replicaSet,
    transactions: distributed,
    changeStreams: distributed,
  };
}

export async function isFerretDB(db: CommandRunner): Promise<boolean> {
  const buildInfo = await db.command({ buildInfo: 1 });
  return 'ferretdbVersion' in buildInfo;
}
