/**
 * `pnpm --filter @parley/server start`: resolves the database (docs/database.md), connects, creates
 * indexes (failing loudly), seeds demo data unless PARLEY_SEED=false, and serves GraphQL.
 */
import { resolveDatabase } from '@parley/embedded-db';
import { loadConfig } from './config';
import { connectDatabase } from './db/connect';
import { startServer } from './app';
import { createLogger } from './logger';
import { handleShutdownSignals } from './shutdown';
import { demoUserLines, prepareDatabase } from './startup';
import { ADMIN_USERNAME } from './features/access/access.seed';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const database = await resolveDatabase({ log: (msg) => logger.info(msg) });
const db = await connectDatabase(database.uri, config.PARLEY_DB_NAME);
const { generatedAdminPassword, createdDemoUsers } = await prepareDatabase(db, config, logger);
if (generatedAdminPassword) {
  // Printed once, at the start that created the administrator; it is not stored anywhere in clear.
  console.log(`\nFirst start: sign in as "${ADMIN_USERNAME}" with password ${generatedAdminPassword}\n`);
}
// Likewise the demo users' generated passwords, at the start that created them.
if (createdDemoUsers.length > 0) console.log(`${demoUserLines(createdDemoUsers).join('\n')}\n`);
const server = await startServer({ config, db, logger });
logger.info(`GraphQL ready at ${server.url}`);

// Bounded: drains for a few seconds, closes subscriptions, stops the workers and the database; a second
// signal exits at once.
handleShutdownSignals({
  logger,
  steps: () => [
    { name: 'server', run: () => server.stop() },
    { name: 'database connection', run: () => db.close() },
    { name: 'database', run: () => database.stop() },
  ],
});
