/**
 * What every start does to the database before serving, in order, from any number of processes at
 * once: the access basics (roles, departments, the administrator), the repair of derived category
 * fields a crashed write may have left, and — unless PARLEY_SEED=false — the demo data: the complaint
 * categories, the demo users (outside production, or with PARLEY_DEMO_USERS=1) and the seed flow
 * templates, published.
 */
import type { Logger } from 'pino';
import type { ServerConfig } from './config';
import type { Database } from './db/connect';
import { ensureAccessBasics } from './features/access/access.seed';
import { repairCategoryTree } from './features/complaint-categories/complaint-category.repair';
import { seedDemoData } from './seed/demo-data';
import { demoUsersWanted, ensureDemoUsers, type CreatedDemoUser } from './seed/demo-users';
import { publishSeedTemplates } from './seed/seed-flows';

export interface PreparedDatabase {
  /** Set only at the start that created the administrator without PARLEY_ADMIN_PASSWORD: print it once. */
  generatedAdminPassword: string | null;
  /** The demo users this start created; print the generated passwords once. */
  createdDemoUsers: CreatedDemoUser[];
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
  let createdDemoUsers: CreatedDemoUser[] = [];
  if (opts.seed) {
    const { created } = await seedDemoData(db.models);
    logger.info({ created }, 'demo data ready');
    // Users first: publishing warns about flow roles nobody holds.
    if (demoUsersWanted(config))
      createdDemoUsers = await ensureDemoUsers(db.models, config.PARLEY_DEMO_PASSWORD);
    const published = await publishSeedTemplates(db.models);
    logger.info({ published, demoUsers: createdDemoUsers.map((u) => u.username) }, 'seed flows ready');
  }
  return { generatedAdminPassword, createdDemoUsers };
}

/** The lines that tell the person starting Parley how the demo users sign in (empty when none were created). */
export function demoUserLines(created: readonly CreatedDemoUser[]): string[] {
  if (created.length === 0) return [];
  return [
    '  Demo users (shown this once):',
    ...created.map(
      (u) => `    ${u.username.padEnd(14)} ${u.generatedPassword ?? '(password from PARLEY_DEMO_PASSWORD)'}`,
    ),
  ];
}
