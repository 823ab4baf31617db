/**
 * Where a new case lands: a department and a queue, so that it is in somebody's inbox and in the lists
 * from its first moment (docs/cases.md, "Routing"). Used by `openCase`, customer intake and the public
 * complaint form. In order, the first that names a department wins:
 *
 * 1. the opening's own queue, or its department (an opener may name only their own departments, unless
 *    bank-wide);
 * 2. the complaint category's routing (the bank's, so it may hand the case to another department);
 * 3. the flow's `routing`;
 * 4. a signed-in user's own first department;
 * 5. the first department the flow's role holders name;
 * 6. `CUSTOMER_SERVICE`.
 *
 * The queue is the named one, else the one the category or the flow names in that department, else the
 * department's `GENERAL` queue, else its first queue by code. Only a department without any queue
 * leaves a case without one.
 */
import type { FlowDefinition } from '@parley/engine';
import { Types } from 'mongoose';
import type { Models } from '../../../db/models';
import { AppError, badInput, notFound } from '../../../errors/app-error';
import { fromGlobalId } from '../../../graphql/global-id';
import type { Viewer } from '../../access';
import { categoryLocalId } from '../../complaint-categories/complaint-category.resolvers';
import { departmentScope } from '../case-access';

export interface CaseRouting {
  categoryId: string | null;
  departmentCode: string | null;
  queueId: string | null;
}

export interface RouteRequest {
  /** The flow version the case runs on (its `routing` and role holders are the fallbacks). */
  definition: FlowDefinition;
  /** A complaint category: its global id (`ComplaintCategory`) or its database id. */
  categoryId?: string | null;
  /** A department the opener chose (limited to their own departments unless bank-wide). */
  departmentCode?: string | null;
  /** A queue the opener chose (global id; same limit). */
  queueId?: string | null;
}

/** The department every installation has, where a case goes when nothing else names one. */
export const FALLBACK_DEPARTMENT = 'CUSTOMER_SERVICE';
/** The queue every seeded department has (access.seed.ts). */
export const GENERAL_QUEUE = 'GENERAL';

/** The first department named by the holders of the flow's roles, in the order the flow lists them. */
export function holderDepartment(definition: FlowDefinition): string | null {
  for (const role of definition.roles) {
    const first = role.holders?.departments?.[0];
    if (first) return first;
  }
  return null;
}

/**
 * The department and queue of a new case (see the module comment). Refusals name fields under `at`
 * (`['input']` for `openCase`): NOT_FOUND for an unknown category, department or queue, BAD_USER_INPUT
 * for an inactive category, FORBIDDEN for a department or queue outside the viewer's own.
 */
export async function routeNewCase(
  models: Models,
  viewer: Viewer,
  request: RouteRequest,
  at: readonly string[] = ['input'],
): Promise<CaseRouting> {
  const path = (f: string) => [...at, f];
  let categoryId: string | null = null;
  let departmentCode: string | null = null;
  let queueCode: string | null = null;
  let queueId: string | null = null;

  if (request.categoryId) {
    const localId = categoryLocalId(request.categoryId) ?? request.categoryId;
    const category = Types.ObjectId.isValid(localId)
      ? await models.ComplaintCategory.findById(localId).lean().exec()
      : null;
    if (!category) throw notFound({ zh: '投诉分类', en: 'complaint category' }, path('categoryId'));
    if (!category.active)
      throw badInput(path('categoryId'), {
        zh: '该投诉分类已停用。',
        en: 'This complaint category is not active.',
      });
    categoryId = category._id.toHexString();
    departmentCode = category.routing?.departmentCode ?? null;
    queueCode = category.routing?.queueCode ?? null;
  }
  if (request.departmentCode) {
    if (!(await models.Department.exists({ code: request.departmentCode }).exec()))
      throw notFound({ zh: '部门', en: 'department' }, path('departmentCode'));
    departmentCode = request.departmentCode;
    queueCode = null;
  }
  if (request.queueId) {
    const decoded = fromGlobalId(request.queueId);
    const queue =
      decoded?.type === 'Queue' && Types.ObjectId.isValid(decoded.localId)
        ? await models.Queue.findById(decoded.localId).lean().exec()
        : null;
    if (!queue) throw notFound({ zh: '队列', en: 'queue' }, path('queueId'));
    queueId = queue._id.toHexString();
    departmentCode = queue.departmentCode;
  }
  // Choosing a department or queue is limited to the viewer's own departments (unless
  // case.all-departments); a category's or a flow's routing is the bank's.
  const scope = departmentScope(viewer);
  if (
    (request.departmentCode || request.queueId) &&
    departmentCode &&
    scope &&
    !scope.includes(departmentCode)
  )
    throw new AppError(
      'FORBIDDEN',
      {
        zh: `不能在本人所属部门以外的部门（${departmentCode}）开立案件。`,
        en: `You cannot open a case in a department you do not belong to (${departmentCode}).`,
      },
      { fieldPath: path(request.queueId ? 'queueId' : 'departmentCode') },
    );

  if (!departmentCode) {
    const flow = request.definition.routing;
    if (flow && (await models.Department.exists({ code: flow.departmentCode }).exec())) {
      departmentCode = flow.departmentCode;
      queueCode = flow.queueCode ?? null;
    }
  }
  if (!departmentCode && viewer.kind === 'user') departmentCode = viewer.departments[0] ?? null;
  if (!departmentCode) {
    const holders = holderDepartment(request.definition);
    if (holders && (await models.Department.exists({ code: holders }).exec())) departmentCode = holders;
  }
  departmentCode ??= FALLBACK_DEPARTMENT;

  queueId ??= await queueIn(models, departmentCode, queueCode);
  return { categoryId, departmentCode, queueId };
}

/** The named queue of the department, else its general queue, else its first one by code. */
async function queueIn(models: Models, departmentCode: string, code: string | null): Promise<string | null> {
  for (const c of code && code !== GENERAL_QUEUE ? [code, GENERAL_QUEUE] : [GENERAL_QUEUE]) {
    const queue = await models.Queue.findOne({ departmentCode, code: c }, { _id: 1 }).lean().exec();
    if (queue) return queue._id.toHexString();
  }
  const first = await models.Queue.findOne({ departmentCode }, { _id: 1 }).sort({ code: 1 }).lean().exec();
  return first?._id.toHexString() ?? null;
}
