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

/** The index name the hint probe asks for: no index is ever called this (names starting with `$` are ours). */
export const NO_SUCH_INDEX = '$parley_hint_probe_no_such_index';

/**
 * Whether the server honours `hint`, so that a query naming its index fails loudly when that index is
 * missing instead of scanning. Asks for one document of `collection` (which must exist: MongoDB does not
 * check a hint on a collection it does not have) with a hint naming no index: MongoDB refuses it
 * (BadValue, "hint provided does not correspond to an existing index"); FerretDB v1.24 accepts `hint` and
 * ignores it (its find, count, update, delete, findAndModify and aggregate handlers list it as
 * ignored), so there it answers with the document and hints are left off. Any other error is thrown.
 */
export async function honoursHint(db: CommandRunner, collection: string): Promise<boolean> {
  try {
    await db.command({ find: collection, filter: {}, limit: 1, singleBatch: true, hint: NO_SUCH_INDEX });
    return false;
  } catch (err) {
    const e = err as { code?: unknown; message?: unknown };
    if (e.code === 2 && typeof e.message === 'string' && /hint/i.test(e.message)) return true;
    throw err;
  }
}
