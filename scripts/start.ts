/**
 * `pnpm start`: the whole system on one machine — the database (resolved as in docs/database.md, data
 * kept under .data/), the GraphQL server with demo data, and the admin SPA built for production (once
 * per source state, scripts/admin-app.ts) and served with /graphql proxied — then prints the URLs.
 *
 * `pnpm dev` (`--dev`): the admin on Vite's dev server instead (hot reload), which may read only the
 * admin's and the engine's sources and the dependencies (packages/admin/vite.config.ts).
 *
 * Ctrl-C or SIGTERM stops everything within a few seconds; a second Ctrl-C exits at once.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createServer } from 'vite';
import { resolveDatabase } from '../packages/embedded-db/src/index';
import {
  ADMIN_USERNAME,
  connectDatabase,
  createLogger,
  demoUserLines,
  handleShutdownSignals,
  loadConfig,
  prepareDatabase,
  startServer,
  type ShutdownStep,
} from '../packages/server/src/index';
import { adminConfigFile, buildAdmin, serveAdmin } from './admin-app';

const dev = process.argv.includes('--dev');
const adminHost = '127.0.0.1';
const adminPort = Number(process.env['ADMIN_PORT'] ?? 5173);
const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);

// What has started so far, stopped in reverse order by the first SIGINT / SIGTERM.
const started: ShutdownStep[] = [];
const signals = handleShutdownSignals({
  logger,
  message: 'stopping Parley',
  steps: () => [...started].reverse(),
});

const database = await resolveDatabase({ log: (msg: string) => logger.info(msg) });
started.push({ name: 'database', run: () => database.stop() });
const db = await connectDatabase(database.uri, config.PARLEY_DB_NAME);
started.push({ name: 'database connection', run: () => db.close() });
const { generatedAdminPassword, createdDemoUsers } = await prepareDatabase(db, config, logger);
const server = await startServer({ config, db, logger });
started.push({ name: 'server', run: () => server.stop() });
const apiOrigin = new URL(server.url).origin;

let adminServer: Server;
if (dev) {
  const vite = await createServer({
    configFile: adminConfigFile,
    server: {
      host: adminHost,
      port: adminPort,
      strictPort: true,
      proxy: { '/graphql': { target: apiOrigin, changeOrigin: true, ws: true } },
    },
  });
  started.push({ name: 'admin dev server', run: () => vite.close() });
  await vite.listen();
  adminServer = vite.httpServer as Server;
} else {
  logger.info('building the admin (once per source state, cached in .cache/admin)');
  const preview = await serveAdmin(await buildAdmin(), apiOrigin, { host: adminHost, port: adminPort });
  started.push({ name: 'admin', run: () => preview.close() });
  adminServer = preview.httpServer as Server;
}

// Vite's servers register a SIGTERM handler that exits the process: the shutdown above decides.
signals.reclaimSignals();

const { port } = adminServer.address() as AddressInfo;
console.log(
  [
    '',
    `Parley is running${dev ? ' (development: the admin on Vite’s dev server)' : ''}:`,
    `  Admin (supervisors, agents):  http://${adminHost}:${port}/`,
    `  GraphQL API:                  ${server.url}`,
    `  Database:                     ${database.description}`,
    generatedAdminPassword
      ? `  Sign in as "${ADMIN_USERNAME}" with password ${generatedAdminPassword} (shown this once; change it after signing in)`
      : `  Sign in as "${ADMIN_USERNAME}" (password from PARLEY_ADMIN_PASSWORD or printed at the first start)`,
    ...demoUserLines(createdDemoUsers),
    '',
    'Press Ctrl-C to stop.',
  ].join('\n'),
);
