/**
 * What the demo needs in the database, made by the start-up seeding itself (idempotent, safe with a
 * server running): the complaint categories, the demo users and the seed flows, published.
 */
import type { Logger } from './logger';
import type { Models } from '../../packages/server/src/db/models';
import { seedDemoData } from '../../packages/server/src/seed/demo-data';
import { DEMO_USERS, ensureDemoUsers, type CreatedDemoUser } from '../../packages/server/src/seed/demo-users';
import { publishSeedTemplates } from '../../packages/server/src/seed/seed-flows';
import { FLOW_MIX } from './scenarios';

export async function ensureDemoSeeds(models: Models, logger: Logger): Promise<CreatedDemoUser[]> {
  await seedDemoData(models);
  const created = await ensureDemoUsers(models, process.env['PARLEY_DEMO_PASSWORD']);
  const published = await publishSeedTemplates(models);
  if (created.length > 0 || published.length > 0)
    logger.info({ demoUsers: created.map((u) => u.username), published }, 'demo seeds made');
  for (const user of DEMO_USERS) {
    const found = await models.User.findOne({ username: user.username }, { active: 1 }).lean().exec();
    if (!found?.active) throw new Error(`the demo user "${user.username}" is missing or inactive`);
  }
  for (const { flow } of FLOW_MIX)
    if (!(await models.FlowVersion.exists({ key: flow }).exec()))
      throw new Error(`the seed flow "${flow}" has no published version (archived or replaced?)`);
  return created;
}
