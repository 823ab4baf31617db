/**
 * Starts a real server on a free port against the real test database (an isolated database per test
 * file), and posts GraphQL over HTTP the way any client would.
 */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '../src/db/connect';
import { startServer, type RunningServer } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';

export interface Harness {
  db: Database;
  server: RunningServer;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    fieldPath?: (string | number)[];
    messages?: { zh: string; en: string };
    [k: string]: unknown;
  };
}

export interface GqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const uri = inject('mongodbUri');
  const dbName = `parley_test_${randomBytes(6).toString('hex')}`;
  const db = await connectDatabase(uri, dbName);
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env });
  const server = await startServer({ config, db, logger: createLogger('silent') });
  return {
    db,
    server,
    async gql(query, variables, headers = {}) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: GqlError[] };
      return { status: res.status, ...body };
    },
    async close() {
      await server.stop();
      await db.conn.dropDatabase();
      await db.close();
    },
  };
}
