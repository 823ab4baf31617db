/**
 * The whole system for one end-to-end test file: the GraphQL server in-process on a free port, on a
 * database of its own (dropped at the end) on the run's database server (database.global-setup.ts),
 * with the built-in roles and an administrator; and the admin SPA as `pnpm start` serves it (built once
 * per source state, scripts/admin-app.ts) with /graphql proxied to that server.
 *
 * A production build served statically is deterministic; the dev server's on-demand dependency
 * optimiser can reload the page in the middle of a test.
 */
import type { AddressInfo } from 'node:net';
import type { PreviewServer } from 'vite';
import { inject } from 'vitest';
import { buildAdmin, serveAdmin } from '../scripts/admin-app';
import {
  ADMIN_USERNAME,
  connectDatabase,
  createLogger,
  ensureAccessBasics,
  ensureDemoUsers,
  publishSeedTemplates,
  loadConfig,
  startServer,
  type Database,
  type RunningServer,
} from '../packages/server/src/index';
import { uniqueDatabaseName } from './test-database';
import './provided-context';

/** The administrator every e2e database starts with. */
export const E2E_ADMIN = { username: ADMIN_USERNAME, password: 'parley-e2e-password-1' } as const;

const DEMO_PASSWORD = 'parley-e2e-demo-1';

/**
 * The demo users of `startE2EStack({ demo: true })` (packages/server/src/seed/demo-users.ts): a
 * supervisor of the three departments and an agent per department, all with the same password.
 */
export const E2E_DEMO = {
  supervisor: { username: 'supervisor', password: DEMO_PASSWORD },
  agentCs: { username: 'agent-cs', password: DEMO_PASSWORD },
  agentProduct: { username: 'agent-product', password: DEMO_PASSWORD },
  agentPolicy: { username: 'agent-policy', password: DEMO_PASSWORD },
} as const;

export interface E2EStackOptions {
  /** Also the demo users (E2E_DEMO) and all ten seed flow templates, published (as after `pnpm start`). */
  demo?: boolean;
  /** Lets webhooks go to private and loopback receivers (PARLEY_WEBHOOK_ALLOW_PRIVATE), e.g. one a test starts. */
  allowPrivateWebhooks?: boolean;
  /** More server settings (`loadConfig` names), e.g. `PARLEY_WEBHOOK_MAX_ATTEMPTS` for a short retry budget. */
  env?: Record<string, string>;
}

export interface E2EStack {
  /** Origin of the admin SPA, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  adminUrl: string;
  /** The GraphQL endpoint the SPA's /graphql proxies to. */
  graphqlUrl: string;
  db: Database;
  close(): Promise<void>;
}

export async function startE2EStack(options: E2EStackOptions = {}): Promise<E2EStack> {
  const outDir = await buildAdmin();
  const db = await connectDatabase(inject('mongodbUri'), uniqueDatabaseName('parley_e2e'));
  let server: RunningServer | undefined;
  let admin: PreviewServer | undefined;
  try {
    await ensureAccessBasics(db.models, E2E_ADMIN.password);
    if (options.demo) {
      await ensureDemoUsers(db.models, DEMO_PASSWORD);
      await publishSeedTemplates(db.models);
    }
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      ...(options.allowPrivateWebhooks ? { PARLEY_WEBHOOK_ALLOW_PRIVATE: 'true' } : {}),
      ...options.env,
    });
    server = await startServer({ config, db, logger: createLogger('silent') });
    admin = await serveAdmin(outDir, new URL(server.url).origin);
    const { port } = admin.httpServer.address() as AddressInfo;
    const started = { server, admin };
    return {
      adminUrl: `http://127.0.0.1:${port}`,
      graphqlUrl: server.url,
      db,
      async close() {
        await started.admin.close();
        await started.server.stop();
        await db.conn.dropDatabase();
        await db.close();
      },
    };
  } catch (err) {
    await admin?.close();
    await server?.stop();
    await db.conn.dropDatabase().catch(() => undefined);
    await db.close();
    throw err;
  }
}
