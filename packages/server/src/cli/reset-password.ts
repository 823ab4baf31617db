/**
 * `pnpm reset-password <username> [--password <new password>]`: sets a new password (generated and
 * printed once unless given), ends the user's sessions, reactivates the user and records the reset in the
 * configuration audit log. Uses the same database resolution as the server (MONGODB_URI, mongod, or the
 * embedded database — stop `pnpm start` first when using the embedded one: it allows one process per
 * data directory).
 */
import { resolveDatabase } from '@parley/embedded-db';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { AppError } from '../errors/app-error';
import { resetPassword } from '../features/people-admin/password-reset';

const args = process.argv.slice(2);
const username = args.find((a) => !a.startsWith('--'));
const flag = args.indexOf('--password');
const password = flag >= 0 ? args[flag + 1] : undefined;
if (!username || (flag >= 0 && !password)) {
  console.error('usage: pnpm reset-password <username> [--password <new password>]');
  process.exit(2);
}
const config = loadConfig();
const database = await resolveDatabase({ log: (msg) => console.error(msg) });
const db = await connectDatabase(database.uri, config.PARLEY_DB_NAME);
let code = 0;
try {
  const result = await resetPassword(db.models, username, password);
  console.log(
    result.generated
      ? `Password of "${username}" reset. New password (shown once): ${result.password}`
      : `Password of "${username}" reset.`,
  );
  console.log('Every session of the user has ended; the reset is in the configuration audit log.');
} catch (err) {
  console.error(err instanceof AppError ? err.messages.en : err);
  code = 1;
} finally {
  await db.close();
  await database.stop();
}
process.exit(code);
