/**
 * Data for a fresh install, run at every start after `ensureAccessBasics` (whose departments the
 * categories route to). Idempotent and safe when several processes start at once.
 */
import type { Models } from '../db/models';
import { seedComplaintCategories } from './complaint-categories.seed';

export async function seedDemoData(models: Models): Promise<{ created: number }> {
  const created = await seedComplaintCategories(models);
  return { created };
}
