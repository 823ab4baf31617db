// What test-support/database.global-setup.ts hands to the test files through Vitest's
// provide/inject (the only channel from a global setup to the test workers).
import type { DatabaseKind } from '../packages/embedded-db/src/index';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of the run's database server, without a database name. */
    mongodbUri: string;
    /** Which step of resolveDatabase() produced it (e.g. `ferretdb-sqlite`). */
    databaseKind: DatabaseKind;
  }
}

export type { DatabaseKind };
