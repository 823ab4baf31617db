/**
 * The whole system for one end-to-end test file: the GraphQL server in-process on a free port, on a
 * database of its own (dropped at the end) on the run's database server (database.global-setup.ts),
 * with the built-in roles and an administrator; and the admin SPA, built once per source state and
 * served by Vite's preview server with /graphql proxied to that server.
 *
 * A production build served statically is deterministic; the dev server's on-demand dependency
 * optimiser can reload the page in the middle of a test.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { inject } from 'vitest';
import {
  ADMIN_USERNAME,
  connectDatabase,
  createLogger,
  ensureAccessBasics,
  loadConfig,
  startServer,
  type Database,
  type RunningServer,
} from '../packages/server/src/index';
import { uniqueDatabaseName } from './test-database';
import './provided-context';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const adminDir = path.join(repoRoot, 'packages', 'admin');
const adminConfigFile = path.join(adminDir, 'vite.config.ts');
const buildCacheDir = path.join(repoRoot, '.cache', 'e2e-admin');

/** The administrator every e2e database starts with. */
export const E2E_ADMIN = { username: ADMIN_USERNAME, password: 'parley-e2e-password-1' } as const;

export interface E2EStack {
  /** Origin of the admin SPA, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  adminUrl: string;
  /** The GraphQL endpoint the SPA's /graphql proxies to. */
  graphqlUrl: string;
  db: Database;
  close(): Promise<void>;
}

export async function startE2EStack(): Promise<E2EStack> {
  const outDir = await buildAdmin();
  const db = await connectDatabase(inject('mongodbUri'), uniqueDatabaseName('parley_e2e'));
  let server: RunningServer | undefined;
  let admin: PreviewServer | undefined;
  try {
    await ensureAccessBasics(db.models, E2E_ADMIN.password);
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test', LOG_LEVEL: 'silent' });
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

function serveAdmin(outDir: string, apiOrigin: string): Promise<PreviewServer> {
  return preview({
    configFile: adminConfigFile,
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: true,
      open: false,
      proxy: { '/graphql': { target: apiOrigin, changeOrigin: true } },
    },
  });
}

/**
 * Builds the admin into `.cache/e2e-admin/<hash of its sources>/` unless that build exists, and
 * returns the directory. Built in a temporary directory and renamed into place, so concurrent runs
 * never serve a half-written build.
 */
export async function buildAdmin(): Promise<string> {
  const hash = await adminSourceHash();
  const outDir = path.join(buildCacheDir, hash);
  if (existsSync(path.join(outDir, 'index.html'))) return outDir;

  const tmpDir = path.join(buildCacheDir, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  // Vitest runs workers with NODE_ENV=test, which would make Vite produce a development bundle.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      configFile: adminConfigFile,
      logLevel: 'warn',
      build: { outDir: tmpDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
  try {
    await rename(tmpDir, outDir);
  } catch (err) {
    // Another run finished the same build first: use theirs.
    await rm(tmpDir, { recursive: true, force: true });
    if (!existsSync(path.join(outDir, 'index.html'))) throw err;
  }
  await pruneOldBuilds(hash);
  return outDir;
}

/** Builds of other source states, older than an hour (a concurrent run may still be serving a newer one). */
async function pruneOldBuilds(keep: string): Promise<void> {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of await readdir(buildCacheDir)) {
    if (name === keep || name.startsWith('tmp-')) continue;
    const dir = path.join(buildCacheDir, name);
    if ((await stat(dir)).mtimeMs < hourAgo) await rm(dir, { recursive: true, force: true });
  }
}

/** Everything the admin build depends on: its sources, its config and the lockfile. */
async function adminSourceHash(): Promise<string> {
  const files = [
    ...(await listFiles(path.join(adminDir, 'src'))),
    path.join(adminDir, 'index.html'),
    path.join(adminDir, 'package.json'),
    adminConfigFile,
    path.join(repoRoot, 'pnpm-lock.yaml'),
  ];
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash
      .update(path.relative(repoRoot, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  await mkdir(buildCacheDir, { recursive: true });
  return hash.digest('hex').slice(0, 16);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
