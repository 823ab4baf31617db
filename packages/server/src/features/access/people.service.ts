/**
 * Users, roles, departments and queues. All input is checked before the first write; uniqueness is
 * decided by the unique indexes (a race yields CONFLICT, never a duplicate).
 */
import { Types, trusted } from 'mongoose';
import { AppError, badInput, isDuplicateKeyError, notFound, type Messages } from '../../errors/app-error';
import type { AccessModels, DepartmentDoc, QueueDoc, RoleDoc, UserDoc } from './access.model';
import { hashPassword, checkPasswordPolicy } from './password';
import { BUILT_IN_ROLES, isPermission, type Permission } from './permissions';
import { invalidateAllViewers, invalidateViewer, type Viewer } from './viewer';
import { refuseUngrantable, refuseUngrantableDepartments } from './delegation';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,39}$/;
const ROLE_KEY = /^[a-z][a-z0-9-]{1,39}$/;
const DEPT_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

function conflict(fieldPath: readonly (string | number)[], messages: Messages, cause: unknown): AppError {
  return new AppError('CONFLICT', messages, { fieldPath, cause });
}

export function checkName(
  name: { zh: string; en: string },
  base: readonly string[],
): { zh: string; en: string } {
  const zh = name.zh.trim();
  const en = name.en.trim();
  if (!zh || zh.length > 100)
    throw badInput([...base, 'zh'], {
      zh: '中文名称须为 1–100 个字符。',
      en: 'The Chinese name must have 1–100 characters.',
    });
  if (!en || en.length > 100)
    throw badInput([...base, 'en'], {
      zh: '英文名称须为 1–100 个字符。',
      en: 'The English name must have 1–100 characters.',
    });
  return { zh, en };
}

export class PeopleService {
  constructor(private readonly models: AccessModels) {}

  /** A new user; `grantor` must hold every permission of the roles given (delegation.ts). */
  async createUser(
    input: {
      username: string;
      displayName: string;
      password: string;
      roles: readonly string[];
      departments?: readonly string[] | null;
    },
    grantor: Viewer,
  ): Promise<UserDoc> {
    const username = input.username.trim().toLowerCase();
    if (!USERNAME.test(username)) {
      throw badInput(['input', 'username'], {
        zh: '用户名须为 3–40 个小写字母、数字、"."、"_" 或 "-"。',
        en: 'The username must be 3–40 characters of a–z, 0–9, ".", "_" or "-".',
      });
    }
    const displayName = input.displayName.trim();
    if (!displayName || displayName.length > 80) {
      throw badInput(['input', 'displayName'], {
        zh: '显示名称须为 1–80 个字符。',
        en: 'The display name must have 1–80 characters.',
      });
    }
    checkPasswordPolicy(input.password, username, ['input', 'password']);
    const roles = await this.checkRoles(input.roles, ['input', 'roles']);
    const departments = input.departments ?? [];
    await this.checkDepartments(departments, ['input', 'departments']);
    refuseUngrantable(grantor, permissionsOf(roles), ['input', 'roles']);
    refuseUngrantableDepartments(grantor, departments, ['input', 'departments']);
    try {
      const created = await this.models.User.create({
        username,
        displayName,
        passwordHash: await hashPassword(input.password),
        roles: [...input.roles],
        departments: [...departments],
        active: true,
        sessionVersion: 0,
      });
      return created.toObject<UserDoc>();
    } catch (err) {
      if (isDuplicateKeyError(err)) {
        throw conflict(
          ['input', 'username'],
          { zh: `用户名“${username}”已存在。`, en: `The username "${username}" is taken.` },
          err,
        );
      }
      throw err;
    }
  }

  /** Changes a user; roles added must be within `grantor`'s own permissions (delegation.ts). */
  async updateUser(
    id: string,
    input: {
      displayName?: string | null;
      roles?: readonly string[] | null;
      departments?: readonly string[] | null;
      active?: boolean | null;
    },
    grantor: Viewer,
  ): Promise<UserDoc> {
    const set: Record<string, unknown> = {};
    if (input.displayName != null) {
      const d = input.displayName.trim();
      if (!d || d.length > 80)
        throw badInput(['input', 'displayName'], {
          zh: '显示名称须为 1–80 个字符。',
          en: 'The display name must have 1–80 characters.',
        });
      set['displayName'] = d;
    }
    let addedRoles: RoleDoc[] = [];
    if (input.roles != null) {
      addedRoles = await this.checkRoles(input.roles, ['input', 'roles']);
      set['roles'] = [...input.roles];
    }
    if (input.departments != null) {
      await this.checkDepartments(input.departments, ['input', 'departments']);
      set['departments'] = [...input.departments];
    }
    if (input.active != null) {
      set['active'] = input.active;
    }
    if (!Types.ObjectId.isValid(id)) throw notFound({ zh: '用户', en: 'user' }, ['id']);
    if (input.roles != null || input.departments != null) {
      // Widening is granting: what the user does not hold yet must be within the grantor's own.
      const current = await this.models.User.findById(id, { roles: 1, departments: 1 })
        .lean<{ roles: string[]; departments: string[] }>()
        .exec();
      if (!current) throw notFound({ zh: '用户', en: 'user' }, ['id']);
      addedRoles = addedRoles.filter((r) => !current.roles.includes(r.key));
      refuseUngrantable(grantor, permissionsOf(addedRoles), ['input', 'roles']);
      const addedDepartments = (input.departments ?? []).filter((d) => !current.departments.includes(d));
      refuseUngrantableDepartments(grantor, addedDepartments, ['input', 'departments']);
    }
    // Deactivation ends every session at once: tokens of the old session version are refused.
    const update = input.active === false ? { $set: set, $inc: { sessionVersion: 1 } } : { $set: set };
    const updated = await this.models.User.findByIdAndUpdate(id, update, { new: true })
      .lean<UserDoc>()
      .exec();
    if (!updated) throw notFound({ zh: '用户', en: 'user' }, ['id']);
    // This process's cached viewer of the user is stale now (other processes: at most the TTL).
    invalidateViewer(id);
    return updated;
  }

  userById(id: string): Promise<UserDoc | null> {
    if (!Types.ObjectId.isValid(id)) return Promise.resolve(null);
    return this.models.User.findById(id).lean<UserDoc>().exec();
  }

  listUsers(): Promise<UserDoc[]> {
    return this.models.User.find().sort({ username: 1 }).lean<UserDoc[]>().exec();
  }

  listRoles(): Promise<RoleDoc[]> {
    return this.models.Role.find().sort({ builtIn: -1, key: 1 }).lean<RoleDoc[]>().exec();
  }

  rolesByKeys(keys: readonly string[]): Promise<RoleDoc[]> {
    return this.models.Role.find({ key: trusted({ $in: [...keys] }) })
      .lean<RoleDoc[]>()
      .exec();
  }

  /** A custom role; `grantor` must hold every permission it combines (delegation.ts). */
  async createRole(
    input: {
      key: string;
      name: { zh: string; en: string };
      permissions: readonly string[];
    },
    grantor: Viewer,
  ): Promise<RoleDoc> {
    const key = input.key.trim();
    if (!ROLE_KEY.test(key)) {
      throw badInput(['input', 'key'], {
        zh: '角色键须为 2–40 个小写字母、数字或 "-"。',
        en: 'The role key must be 2–40 characters of a–z, 0–9 or "-".',
      });
    }
    const name = checkName(input.name, ['input', 'name']);
    input.permissions.forEach((p, i) => {
      if (!isPermission(p))
        throw badInput(['input', 'permissions', i], {
          zh: `未知的权限“${p}”。`,
          en: `Unknown permission "${p}".`,
        });
    });
    refuseUngrantable(grantor, input.permissions as readonly Permission[], ['input', 'permissions']);
    try {
      const created = await this.models.Role.create({
        key,
        name,
        permissions: [...new Set(input.permissions)],
        builtIn: false,
      });
      return created.toObject<RoleDoc>();
    } catch (err) {
      if (isDuplicateKeyError(err))
        throw conflict(
          ['input', 'key'],
          { zh: `角色“${key}”已存在。`, en: `The role "${key}" exists.` },
          err,
        );
      throw err;
    }
  }

  listDepartments(): Promise<DepartmentDoc[]> {
    return this.models.Department.find().sort({ code: 1 }).lean<DepartmentDoc[]>().exec();
  }

  departmentsByCodes(codes: readonly string[]): Promise<DepartmentDoc[]> {
    return this.models.Department.find({ code: trusted({ $in: [...codes] }) })
      .sort({ code: 1 })
      .lean<DepartmentDoc[]>()
      .exec();
  }

  queuesOf(departmentCode: string): Promise<QueueDoc[]> {
    return this.models.Queue.find({ departmentCode }).sort({ code: 1 }).lean<QueueDoc[]>().exec();
  }

  async createDepartment(input: { code: string; name: { zh: string; en: string } }): Promise<DepartmentDoc> {
    const code = input.code.trim();
    if (!DEPT_CODE.test(code)) {
      throw badInput(['input', 'code'], {
        zh: '部门编码须为 2–40 个大写字母、数字或 "_"。',
        en: 'The department code must be 2–40 characters of A–Z, 0–9 or "_".',
      });
    }
    const name = checkName(input.name, ['input', 'name']);
    try {
      return (await this.models.Department.create({ code, name })).toObject<DepartmentDoc>();
    } catch (err) {
      if (isDuplicateKeyError(err))
        throw conflict(
          ['input', 'code'],
          { zh: `部门“${code}”已存在。`, en: `The department "${code}" exists.` },
          err,
        );
      throw err;
    }
  }

  async createQueue(
    departmentCode: string,
    input: { code: string; name: { zh: string; en: string } },
  ): Promise<QueueDoc> {
    if (!(await this.models.Department.exists({ code: departmentCode }).exec())) {
      throw notFound({ zh: '部门', en: 'department' }, ['departmentCode']);
    }
    const code = input.code.trim();
    if (!DEPT_CODE.test(code)) {
      throw badInput(['input', 'code'], {
        zh: '队列编码须为 2–40 个大写字母、数字或 "_"。',
        en: 'The queue code must be 2–40 characters of A–Z, 0–9 or "_".',
      });
    }
    const name = checkName(input.name, ['input', 'name']);
    try {
      return (await this.models.Queue.create({ departmentCode, code, name })).toObject<QueueDoc>();
    } catch (err) {
      if (isDuplicateKeyError(err))
        throw conflict(
          ['input', 'code'],
          { zh: `队列“${code}”已存在。`, en: `The queue "${code}" exists.` },
          err,
        );
      throw err;
    }
  }

  /** Built-in roles are created (or brought up to date) at every start; idempotent across processes. */
  async ensureBuiltInRoles(): Promise<void> {
    for (const role of BUILT_IN_ROLES) {
      try {
        await this.models.Role.create({
          key: role.key,
          name: role.name,
          permissions: [...role.permissions],
          builtIn: true,
        });
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err;
        await this.models.Role.updateOne(
          { key: role.key },
          { $set: { permissions: [...role.permissions], builtIn: true } },
        ).exec();
      }
    }
    invalidateAllViewers();
  }

  /** The roles named, or BAD_USER_INPUT at the first unknown key. */
  private async checkRoles(roles: readonly string[], path: readonly string[]): Promise<RoleDoc[]> {
    const found = await this.rolesByKeys(roles);
    const known = new Set(found.map((r) => r.key));
    roles.forEach((r, i) => {
      if (!known.has(r))
        throw badInput([...path, i], { zh: `角色“${r}”不存在。`, en: `The role "${r}" does not exist.` });
    });
    return found;
  }

  private async checkDepartments(codes: readonly string[], path: readonly string[]): Promise<void> {
    const known = new Set((await this.departmentsByCodes(codes)).map((d) => d.code));
    codes.forEach((c, i) => {
      if (!known.has(c))
        throw badInput([...path, i], {
          zh: `部门“${c}”不存在。`,
          en: `The department "${c}" does not exist.`,
        });
    });
  }
}

/** Everything a set of roles grants. */
function permissionsOf(roles: readonly RoleDoc[]): Permission[] {
  return roles.flatMap((r) => r.permissions).filter(isPermission);
}
