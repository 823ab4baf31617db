/**
 * `ROLE_WITHOUT_HOLDER`: a warning for each flow role that no active user holds — by platform role key,
 * through the role's `holders` (platform roles, departments), or through a role inheriting it (the
 * engine's `holdsFlowRole`, as case commands check it). Steps of such a role cannot be worked until an
 * administrator maps a platform role to it or gives someone the role. A warning, never an error: the
 * people may come later, and a definition stays publishable.
 *
 * One bounded read: the active users having any platform role the definition names, grouped by their
 * (roles, departments) combination, at most `PROFILE_LIMIT` combinations.
 */
import { holdsFlowRole, type FlowDefinition, type RoleHolderProfile } from '@parley/engine';
import type { Models } from '../../../db/models';
import type { ReportedProblem } from '../../definitions';

export const ROLE_WITHOUT_HOLDER = 'ROLE_WITHOUT_HOLDER';
/** Distinct (roles, departments) combinations read at most; beyond it no warning is given. */
export const PROFILE_LIMIT = 2000;

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The platform role keys through which anyone could hold a role of the definition. */
export function platformRoleKeys(definition: FlowDefinition): string[] {
  const keys = new Set<string>();
  for (const role of definition.roles) {
    if (typeof role.key === 'string') keys.add(role.key);
    for (const r of stringsOf(role.holders?.roles)) keys.add(r);
  }
  return [...keys];
}

/** The warnings for `definition`'s roles that none of `profiles` holds. */
export function rolesWithoutHolder(
  definition: FlowDefinition,
  profiles: readonly RoleHolderProfile[],
): ReportedProblem[] {
  const out: ReportedProblem[] = [];
  definition.roles.forEach((role, i) => {
    if (typeof role.key !== 'string') return;
    if (profiles.some((p) => holdsFlowRole(definition, p, role.key))) return;
    const name = role.name && typeof role.name === 'object' ? role.name : { zh: role.key, en: role.key };
    out.push({
      code: ROLE_WITHOUT_HOLDER,
      path: ['roles', String(i)],
      message: {
        zh: `没有在职用户担任流程角色「${name.zh}」，其步骤无人可办理：请为该角色指定持有者（平台角色及部门），或为用户分配该角色。`,
        en: `No active user holds the flow role "${name.en}", so nobody can work its steps: map platform roles (and departments) to it under holders, or give users the role.`,
      },
      severity: 'warning',
    });
  });
  return out;
}

/** `ROLE_WITHOUT_HOLDER` warnings for the definition against the active users (one query). */
export async function roleHolderWarnings(
  models: Models,
  definition: FlowDefinition,
): Promise<ReportedProblem[]> {
  if (definition.roles.length === 0) return [];
  const keys = platformRoleKeys(definition);
  const groups =
    keys.length === 0
      ? []
      : await models.User.aggregate<{ _id: { roles?: unknown; departments?: unknown } }>([
          { $match: { active: true, roles: { $in: keys } } },
          { $group: { _id: { roles: '$roles', departments: '$departments' }, n: { $sum: 1 } } },
          { $limit: PROFILE_LIMIT },
        ]).exec();
  if (groups.length >= PROFILE_LIMIT) return [];
  const profiles = groups.map((g) => ({
    roles: stringsOf(g._id.roles),
    departments: stringsOf(g._id.departments),
  }));
  return rolesWithoutHolder(definition, profiles);
}
