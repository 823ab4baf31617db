// Global setup of the `integration` and `e2e` Vitest projects: one database server per test run,
// found by the same resolveDatabase() as `pnpm start` (MONGODB_URI > mongod > embedded FerretDB >
// mongodb-memory-server). Its data lives in a throwaway directory (and, on FerretDB's PostgreSQL
// backend, a throwaway PostgreSQL database) that teardown removes. Test files each take their own
// MongoDB database on it through test-support/test-database.ts.
import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot, resolveDatabase } from '../packages/embedded-db/src/index';
import './provided-context';

const dataRoot = path.join(repoRoot, '.data');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await removeLeftovers();
  // Unique per setup: the integration and e2e projects may each run this in one Vitest process.
  const dataDir = path.join(dataRoot, `test-${process.pid}-${randomBytes(3).toString('hex')}`);
  const db = await resolveDatabase({ dataDir, ephemeral: true });
  project.provide('mongodbUri', db.uri);
  project.provide('databaseKind', db.kind);
  return async () => {
    await db.stop();
  };
}

/** Data dirs of earlier runs that were killed before their teardown (their Vitest pid is gone). */
async function removeLeftovers(): Promise<void> {
  const entries = await readdir(dataRoot).catch(() => []);
  for (const entry of entries) {
    const pid = Number(/^test-(\d+)-[0-9a-f]+$/.exec(entry)?.[1]);
    if (pid && !isAlive(pid)) await rm(path.join(dataRoot, entry), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
