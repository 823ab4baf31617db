/**
 * The people screens' server side (beyond people.service.ts): the user list paged by keyset with a
 * search, editing custom roles, password resets by an administrator, department members and routing,
 * and the guards that keep an administrator in the system. Every grant goes through delegation.ts.
 */
import { randomBytes } from 'node:crypto';
import { Types, trusted } from 'mongoose';
import { AppError, badInput, notFound } from '../../errors/app-error';
import { checkPageSize } from '../../graphql/pagination';
import type { Models } from '../../db/models';
import type { ComplaintCategoryDoc } from '../complaint-categories/complaint-category.model';
import type { DepartmentDoc, RoleDoc, UserDoc } from '../access';
import { ADMINISTRATOR_ROLE, refuseUngrantable, refuseUngrantableDepartments } from '../access';
import { hashPassword } from '../access';
import { isPermission, type Permission } from '../access';
import { invalidateAllViewers, invalidateViewer, type Viewer } from '../access';

export interface UserPage {
  edges: { cursor: string; node: UserDoc }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/** Keyset cursors: the last username seen (usernames are unique and the list is ordered by them). */
export function encodeUserCursor(username: string): string {
  return Buffer.from(`u:${username}`, 'utf8').toString('base64url');
}

export function decodeUserCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith('u:') || raw.length < 3) {
    throw badInput(['after'], { zh: '分页游标无效。', en: 'The pagination cursor is not valid.' });
  }
  return raw.slice(2);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Everything a set of roles grants. */
function permissionsOf(roles: readonly RoleDoc[]): Permission[] {
  return roles.flatMap((r) => r.permissions).filter(isPermission);
}

export class PeopleAdminService {
  constructor(private readonly models: Models) {}

  /** One page of users by username after `after`; `search` matches username or display name. */
  async listUsers(args: {
    first?: number | null;
    after?: string | null;
    search?: string | null;
  }): Promise<UserPage> {
    const size = checkPageSize(args.first);
    const search = (args.search ?? '').trim();
    if (search.length > 100) {
      throw badInput(['search'], {
        zh: '搜索词最多 100 个字符。',
        en: 'The search text has 100 characters at most.',
      });
    }
    const match: Record<string, unknown> = {};
    if (search) {
      const pattern = escapeRegExp(search);
      match['$or'] = [
        { username: trusted({ $regex: pattern, $options: 'i' }) },
        { displayName: trusted({ $regex: pattern, $options: 'i' }) },
      ];
    }
    const page: Record<string, unknown> = { ...match };
    if (args.after) page['username'] = trusted({ $gt: decodeUserCursor(args.after) });
    const [rows, totalCount] = await Promise.all([
      this.models.User.find(page)
        .sort({ username: 1 })
        .limit(size + 1)
        .lean<UserDoc[]>()
        .exec(),
      this.models.User.countDocuments(match).exec(),
    ]);
    const nodes = rows.slice(0, size);
    const edges = nodes.map((node) => ({ cursor: encodeUserCursor(node.username), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount,
    };
  }

  /**
   * Refuses a change to a user that would lock the bank out: deactivating oneself, or leaving no active
   * administrator (deactivating the last one, or taking the role from them). Checked before writing.
   */
  async refuseLockout(
    id: string,
    input: { roles?: readonly string[] | null; active?: boolean | null },
    actor: Viewer,
  ): Promise<void> {
    if (input.active === false && actor.kind === 'user' && actor.userId === id) {
      throw new AppError(
        'FORBIDDEN',
        { zh: '不能停用自己的账号。', en: 'You cannot deactivate your own account.' },
        { fieldPath: ['input', 'active'] },
      );
    }
    const losesAdmin =
      input.active === false || (input.roles != null && !input.roles.includes(ADMINISTRATOR_ROLE));
    if (!losesAdmin || !Types.ObjectId.isValid(id)) return;
    const target = await this.models.User.findById(id, { roles: 1, active: 1 })
      .lean<Pick<UserDoc, 'roles' | 'active'>>()
      .exec();
    if (!target || !target.active || !target.roles.includes(ADMINISTRATOR_ROLE)) return;
    const others = await this.models.User.countDocuments({
      _id: trusted({ $ne: new Types.ObjectId(id) }),
      roles: ADMINISTRATOR_ROLE,
      active: true,
    }).exec();
    if (others === 0) {
      throw new AppError(
        'FORBIDDEN',
        {
          zh: '这是最后一位在用的系统管理员：不能停用，也不能取消其管理员角色。',
          en: 'This is the last active administrator: they cannot be deactivated or lose the administrator role.',
        },
        { fieldPath: ['input', input.active === false ? 'active' : 'roles'] },
      );
    }
  }

  /**
   * Changes a custom role. The actor must hold every permission added or removed (the matrix's cells
   * they cannot grant are also the ones they cannot take away). Users holding the role see the change
   * at their next request in this process (viewer cache cleared), elsewhere within the cache's TTL.
   */
  async updateRole(
    key: string,
    input: { name?: { zh: string; en: string } | null; permissions?: readonly string[] | null },
    actor: Viewer,
  ): Promise<{ before: RoleDoc; after: RoleDoc }> {
    const set: Record<string, unknown> = {};
    if (input.name != null) {
      const zh = input.name.zh.trim();
      const en = input.name.en.trim();
      if (!zh || zh.length > 100)
        throw badInput(['input', 'name', 'zh'], {
          zh: '中文名称须为 1–100 个字符。',
          en: 'The Chinese name must have 1–100 characters.',
        });
      if (!en || en.length > 100)
        throw badInput(['input', 'name', 'en'], {
          zh: '英文名称须为 1–100 个字符。',
          en: 'The English name must have 1–100 characters.',
        });
      set['name'] = { zh, en };
    }
    let permissions: Permission[] | null = null;
    if (input.permissions != null) {
      input.permissions.forEach((p, i) => {
        if (!isPermission(p))
          throw badInput(['input', 'permissions', i], {
            zh: `未知的权限“${p}”。`,
            en: `Unknown permission "${p}".`,
          });
      });
      permissions = [...new Set(input.permissions as readonly Permission[])];
      set['permissions'] = permissions;
    }
    const before = await this.models.Role.findOne({ key }).lean<RoleDoc>().exec();
    if (!before) throw notFound({ zh: '角色', en: 'role' }, ['key']);
    if (before.builtIn) {
      throw new AppError(
        'FORBIDDEN',
        {
          zh: `内置角色“${before.name.zh}”不能修改；请新建一个自定义角色。`,
          en: `The built-in role "${before.name.en}" cannot be changed; create a custom role instead.`,
        },
        { fieldPath: ['key'] },
      );
    }
    if (permissions) {
      const old = new Set(before.permissions);
      const changed = [
        ...permissions.filter((p) => !old.has(p)),
        ...before.permissions.filter(isPermission).filter((p) => !permissions.includes(p)),
      ];
      refuseUngrantable(actor, changed, ['input', 'permissions']);
    }
    const after = await this.models.Role.findOneAndUpdate({ key }, { $set: set }, { returnDocument: 'after' })
      .lean<RoleDoc>()
      .exec();
    if (!after) throw notFound({ zh: '角色', en: 'role' }, ['key']);
    invalidateAllViewers();
    return { before, after };
  }

  /**
   * A new random password for a user, returned once. Whoever resets must hold every permission the
   * user holds (a reset hands over the account). Every session of the user ends.
   */
  async resetPassword(id: string, actor: Viewer): Promise<{ user: UserDoc; password: string }> {
    const user = Types.ObjectId.isValid(id)
      ? await this.models.User.findById(id).lean<UserDoc>().exec()
      : null;
    if (!user) throw notFound({ zh: '用户', en: 'user' }, ['id']);
    const roles = await this.models.Role.find({ key: trusted({ $in: [...user.roles] }) })
      .lean<RoleDoc[]>()
      .exec();
    refuseUngrantable(actor, permissionsOf(roles), ['id']);
    const password = randomBytes(12).toString('base64url');
    const updated = await this.models.User.findByIdAndUpdate(
      user._id,
      { $set: { passwordHash: await hashPassword(password) }, $inc: { sessionVersion: 1 } },
      { returnDocument: 'after' },
    )
      .lean<UserDoc>()
      .exec();
    if (!updated) throw notFound({ zh: '用户', en: 'user' }, ['id']);
    invalidateViewer(id);
    return { user: updated, password };
  }

  membersOf(departmentCode: string): Promise<UserDoc[]> {
    return this.models.User.find({ departments: departmentCode })
      .sort({ username: 1 })
      .lean<UserDoc[]>()
      .exec();
  }

  routedCategories(departmentCode: string): Promise<ComplaintCategoryDoc[]> {
    return this.models.ComplaintCategory.find({ 'routing.departmentCode': departmentCode })
      .sort({ path: 1 })
      .lean<ComplaintCategoryDoc[]>()
      .exec();
  }

  /**
   * Replaces a department's members. Adding a member gives them the department's cases, a grant: the
   * actor must belong to the department or see every department. Validated whole before any write;
   * then each user changed is written (no multi-document transaction: a failure part-way leaves the
   * users written so far changed, and a retry converges).
   */
  async setMembers(
    departmentCode: string,
    userIds: readonly string[],
    actor: Viewer,
  ): Promise<{ department: DepartmentDoc; added: string[]; removed: string[] }> {
    const department = await this.models.Department.findOne({ code: departmentCode })
      .lean<DepartmentDoc>()
      .exec();
    if (!department) throw notFound({ zh: '部门', en: 'department' }, ['departmentCode']);
    const ids = [...new Set(userIds)];
    ids.forEach((id, i) => {
      if (!Types.ObjectId.isValid(id))
        throw badInput(['userIds', i], { zh: '用户不存在。', en: 'No such user.' });
    });
    const wanted = await this.models.User.find({
      _id: trusted({ $in: ids.map((id) => new Types.ObjectId(id)) }),
    })
      .lean<UserDoc[]>()
      .exec();
    const found = new Set(wanted.map((u) => u._id.toHexString()));
    ids.forEach((id, i) => {
      if (!found.has(id)) throw badInput(['userIds', i], { zh: '用户不存在。', en: 'No such user.' });
    });
    const current = await this.membersOf(departmentCode);
    const currentIds = new Set(current.map((u) => u._id.toHexString()));
    const added = wanted.filter((u) => !currentIds.has(u._id.toHexString()));
    const removed = current.filter((u) => !found.has(u._id.toHexString()));
    if (added.length > 0) refuseUngrantableDepartments(actor, [departmentCode], ['userIds']);
    for (const u of added) {
      await this.models.User.updateOne(
        { _id: u._id },
        { $set: { departments: [...u.departments, departmentCode] } },
      ).exec();
      invalidateViewer(u._id.toHexString());
    }
    for (const u of removed) {
      await this.models.User.updateOne(
        { _id: u._id },
        { $set: { departments: u.departments.filter((d) => d !== departmentCode) } },
      ).exec();
      invalidateViewer(u._id.toHexString());
    }
    return {
      department,
      added: added.map((u) => u.username).sort(),
      removed: removed.map((u) => u.username).sort(),
    };
  }
}
