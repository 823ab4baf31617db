/**
 * Renaming and deleting departments, queues and custom roles. A delete is refused while something
 * still depends on the object: open cases, members or holders, or a flow's or complaint category's
 * routing that names it (org-structure.errors.ts says which, in both languages).
 *
 * The checks and the delete are separate operations (no multi-document transaction): a case opened or
 * a member added in between is not seen. Such a race leaves a case or a user naming a code that no
 * longer exists; routing already falls back for an unknown department (case-open-routing.ts), and
 * creating the department again with the same code restores it.
 */
import { trusted } from 'mongoose';
import { notFound, type Messages } from '../../errors/app-error';
import type { Models } from '../../db/models';
import type { CaseStatusValue } from '../cases';
import { draftId, versionId } from '../definitions';
import type { DepartmentDoc, QueueDoc, RoleDoc } from '../access';
import {
  builtInRoleFixed,
  departmentInUse,
  hasDependants,
  queueInUse,
  roleInUse,
  type Dependants,
} from './org-structure.errors';
import { checkName } from '../access';
import { invalidateAllViewers } from '../access';

/** Statuses of a case still being worked (a RESOLVED case awaits its survey or closing). */
const OPEN_STATUSES: CaseStatusValue[] = ['OPEN', 'PAUSED', 'RESOLVED'];

type Name = { zh: string; en: string };

interface RoutingTarget {
  departmentCode: string;
  /** Only routings naming this queue count; undefined: any routing naming the department. */
  queueCode?: string;
}

/** A stored definition's JSON, parsed; null when it is not an object. */
function parsed(definitionJson: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(definitionJson);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function routingOf(definition: unknown): { departmentCode?: unknown; queueCode?: unknown } | null {
  const routing = (definition as { routing?: unknown } | null)?.routing;
  return typeof routing === 'object' && routing !== null
    ? (routing as { departmentCode?: unknown; queueCode?: unknown })
    : null;
}

/** The flow roles of a stored definition (drafts may be incomplete: anything not a role is skipped). */
function flowRolesOf(definition: unknown): { key?: unknown; holders?: { roles?: unknown } }[] {
  const roles = (definition as { roles?: unknown } | null)?.roles;
  return Array.isArray(roles)
    ? roles.filter(
        (r): r is { key?: unknown; holders?: { roles?: unknown } } => typeof r === 'object' && r !== null,
      )
    : [];
}

export class OrgStructureService {
  constructor(private readonly models: Models) {}

  async renameDepartment(
    code: string,
    input: Name,
  ): Promise<{ before: DepartmentDoc; after: DepartmentDoc }> {
    const name = checkName(input, ['name']);
    const before = await this.models.Department.findOne({ code }).lean<DepartmentDoc>().exec();
    if (!before) throw notFound({ zh: '部门', en: 'department' }, ['code']);
    const after = await this.models.Department.findOneAndUpdate(
      { code },
      { $set: { name } },
      { returnDocument: 'after' },
    )
      .lean<DepartmentDoc>()
      .exec();
    if (!after) throw notFound({ zh: '部门', en: 'department' }, ['code']);
    return { before, after };
  }

  /** Deletes a department and its queues, or refuses (REFERENCED) naming what still depends on it. */
  async deleteDepartment(code: string): Promise<{ department: DepartmentDoc; queues: string[] }> {
    const department = await this.models.Department.findOne({ code }).lean<DepartmentDoc>().exec();
    if (!department) throw notFound({ zh: '部门', en: 'department' }, ['code']);
    const [openCases, members, flows, categories] = await Promise.all([
      this.models.Case.countDocuments({
        departmentCode: code,
        status: trusted({ $in: OPEN_STATUSES }),
      }).exec(),
      this.models.User.countDocuments({ departments: code }).exec(),
      this.flowsRoutingTo({ departmentCode: code }),
      this.categoriesRoutingTo({ departmentCode: code }),
    ]);
    const dependants: Dependants = { openCases, members, flows, categories };
    if (hasDependants(dependants)) throw departmentInUse(code, dependants);
    const queues = await this.models.Queue.find({ departmentCode: code }).lean<QueueDoc[]>().exec();
    await this.models.Queue.deleteMany({ departmentCode: code }).exec();
    await this.models.Department.deleteOne({ code }).exec();
    return { department, queues: queues.map((q) => q.code).sort() };
  }

  async renameQueue(
    departmentCode: string,
    code: string,
    input: Name,
  ): Promise<{ before: QueueDoc; after: QueueDoc }> {
    const name = checkName(input, ['name']);
    const before = await this.models.Queue.findOne({ departmentCode, code }).lean<QueueDoc>().exec();
    if (!before) throw notFound({ zh: '队列', en: 'queue' }, ['code']);
    const after = await this.models.Queue.findOneAndUpdate(
      { departmentCode, code },
      { $set: { name } },
      { returnDocument: 'after' },
    )
      .lean<QueueDoc>()
      .exec();
    if (!after) throw notFound({ zh: '队列', en: 'queue' }, ['code']);
    return { before, after };
  }

  /** Deletes a queue, or refuses (REFERENCED) naming what still depends on it. */
  async deleteQueue(departmentCode: string, code: string): Promise<QueueDoc> {
    const queue = await this.models.Queue.findOne({ departmentCode, code }).lean<QueueDoc>().exec();
    if (!queue) throw notFound({ zh: '队列', en: 'queue' }, ['code']);
    const target = { departmentCode, queueCode: code };
    const [openCases, flows, categories] = await Promise.all([
      this.models.Case.countDocuments({
        queueId: queue._id,
        status: trusted({ $in: OPEN_STATUSES }),
      }).exec(),
      this.flowsRoutingTo(target),
      this.categoriesRoutingTo(target),
    ]);
    const dependants: Dependants = { openCases, members: 0, flows, categories };
    if (hasDependants(dependants)) throw queueInUse(departmentCode, code, dependants);
    await this.models.Queue.deleteOne({ _id: queue._id }).exec();
    return queue;
  }

  /** How many users hold the role (active or not). */
  holderCount(key: string): Promise<number> {
    return this.models.User.countDocuments({ roles: key }).exec();
  }

  /** Deletes a custom role that no user holds. */
  async deleteRole(key: string): Promise<RoleDoc> {
    const role = await this.models.Role.findOne({ key }).lean<RoleDoc>().exec();
    if (!role) throw notFound({ zh: '角色', en: 'role' }, ['key']);
    if (role.builtIn) throw builtInRoleFixed(role.name);
    const [holders, flows] = await Promise.all([this.holderCount(key), this.flowsNamingRole(key)]);
    if (holders > 0 || flows.length > 0) throw roleInUse(role.name, holders, flows);
    await this.models.Role.deleteOne({ _id: role._id, builtIn: false }).exec();
    invalidateAllViewers();
    return role;
  }

  /**
   * Templates (not archived) whose newest published version or newest draft routes to the target: the
   * draft counts too, since publishing it would route new cases to a department that is gone.
   */
  private async flowsRoutingTo(target: RoutingTarget): Promise<{ key: string; name: Messages }[]> {
    return this.flowsWhere((definition) => {
      const routing = routingOf(definition);
      if (!routing || routing.departmentCode !== target.departmentCode) return false;
      return target.queueCode === undefined || routing.queueCode === target.queueCode;
    });
  }

  /**
   * Templates (not archived) whose newest version or draft gives a flow role to holders of the platform
   * role `key`: a flow role with that very key, or one whose `holders.roles` lists it (the engine's
   * `holdsFlowRole`). Deleting the role would leave those steps with nobody to do them.
   */
  private async flowsNamingRole(key: string): Promise<{ key: string; name: Messages }[]> {
    return this.flowsWhere((definition) =>
      flowRolesOf(definition).some(
        (role) =>
          role.key === key || (Array.isArray(role.holders?.roles) && role.holders.roles.includes(key)),
      ),
    );
  }

  /** Templates (not archived) whose newest published version or newest draft matches `test`. */
  private async flowsWhere(
    test: (definition: unknown) => boolean,
  ): Promise<{ key: string; name: Messages }[]> {
    const templates = await this.models.FlowTemplate.find(
      { archived: false },
      { key: 1, name: 1, latestVersion: 1, draftRevision: 1 },
    )
      .lean<{ key: string; name: Messages; latestVersion: number; draftRevision: number }[]>()
      .exec();
    if (templates.length === 0) return [];
    const versionIds = templates
      .filter((t) => t.latestVersion > 0)
      .map((t) => versionId(t.key, t.latestVersion));
    const draftIds = templates.filter((t) => t.draftRevision > 0).map((t) => draftId(t.key, t.draftRevision));
    const [versions, drafts] = await Promise.all([
      this.models.FlowVersion.find({ _id: trusted({ $in: versionIds }) }, { key: 1, definitionJson: 1 })
        .lean<{ key: string; definitionJson: string }[]>()
        .exec(),
      this.models.FlowDraft.find({ _id: trusted({ $in: draftIds }) }, { key: 1, definitionJson: 1 })
        .lean<{ key: string; definitionJson: string }[]>()
        .exec(),
    ]);
    const naming = new Set<string>();
    for (const d of [...versions, ...drafts]) if (test(parsed(d.definitionJson))) naming.add(d.key);
    return templates
      .filter((t) => naming.has(t.key))
      .map((t) => ({ key: t.key, name: t.name }))
      .sort((a, b) => a.key.localeCompare(b.key));
  }

  private async categoriesRoutingTo(target: RoutingTarget): Promise<string[]> {
    const filter: Record<string, unknown> = { 'routing.departmentCode': target.departmentCode };
    if (target.queueCode !== undefined) filter['routing.queueCode'] = target.queueCode;
    const rows = await this.models.ComplaintCategory.find(filter, { code: 1 })
      .lean<{ code: string }[]>()
      .exec();
    return rows.map((r) => r.code).sort();
  }
}
