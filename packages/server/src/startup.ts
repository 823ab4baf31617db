/**
 * What every start does to the database before serving, in order, from any number of processes at
 * once: the access basics (roles, departments, the administrator), the repair of derived category
 * fields a crashed write may have left, and — unless PARLEY_SEED=false — the demo data.
 */
import type { Logger } from 'pino';
import type { ServerConfig } from './config';
import type { Database } from './db/connect';
import { ensureAccessBasics } from './features/access/access.seed';
import { repairCategoryTree } from './features/complaint-categories/complaint-category.repair';
import { seedDemoData } from './seed/demo-data';

export interface PreparedDatabase {
  /** Set only at the start that created the administrator without PARLEY_ADMIN_PASSWORD: print it once. */
  generatedAdminPassword: string | null;
}

export async function prepareDatabase(
  db: Database,
  config: ServerConfig,
  logger: Logger,
  opts: { seed: boolean } = { seed: process.env['PARLEY_SEED'] !== 'false' },
): Promise<PreparedDatabase> {
  const { generatedAdminPassword } = await ensureAccessBasics(db.models, config.PARLEY_ADMIN_PASSWORD);
  const repair = await repairCategoryTree(db.models);
  logger.info({ repair }, 'complaint-category tree checked');
  if (opts.seed) {
    const { created } = await seedDemoData(db.models);
    logger.info({ created }, 'demo data ready');
  }
  return { generatedAdminPassword };
}
