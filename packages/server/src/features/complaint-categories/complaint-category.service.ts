/**
 * Complaint-category use cases. Validation happens before any write; a duplicate code is decided by the
 * unique index (never by a read-then-insert check alone), so two concurrent creates cannot both win.
 */
import { Types } from 'mongoose';
import { AppError, isDuplicateKeyError, notFound } from '../../errors/app-error';
import type { Models } from '../../db/models';
import type { ComplaintCategoryDoc } from './complaint-category.model';
import { createComplaintCategoryInput, localizedTextInput, parseInput } from './complaint-category.input';

const CATEGORY: { zh: string; en: string } = { zh: '投诉分类', en: 'complaint category' };

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

  async children(parentId: Types.ObjectId, activeOnly: boolean): Promise<ComplaintCategoryDoc[]> {
    const filter = activeOnly ? { parentId, active: true } : { parentId };
    return sortSiblings(
      await this.models.ComplaintCategory.find(filter).lean<ComplaintCategoryDoc[]>().exec(),
    );
  }

  async byId(id: string | Types.ObjectId): Promise<ComplaintCategoryDoc | null> {
    if (typeof id === 'string' && !Types.ObjectId.isValid(id)) return null;
    return this.models.ComplaintCategory.findById(id).lean<ComplaintCategoryDoc>().exec();
  }

  async create(raw: unknown): Promise<ComplaintCategoryDoc> {
    const input = parseInput(createComplaintCategoryInput, raw, ['input']);
    let parent: ComplaintCategoryDoc | null = null;
    if (input.parentId) {
      parent = await this.byId(input.parentId);
      if (!parent) throw notFound({ zh: '上级分类', en: 'parent category' }, ['input', 'parentId']);
    }
    const order = input.order ?? (await this.nextOrder(parent?._id ?? null));
    try {
      const created = await this.models.ComplaintCategory.create({
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
      });
      return created.toObject<ComplaintCategoryDoc>();
    } catch (err) {
      if (isDuplicateKeyError(err)) {
        throw new AppError(
          'CONFLICT',
          {
            zh: `编码“${input.code}”已被其他分类使用。`,
            en: `The code "${input.code}" is already used by another category.`,
          },
          { fieldPath: ['input', 'code'], cause: err },
        );
      }
      throw err;
    }
  }

  async rename(id: string, rawName: unknown): Promise<ComplaintCategoryDoc> {
    const name = parseInput(localizedTextInput, rawName, ['name']);
    if (!Types.ObjectId.isValid(id)) throw notFound(CATEGORY, ['id']);
    const updated = await this.models.ComplaintCategory.findByIdAndUpdate(
      id,
      { $set: { name } },
      { new: true },
    )
      .lean<ComplaintCategoryDoc>()
      .exec();
    if (!updated) throw notFound(CATEGORY, ['id']);
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

function sortSiblings(list: ComplaintCategoryDoc[]): ComplaintCategoryDoc[] {
  return list.sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
}

/** Depth-first order; categories whose parent is filtered out (inactive) follow as their own roots. */
export function treeOrder(all: ComplaintCategoryDoc[]): ComplaintCategoryDoc[] {
  const byParent = new Map<string, ComplaintCategoryDoc[]>();
  const ids = new Set(all.map((c) => c._id.toHexString()));
  for (const c of all) {
    const key = c.parentId && ids.has(c.parentId.toHexString()) ? c.parentId.toHexString() : 'root';
    const list = byParent.get(key) ?? [];
    list.push(c);
    byParent.set(key, list);
  }
  const out: ComplaintCategoryDoc[] = [];
  const visit = (key: string) => {
    for (const c of sortSiblings(byParent.get(key) ?? [])) {
      out.push(c);
      visit(c._id.toHexString());
    }
  };
  visit('root');
  return out;
}
