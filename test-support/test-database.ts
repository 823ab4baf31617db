// Per-test-file databases on the run's server (see database.global-setup.ts). Every test file gets
// a database of its own, so files can run in parallel and never see each other's documents.
import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { dropDatabase, withDatabaseName } from '../packages/embedded-db/src/index';
import type { DatabaseKind } from './provided-context';

/** A fresh database name such as `parley_test_1a2b3c4d5e6f` (valid on MongoDB and FerretDB). */
export function uniqueDatabaseName(prefix = 'parley_test'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

// Each test file runs in its own module instance, so this is one name per test file.
let fileDatabaseName: string | undefined;

/**
 * The run's server with a database name in the path: the test file's own database when `name` is
 * omitted (the same one on every call within the file), else `name`.
 */
export function testDatabaseUri(name?: string): string {
  const database = name ?? (fileDatabaseName ??= uniqueDatabaseName());
  return withDatabaseName(inject('mongodbUri'), database);
}

/** Drops the database `uri` names; default: this test file's database. */
export async function dropTestDatabase(uri: string = testDatabaseUri()): Promise<void> {
  await dropDatabase(uri);
}

/**
 * This test file's database URI, dropped again after the file's tests (call at module or describe
 * level, not inside a test).
 */
export function useTestDatabase(): string {
  const uri = testDatabaseUri();
  afterAll(() => dropDatabase(uri));
  return uri;
}

/** Which kind of database the run uses (to skip what only MongoDB can do, with a reason). */
export function testDatabaseKind(): DatabaseKind {
  return inject('databaseKind');
}
