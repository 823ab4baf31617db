/**
 * Seeds the default complaint-category tree (default-complaint-categories.ts) once per database.
 *
 * Safe when several processes start at once: each category is created through the normal service, so
 * the unique code index decides which process creates it and the others just look it up. A marker
 * document, written after the whole tree, stops later starts from re-creating categories a supervisor
 * has since deleted on purpose; a start that died half-way has no marker, and the next one finishes.
 * Existing categories are never changed (a supervisor may have renamed, moved or deactivated them).
 */
import type { Types } from 'mongoose';
import type { Models } from '../db/models';
import { AppError, isDuplicateKeyError } from '../errors/app-error';
import { SEED_VIEWER } from '../features/access/viewer';
import { ComplaintCategoryService } from '../features/complaint-categories/complaint-category.service';
import { DEFAULT_COMPLAINT_CATEGORIES, type SeedCategory } from './default-complaint-categories';

/** Bump the version when the default tree gains categories that existing installs should receive. */
export const CATEGORY_SEED_MARKER = 'complaint-categories@1';
const SEED_RUNS = 'seed_runs';

interface Existing {
  _id: Types.ObjectId;
  active: boolean;
}

/**
 * Creates the default categories a database does not have yet. Needs the departments of the access
 * seed (`ensureAccessBasics`): categories route to them and routes are checked. Returns the count created.
 */
export async function seedComplaintCategories(models: Models): Promise<number> {
  const runs = models.ComplaintCategory.db.collection<{ _id: string; at: Date }>(SEED_RUNS);
  if (await runs.findOne({ _id: CATEGORY_SEED_MARKER })) return 0;

  const service = new ComplaintCategoryService(models);
  let created = 0;
  const find = (code: string) =>
    models.ComplaintCategory.findOne({ code }, { _id: 1, active: 1 }).lean<Existing>().exec();

  const ensure = async (
    node: SeedCategory,
    order: number,
    parent: Existing | null,
    departmentCode: string,
  ): Promise<void> => {
    let existing = await find(node.code);
    if (!existing) {
      try {
        const c = await service.create(SEED_VIEWER, {
          code: node.code,
          name: node.name,
          parentId: parent?._id.toHexString() ?? null,
          order,
          severity: node.severity ?? null,
          routing: { departmentCode },
          regulatoryCodes: node.regulatoryCodes ?? null,
        });
        created++;
        existing = { _id: c._id, active: c.active };
      } catch (err) {
        // Another process created the same code first: the unique index decided, and that is fine.
        if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err;
        existing = await find(node.code);
        if (!existing) throw err;
      }
    }
    // Nothing new goes under a category a supervisor deactivated.
    if (!existing.active) return;
    for (const [i, child] of (node.children ?? []).entries())
      await ensure(child, i, existing, departmentCode);
  };

  for (const [i, root] of DEFAULT_COMPLAINT_CATEGORIES.entries()) {
    await ensure(root, i, null, root.departmentCode);
  }
  try {
    await runs.insertOne({ _id: CATEGORY_SEED_MARKER, at: new Date() });
  } catch (err) {
    // A concurrent start finished first.
    if (!isDuplicateKeyError(err)) throw err;
  }
  return created;
}
