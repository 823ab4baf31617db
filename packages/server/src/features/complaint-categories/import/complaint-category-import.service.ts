/**
 * XLSX export and import of the complaint categories.
 *
 * The import reads and checks the whole workbook first (complaint-category-import.plan.ts); only a file
 * without a single problem is written, and only when it is not a dry run. Writing happens in one pass
 * under the category write lock, parents before children; every created or changed category gets its
 * config-audit entry (with `source: 'import'`), and the import one summary entry. Without transactions
 * a crash in the middle of the writes leaves the rows written so far (each a valid category) and
 * `repairCategoryTree` completes paths and cascades at the next start; importing the same file again
 * finishes the rest.
 */
import { trusted, type Types } from 'mongoose';
import { AppError, isDuplicateKeyError, type Messages } from '../../../errors/app-error';
import type { Models } from '../../../db/models';
import type { Viewer } from '../../access';
import type { ComplaintCategoryDoc, ComplaintCategoryRecord } from '../complaint-category.model';
import { recordCategoryChange, snapshot } from '../complaint-category.audit';
import { codeTaken } from '../complaint-category.errors';
import { treeOrder } from '../complaint-category-tree';
import { refreshSubtree } from '../complaint-category.repair';
import { withCategoryWriteLock } from '../category-write-lock';
import { categoryToRow, readWorkbook, writeWorkbook } from './complaint-category-xlsx';
import {
  parentsFirst,
  planImport,
  type ExistingCategory,
  type ImportProblem,
  type PlannedRow,
} from './complaint-category-import.plan';

/** Base64 of at most 2 MB of file; a category sheet of a few hundred rows is a few tens of KB. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_ROWS = 2000;

export interface ImportResult {
  written: boolean;
  problems: { row: number; column: string | null; message: Messages }[];
  created: number;
  updated: number;
  unchanged: number;
}

function toExisting(c: ComplaintCategoryDoc, codeOf: Map<string, string>): ExistingCategory {
  return {
    id: c._id.toHexString(),
    code: c.code,
    parentCode: c.parentId ? (codeOf.get(c.parentId.toHexString()) ?? null) : null,
    name: { zh: c.name.zh, en: c.name.en },
    active: c.active,
    severity: c.severity,
    slaPolicyKey: c.slaPolicyKey,
    routing: c.routing
      ? { departmentCode: c.routing.departmentCode ?? null, queueCode: c.routing.queueCode ?? null }
      : null,
    regulatoryCodes: c.regulatoryCodes
      ? {
          jrtBusinessType: c.regulatoryCodes.jrtBusinessType ?? null,
          jrtCause: c.regulatoryCodes.jrtCause ?? null,
          cfpbProduct: c.regulatoryCodes.cfpbProduct ?? null,
          cfpbIssue: c.regulatoryCodes.cfpbIssue ?? null,
        }
      : null,
    requiredFields: [...(c.requiredFields ?? [])],
  };
}

function decodeFile(fileBase64: string): Buffer {
  const tooLarge = () =>
    new AppError(
      'BAD_USER_INPUT',
      { zh: '文件过大：最多 2 MB。', en: 'The file is too large: at most 2 MB.' },
      { fieldPath: ['fileBase64'] },
    );
  if (fileBase64.length > Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4) throw tooLarge();
  const data = Buffer.from(fileBase64, 'base64');
  if (data.length === 0)
    throw new AppError(
      'BAD_USER_INPUT',
      { zh: '文件为空。', en: 'The file is empty.' },
      { fieldPath: ['fileBase64'] },
    );
  if (data.length > MAX_FILE_BYTES) throw tooLarge();
  return data;
}

export class ComplaintCategoryImportService {
  constructor(private readonly models: Models) {}

  private async all(): Promise<ComplaintCategoryDoc[]> {
    return treeOrder(await this.models.ComplaintCategory.find({}).lean<ComplaintCategoryDoc[]>().exec());
  }

  async export(): Promise<{ fileName: string; contentBase64: string; count: number }> {
    const all = await this.all();
    const codeOf = new Map(all.map((c) => [c._id.toHexString(), c.code]));
    const rows = all.map((c) =>
      categoryToRow(c, c.parentId ? (codeOf.get(c.parentId.toHexString()) ?? null) : null),
    );
    const data = await writeWorkbook(rows);
    return {
      fileName: 'complaint-categories.xlsx',
      contentBase64: data.toString('base64'),
      count: rows.length,
    };
  }

  async import(viewer: Viewer, fileBase64: string, dryRun: boolean): Promise<ImportResult> {
    const data = decodeFile(fileBase64);
    const sheet = await readWorkbook(data, MAX_ROWS);
    if (sheet.headerProblems.length > 0) {
      return {
        written: false,
        problems: sheet.headerProblems.map((p) => ({ row: 1, column: p.column, message: p.message })),
        created: 0,
        updated: 0,
        unchanged: 0,
      };
    }
    if (sheet.rows.length === 0) {
      return {
        written: false,
        problems: [
          {
            row: 2,
            column: null,
            message: { zh: '文件中没有分类行。', en: 'The file has no category rows.' },
          },
        ],
        created: 0,
        updated: 0,
        unchanged: 0,
      };
    }
    const check = () => this.plan(sheet.rows);
    if (dryRun) return summary((await check()).plan, false);
    return withCategoryWriteLock(this.models, 'import', async () => {
      // Checked again under the lock: the file is judged against the categories it will change.
      const { plan, all } = await check();
      if (plan.problems.length > 0) return summary(plan, false);
      await this.write(viewer, plan, all);
      return summary(plan, true);
    });
  }

  private async plan(rows: Parameters<typeof planImport>[0]) {
    const [all, departments, queues] = await Promise.all([
      this.all(),
      this.models.Department.find({}, { code: 1 }).lean<{ code: string }[]>().exec(),
      this.models.Queue.find({}, { code: 1, departmentCode: 1 })
        .lean<{ code: string; departmentCode: string }[]>()
        .exec(),
    ]);
    const codeOf = new Map(all.map((c) => [c._id.toHexString(), c.code]));
    const plan = planImport(
      rows,
      all.map((c) => toExisting(c, codeOf)),
      {
        departments: new Set(departments.map((d) => d.code)),
        queues: new Set(queues.map((q) => `${q.departmentCode}/${q.code}`)),
      },
    );
    return { plan, all };
  }

  private async write(
    viewer: Viewer,
    plan: ReturnType<typeof planImport>,
    all: ComplaintCategoryDoc[],
  ): Promise<void> {
    const idOf = new Map(all.map((c) => [c.code, c._id]));
    const docOf = new Map(all.map((c) => [c.code, c]));
    const pathOf = new Map(all.map((c) => [c.code, c.path]));
    const nextOrder = new Map<string, number>();
    const orderUnder = (parent: string | null): number => {
      const key = parent ?? '';
      if (!nextOrder.has(key)) {
        const siblings = all.filter((c) => (c.path.length > 1 ? c.path[c.path.length - 2] : null) === parent);
        nextOrder.set(
          key,
          siblings.reduce((m, c) => Math.max(m, c.order + 1), 0),
        );
      }
      const at = nextOrder.get(key)!;
      nextOrder.set(key, at + 1);
      return at;
    };
    const moved: Types.ObjectId[] = [];
    const written: string[] = [];

    for (const r of parentsFirst(plan)) {
      if (r.changed.length === 0) continue;
      const parentId = r.parentCode ? (idOf.get(r.parentCode) ?? null) : null;
      const path = [...(r.parentCode ? (pathOf.get(r.parentCode) ?? []) : []), r.code];
      if (!r.existing) {
        const created = await this.insert(r, parentId, path, orderUnder(r.parentCode));
        idOf.set(r.code, created._id);
        pathOf.set(r.code, path);
        await recordCategoryChange(this.models, viewer, 'category.create', r.code, {
          source: 'import',
          row: r.row,
          after: snapshot(created),
        });
      } else {
        const current = docOf.get(r.code)!;
        const set: Partial<ComplaintCategoryRecord> = {};
        for (const key of r.changed) {
          if (key === 'parentCode') {
            set.parentId = parentId;
            set.order = orderUnder(r.parentCode);
            moved.push(current._id);
          } else (set as Record<string, unknown>)[key] = r.fields[key];
        }
        await this.models.ComplaintCategory.updateOne({ _id: current._id }, { $set: set }).exec();
        pathOf.set(r.code, path);
        const before: Record<string, unknown> = {};
        const after: Record<string, unknown> = {};
        for (const key of r.changed) {
          before[key] = key === 'parentCode' ? r.existing.parentCode : r.existing[key];
          after[key] = key === 'parentCode' ? r.parentCode : r.fields[key];
        }
        await recordCategoryChange(this.models, viewer, 'category.update', r.code, {
          source: 'import',
          row: r.row,
          before,
          after,
        });
      }
      written.push(r.code);
    }
    for (const id of moved) await refreshSubtree(this.models, id);
    if (plan.cascadeDeactivate.length > 0) {
      await this.models.ComplaintCategory.updateMany(
        { code: trusted({ $in: plan.cascadeDeactivate }) },
        { $set: { active: false } },
      ).exec();
    }
    await recordCategoryChange(this.models, viewer, 'category.import', '(import)', {
      rows: plan.rows.length,
      written,
      deactivatedWithAncestor: plan.cascadeDeactivate,
    });
  }

  private async insert(
    r: PlannedRow,
    parentId: Types.ObjectId | null,
    path: string[],
    order: number,
  ): Promise<ComplaintCategoryDoc> {
    try {
      const doc = await this.models.ComplaintCategory.create({
        code: r.code,
        parentId,
        path,
        depth: path.length - 1,
        order,
        ...r.fields,
      });
      return doc.toObject<ComplaintCategoryDoc>();
    } catch (err) {
      if (isDuplicateKeyError(err)) throw codeTaken(r.code, ['fileBase64'], err);
      throw err;
    }
  }
}

function summary(plan: ReturnType<typeof planImport>, written: boolean): ImportResult {
  const problems: ImportProblem[] = plan.problems;
  const created = plan.rows.filter((r) => !r.existing).length;
  const updated = plan.rows.filter((r) => r.existing && r.changed.length > 0).length;
  return {
    written,
    problems,
    created: problems.length > 0 ? 0 : created,
    updated: problems.length > 0 ? 0 : updated,
    unchanged: problems.length > 0 ? 0 : plan.rows.length - created - updated,
  };
}
