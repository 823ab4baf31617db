/**
 * `pnpm start`: the whole system on one machine — the database (resolved as in docs/database.md, data
 * kept under .data/), the GraphQL server with demo data, and the admin SPA — then prints the URLs.
 * Ctrl-C stops everything cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolveDatabase } from '../packages/embedded-db/src/index';
import {
  ADMIN_USERNAME,
  connectDatabase,
  createLogger,
  loadConfig,
  prepareDatabase,
  startServer,
} from '../packages/server/src/index';

const root = fileURLToPath(new URL('..', import.meta.url));
const adminPort = Number(process.env['ADMIN_PORT'] ?? 5173);
const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);

const database = await resolveDatabase({ log: (msg: string) => logger.info(msg) });
const db = await connectDatabase(database.uri, config.PARLEY_DB_NAME);
const { generatedAdminPassword } = await prepareDatabase(db, config, logger);
const server = await startServer({ config, db, logger });

const admin: ChildProcess = spawn(
  'pnpm',
  [
    '--filter',
    '@parley/admin',
    'exec',
    'vite',
    '--port',
    String(adminPort),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  {
    cwd: root,
    env: { ...process.env, PARLEY_API_URL: server.url.replace(/\/graphql$/, '') },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
let announced = false;
admin.stdout?.on('data', (chunk: Buffer) => {
  if (!announced && chunk.toString().includes('Local')) {
    announced = true;
    console.log(
      [
        '',
        'Parley is running:',
        `  Admin (supervisors, agents):  http://127.0.0.1:${adminPort}/`,
        `  GraphQL API:                  ${server.url}`,
        `  Database:                     ${database.description}`,
        generatedAdminPassword
          ? `  Sign in as "${ADMIN_USERNAME}" with password ${generatedAdminPassword} (shown this once; change it after signing in)`
          : `  Sign in as "${ADMIN_USERNAME}" (password from PARLEY_ADMIN_PASSWORD or printed at the first start)`,
        '',
        'Press Ctrl-C to stop.',
      ].join('\n'),
    );
  }
});
admin.on('exit', (code) => {
  if (!stopping) {
    logger.error({ code }, 'the admin dev server stopped');
    void shutdown('admin exit', 1);
  }
});

let stopping = false;
async function shutdown(reason: string, exitCode = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ reason }, 'stopping Parley');
  admin.kill('SIGTERM');
  await server.stop();
  await db.close();
  await database.stop();
  process.exit(exitCode);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
