// Global setup of the `integration` and `e2e` Vitest projects: one database server per test run,
// found by the same resolveDatabase() as `pnpm start` (MONGODB_URI > mongod > embedded FerretDB >
// mongodb-memory-server). Its data lives in a throwaway directory (and, on FerretDB's PostgreSQL
// backend, a throwaway PostgreSQL database) that teardown removes. Test files each take their own
// MongoDB database on it through test-support/test-database.ts.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot, resolveDatabase } from '../packages/embedded-db/src/index';
import './provided-context';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Unique per setup: the integration and e2e projects may each run this in one Vitest process.
  const dataDir = path.join(repoRoot, '.data', `test-${process.pid}-${randomBytes(3).toString('hex')}`);
  const db = await resolveDatabase({ dataDir, ephemeral: true });
  project.provide('mongodbUri', db.uri);
  project.provide('databaseKind', db.kind);
  return async () => {
    await db.stop();
  };
}
