/**
 * Complaint-category use cases that touch one category at a time: reads, create, rename, update and
 * delete. (Moves, reorders and activation change a subtree: complaint-category-tree.service.ts.)
 *
 * Input is parsed before anything is read; every write happens under the category write lock
 * (category-write-lock.ts), so the checks a write relies on cannot be invalidated by another category
 * write in between. A duplicate code is still decided by the unique index, never by a read-then-insert
 * check alone. Cases are written by another feature without that lock, so a delete re-checks for cases
 * after deleting and puts the category back if one appeared meanwhile.
 */
import { Types } from 'mongoose';
import { isDuplicateKeyError } from '../../errors/app-error';
import type { Models } from '../../db/models';
import type { Viewer } from '../access';
import type { ComplaintCategoryDoc, ComplaintCategoryRecord } from './complaint-category.model';
import {
  createComplaintCategoryInput,
  localizedTextInput,
  parseInput,
  updateComplaintCategoryInput,
  type UpdateComplaintCategoryData,
} from './complaint-category.input';
import {
  categoryNotFound,
  codeTaken,
  hasChildren,
  inactiveParent,
  parentNotFound,
  referencedByCases,
} from './complaint-category.errors';
import { recordCategoryChange, snapshot } from './complaint-category.audit';
import { sortSiblings, treeOrder } from './complaint-category-tree';
import { checkRouting, isEqualJson } from './complaint-category.checks';
import { withCategoryWriteLock } from './category-write-lock';

/** Cases arrive with a later feature; they name their category by `categoryId` (an ObjectId). */
const CASES_COLLECTION = 'cases';

export class ComplaintCategoryService {
  constructor(private readonly models: Models) {}

  /** All categories in tree order: parents before children, siblings by order, then code. */
  async listInTreeOrder(activeOnly: boolean): Promise<ComplaintCategoryDoc[]> {
    const all = await this.models.ComplaintCategory.find(activeOnly ? { active: true } : {})
      .lean<ComplaintCategoryDoc[]>()
      .exec();
    return treeOrder(all);
  }

  async roots(activeOnly: boolean): Promise<ComplaintCategoryDoc[]> {
    const filter = activeOnly ? { parentId: null, active: true } : { parentId: null };
    return sortSiblings(
      await this.models.ComplaintCategory.find(filter).lean<ComplaintCategoryDoc[]>().exec(),
    );
  }

  async children(parentId: Types.ObjectId | null, activeOnly: boolean): Promise<ComplaintCategoryDoc[]> {
    const filter = activeOnly ? { parentId, active: true } : { parentId };
    return sortSiblings(
      await this.models.ComplaintCategory.find(filter).lean<ComplaintCategoryDoc[]>().exec(),
    );
  }

  async byId(id: string | Types.ObjectId): Promise<ComplaintCategoryDoc | null> {
    if (typeof id === 'string' && !Types.ObjectId.isValid(id)) return null;
    return this.models.ComplaintCategory.findById(id).lean<ComplaintCategoryDoc>().exec();
  }

  /** The category, or NOT_FOUND pointing at `fieldPath`. */
  async require(id: string | null, fieldPath: readonly string[]): Promise<ComplaintCategoryDoc> {
    const found = id ? await this.byId(id) : null;
    if (!found) throw categoryNotFound(fieldPath);
    return found;
  }

  async create(viewer: Viewer, raw: unknown): Promise<ComplaintCategoryDoc> {
    const input = parseInput(createComplaintCategoryInput, raw, ['input']);
    return withCategoryWriteLock(this.models, `create ${input.code}`, async () => {
      let parent: ComplaintCategoryDoc | null = null;
      if (input.parentId) {
        parent = await this.byId(input.parentId);
        if (!parent) throw parentNotFound(['input', 'parentId']);
        if (!parent.active) throw inactiveParent(parent.code, ['input', 'parentId']);
      }
      if (input.routing) await checkRouting(this.models, input.routing, ['input', 'routing']);
      const order = input.order ?? (await this.nextOrder(parent?._id ?? null));
      let created: ComplaintCategoryDoc;
      try {
        const doc = await this.models.ComplaintCategory.create({
          code: input.code,
          name: input.name,
          parentId: parent?._id ?? null,
          path: [...(parent?.path ?? []), input.code],
          depth: parent ? parent.depth + 1 : 0,
          order,
          active: true,
          severity: input.severity ?? 'MEDIUM',
          slaPolicyKey: input.slaPolicyKey ?? 'regulatory-complaint',
          routing: input.routing ?? null,
          regulatoryCodes: input.regulatoryCodes ?? null,
          requiredFields: input.requiredFields ?? [],
        });
        created = doc.toObject<ComplaintCategoryDoc>();
      } catch (err) {
        if (isDuplicateKeyError(err)) throw codeTaken(input.code, ['input', 'code'], err);
        throw err;
      }
      await recordCategoryChange(this.models, viewer, 'category.create', created.code, {
        after: snapshot(created),
      });
      return created;
    });
  }

  async rename(viewer: Viewer, id: string | null, rawName: unknown): Promise<ComplaintCategoryDoc> {
    const name = parseInput(localizedTextInput, rawName, ['name']);
    return withCategoryWriteLock(this.models, `rename ${id ?? ''}`, async () => {
      const before = await this.require(id, ['id']);
      if (isEqualJson(before.name, name)) return before;
      const updated = await this.setFields(before, { name });
      await recordCategoryChange(this.models, viewer, 'category.rename', before.code, {
        before: { name: before.name },
        after: { name },
      });
      return updated;
    });
  }

  /** Changes names, severity, SLA policy, routing, regulatory codes, required fields; omitted ones stay. */
  async update(viewer: Viewer, id: string | null, raw: unknown): Promise<ComplaintCategoryDoc> {
    const input = parseInput(updateComplaintCategoryInput, raw, ['input']);
    return withCategoryWriteLock(this.models, `update ${id ?? ''}`, () =>
      this.applyUpdate(viewer, id, input),
    );
  }

  private async applyUpdate(
    viewer: Viewer,
    id: string | null,
    input: UpdateComplaintCategoryData,
  ): Promise<ComplaintCategoryDoc> {
    if (input.routing) await checkRouting(this.models, input.routing, ['input', 'routing']);
    const current = await this.require(id, ['id']);
    const now: Partial<ComplaintCategoryRecord> = {};
    const was: Partial<ComplaintCategoryRecord> = {};
    const change = <K extends keyof ComplaintCategoryRecord>(key: K, value: ComplaintCategoryRecord[K]) => {
      const old = current[key] ?? null;
      if (isEqualJson(old, value)) return;
      now[key] = value;
      was[key] = old as ComplaintCategoryRecord[K];
    };
    if (input.name !== undefined) change('name', input.name);
    if (input.severity !== undefined) change('severity', input.severity);
    if (input.slaPolicyKey !== undefined) change('slaPolicyKey', input.slaPolicyKey);
    if (input.routing !== undefined) change('routing', input.routing);
    if (input.regulatoryCodes !== undefined) change('regulatoryCodes', input.regulatoryCodes);
    if (input.requiredFields !== undefined) change('requiredFields', input.requiredFields);
    if (Object.keys(now).length === 0) return current;
    const updated = await this.setFields(current, now);
    await recordCategoryChange(this.models, viewer, 'category.update', current.code, {
      before: was,
      after: now,
    });
    return updated;
  }

  /**
   * Deletes a leaf that no case references. Cases are filed without the category lock, so the check
   * runs again after the delete: a case filed in between makes us put the category back (same id).
   */
  async delete(viewer: Viewer, id: string | null): Promise<boolean> {
    return withCategoryWriteLock(this.models, `delete ${id ?? ''}`, async () => {
      const category = await this.require(id, ['id']);
      await this.refuseIfReferenced(category);
      const res = await this.models.ComplaintCategory.deleteOne({ _id: category._id }).exec();
      if (res.deletedCount === 0) throw categoryNotFound(['id']);
      try {
        await this.refuseIfReferenced(category);
      } catch (err) {
        await this.models.ComplaintCategory.collection.insertOne(category);
        throw err;
      }
      await recordCategoryChange(this.models, viewer, 'category.delete', category.code, {
        before: snapshot(category),
      });
      return true;
    });
  }

  private async refuseIfReferenced(category: ComplaintCategoryDoc): Promise<void> {
    const children = await this.models.ComplaintCategory.countDocuments({ parentId: category._id }).exec();
    if (children > 0) throw hasChildren(category.code, children);
    const cases = await this.models.ComplaintCategory.db
      .collection(CASES_COLLECTION)
      .countDocuments({ categoryId: category._id });
    if (cases > 0) throw referencedByCases(category.code, cases);
  }

  private async setFields(
    current: ComplaintCategoryDoc,
    fields: Partial<ComplaintCategoryRecord>,
  ): Promise<ComplaintCategoryDoc> {
    const res = await this.models.ComplaintCategory.updateOne({ _id: current._id }, { $set: fields }).exec();
    const updated = res.matchedCount === 1 ? await this.byId(current._id) : null;
    // Deleted by someone else in between.
    if (!updated) throw categoryNotFound(['id']);
    return updated;
  }

  private async nextOrder(parentId: Types.ObjectId | null): Promise<number> {
    const last = await this.models.ComplaintCategory.findOne({ parentId })
      .sort({ order: -1 })
      .select({ order: 1 })
      .lean<{ order: number }>()
      .exec();
    return last ? last.order + 1 : 0;
  }
}
