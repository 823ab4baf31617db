/**
 * Refusals of renaming and deleting departments, queues and roles, in both languages. A refused delete
 * names every reason at once (so one fix-and-retry round suffices) and carries the counts in
 * `extensions.details`.
 */
import { AppError, type Messages } from '../../errors/app-error';

/** What still points at a department or queue. */
export interface Dependants {
  openCases: number;
  /** Users who belong to the department (always 0 for a queue: queues have no members). */
  members: number;
  /** Flow templates whose routing (newest version or draft) names it, by name. */
  flows: { key: string; name: Messages }[];
  /** Complaint categories whose routing names it, by code. */
  categories: string[];
}

export function hasDependants(d: Dependants): boolean {
  return d.openCases > 0 || d.members > 0 || d.flows.length > 0 || d.categories.length > 0;
}

const LIST_MAX = 5;

function listed(items: readonly string[], sep: string): string {
  const shown = items.slice(0, LIST_MAX).join(sep);
  return items.length > LIST_MAX ? `${shown}${sep}…` : shown;
}

function reasons(d: Dependants): Messages {
  const zh: string[] = [];
  const en: string[] = [];
  if (d.openCases > 0) {
    zh.push(`有 ${d.openCases} 个未结案件`);
    en.push(`${d.openCases} open case${d.openCases === 1 ? '' : 's'}`);
  }
  if (d.members > 0) {
    zh.push(`有 ${d.members} 名成员`);
    en.push(`${d.members} member${d.members === 1 ? '' : 's'}`);
  }
  if (d.flows.length > 0) {
    zh.push(
      `流程${listed(
        d.flows.map((f) => `“${f.name.zh}”`),
        '、',
      )}的路由指向它`,
    );
    en.push(
      `the routing of flow${d.flows.length === 1 ? '' : 's'} ${listed(
        d.flows.map((f) => `"${f.name.en}"`),
        ', ',
      )}`,
    );
  }
  if (d.categories.length > 0) {
    zh.push(
      `投诉分类${listed(
        d.categories.map((c) => `“${c}”`),
        '、',
      )}的路由指向它`,
    );
    en.push(
      `the routing of complaint categor${d.categories.length === 1 ? 'y' : 'ies'} ${listed(
        d.categories.map((c) => `"${c}"`),
        ', ',
      )}`,
    );
  }
  return { zh: zh.join('；'), en: en.join('; ') };
}

function details(d: Dependants): Record<string, unknown> {
  return {
    openCases: d.openCases,
    members: d.members,
    flows: d.flows.map((f) => f.key),
    categories: d.categories,
  };
}

export function departmentInUse(code: string, d: Dependants): AppError {
  const why = reasons(d);
  return new AppError(
    'REFERENCED',
    {
      zh: `部门“${code}”不能删除：${why.zh}。请先结清或移走案件、移除成员并修改路由。`,
      en: `The department "${code}" cannot be deleted: ${why.en}. Close or move the cases, remove the members and change the routing first.`,
    },
    { fieldPath: ['code'], details: details(d) },
  );
}

export function queueInUse(departmentCode: string, code: string, d: Dependants): AppError {
  const why = reasons(d);
  return new AppError(
    'REFERENCED',
    {
      zh: `队列“${departmentCode}/${code}”不能删除：${why.zh}。请先结清或移走案件并修改路由。`,
      en: `The queue "${departmentCode}/${code}" cannot be deleted: ${why.en}. Close or move the cases and change the routing first.`,
    },
    { fieldPath: ['code'], details: details(d) },
  );
}

export function builtInRoleFixed(name: Messages): AppError {
  return new AppError(
    'FORBIDDEN',
    {
      zh: `内置角色“${name.zh}”不能删除。`,
      en: `The built-in role "${name.en}" cannot be deleted.`,
    },
    { fieldPath: ['key'] },
  );
}

/** A custom role still held by users, or given a flow role by flows (newest version or draft). */
export function roleInUse(
  name: Messages,
  holders: number,
  flows: { key: string; name: Messages }[],
): AppError {
  const zh: string[] = [];
  const en: string[] = [];
  if (holders > 0) {
    zh.push(`仍有 ${holders} 名用户持有`);
    en.push(`is still held by ${holders} user${holders === 1 ? '' : 's'}`);
  }
  if (flows.length > 0) {
    zh.push(
      `流程${listed(
        flows.map((f) => `“${f.name.zh}”`),
        '、',
      )}的角色由它担任`,
    );
    en.push(
      `is how flow${flows.length === 1 ? '' : 's'} ${listed(
        flows.map((f) => `"${f.name.en}"`),
        ', ',
      )} give${flows.length === 1 ? 's' : ''} out a role`,
    );
  }
  const fix = {
    zh: [holders > 0 ? '从这些用户身上取消该角色' : '', flows.length > 0 ? '修改这些流程的角色设置' : '']
      .filter(Boolean)
      .join('，并'),
    en: [holders > 0 ? 'take it away from them' : '', flows.length > 0 ? "change those flows' roles" : '']
      .filter(Boolean)
      .join(' and '),
  };
  return new AppError(
    'REFERENCED',
    {
      zh: `角色“${name.zh}”${zh.join('，且')}，不能删除；请先${fix.zh}。`,
      en: `The role "${name.en}" ${en.join(' and ')} and cannot be deleted; ${fix.en} first.`,
    },
    { fieldPath: ['key'], details: { holders, flows: flows.map((f) => f.key) } },
  );
}
