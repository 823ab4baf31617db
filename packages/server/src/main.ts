/**
 * `pnpm --filter @parley/server start`: resolves the database (docs/database.md), connects, creates
 * indexes (failing loudly), seeds demo data unless PARLEY_SEED=false, and serves GraphQL.
 */
import { resolveDatabase } from '@parley/embedded-db';
import { loadConfig } from './config';
import { connectDatabase } from './db/connect';
import { startServer } from './app';
import { createLogger } from './logger';
import { prepareDatabase } from './startup';
import { ADMIN_USERNAME } from './features/access/access.seed';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const database = await resolveDatabase({ log: (msg) => logger.info(msg) });
const db = await connectDatabase(database.uri, config.PARLEY_DB_NAME);
const { generatedAdminPassword } = await prepareDatabase(db, config, logger);
if (generatedAdminPassword) {
  // Printed once, at the start that created the administrator; it is not stored anywhere in clear.
  console.log(`\nFirst start: sign in as "${ADMIN_USERNAME}" with password ${generatedAdminPassword}\n`);
}
const server = await startServer({ config, db, logger });
logger.info(`GraphQL ready at ${server.url}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  await server.stop();
  await db.close();
  await database.stop();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
