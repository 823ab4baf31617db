/**
 * Starts a real server on a free port against the real test database (an isolated database per test
 * file), and posts GraphQL over HTTP the way any client would. The seeded administrator is signed in
 * and used by default; `as` picks another credential (or none).
 */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '../src/db/connect';
import { startServer, type RunningServer } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { ensureAccessBasics } from '../src/features/access/access.seed';

export const ADMIN_PASSWORD = 'harness-secret-pw-1';

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

/** `Bearer <token>`, `ApiKey <key>`, or null for an anonymous call. */
export type Credential = string | null;

export interface GqlOptions {
  as?: Credential;
  headers?: Record<string, string>;
}

export interface Harness {
  db: Database;
  server: RunningServer;
  /** Authorization header value of the signed-in administrator. */
  admin: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<GqlResponse<T>>;
  /** Signs in and returns the `Bearer …` header value. */
  login(username: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Turns on the driver's command monitoring (`db.conn.getClient().on('commandStarted', …)`). */
  monitorCommands?: boolean;
}

export async function startHarness(
  env: Record<string, string> = {},
  options: HarnessOptions = {},
): Promise<Harness> {
  const uri = withMonitoring(inject('mongodbUri'), options.monitorCommands === true);
  const dbName = `parley_test_${randomBytes(6).toString('hex')}`;
  const db = await connectDatabase(uri, dbName);
  await ensureAccessBasics(db.models, ADMIN_PASSWORD);
  // Background workers only when a test asks (PARLEY_WORKERS: 'on'): others must not see them.
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    PARLEY_WORKERS: 'off',
    // Test receivers listen on 127.0.0.1; the egress rule itself has its own tests.
    PARLEY_WEBHOOK_ALLOW_PRIVATE: 'true',
    ...env,
  });
  const server = await startServer({ config, db, logger: createLogger('silent') });

  async function gql<T>(
    query: string,
    variables?: Record<string, unknown>,
    options: GqlOptions = {},
  ): Promise<GqlResponse<T>> {
    const credential = options.as === undefined ? admin : options.as;
    const res = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(credential ? { authorization: credential } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
    return { status: res.status, ...body };
  }

  async function login(username: string, password: string): Promise<string> {
    const res = await gql<{ login: { accessToken: string } }>(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
      { u: username, p: password },
      { as: null },
    );
    if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    return `Bearer ${res.data.login.accessToken}`;
  }

  let admin = '';
  admin = await login('admin', ADMIN_PASSWORD);

  return {
    db,
    server,
    admin,
    gql,
    login,
    async close() {
      await server.stop();
      await db.conn.dropDatabase();
      await db.close();
    },
  };
}

/** The driver reads `monitorCommands` when it opens a connection, so it goes into the URI. */
function withMonitoring(uri: string, monitor: boolean): string {
  if (!monitor) return uri;
  const url = new URL(uri);
  url.searchParams.set('monitorCommands', 'true');
  return url.toString();
}
