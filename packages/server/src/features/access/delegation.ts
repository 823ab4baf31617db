/**
 * Nobody grants what they do not hold. Whoever gives permissions away — API-client scopes, a custom
 * role's permissions, roles assigned to a user (a role grants all of its permissions) — must hold every
 * one of them. Holders of the `administrator` role may grant anything; the server itself (seeding, the
 * CLI) is not limited. Checked after the input is validated and before anything is written.
 * Departments are a grant too (they decide whose cases a user sees): only the grantor's own, unless the
 * grantor is bank-wide (`case.all-departments`, an administrator, another system).
 */
import { AppError } from '../../errors/app-error';
import type { Permission } from './permissions';
import type { Viewer } from './viewer';

export const ADMINISTRATOR_ROLE = 'administrator';

/** The permissions in `wanted` that `grantor` does not hold (none when the grantor may grant anything). */
export function ungrantable(grantor: Viewer, wanted: Iterable<Permission>): Permission[] {
  if (grantor.kind === 'system') return [];
  if (grantor.kind === 'user' && grantor.roles?.includes(ADMINISTRATOR_ROLE)) return [];
  const held: ReadonlySet<Permission> =
    grantor.kind === 'user' || grantor.kind === 'apiClient' ? grantor.permissions : new Set();
  return [...new Set(wanted)].filter((p) => !held.has(p)).sort();
}

/** Throws FORBIDDEN (nothing written) when `grantor` would give away a permission they do not hold. */
export function refuseUngrantable(
  grantor: Viewer,
  wanted: Iterable<Permission>,
  fieldPath: readonly (string | number)[],
): void {
  const missing = ungrantable(grantor, wanted);
  if (missing.length === 0) return;
  const list = missing.join(', ');
  throw new AppError(
    'FORBIDDEN',
    {
      zh: `不能授予自己没有的权限：${list}。`,
      en: `You cannot grant permissions you do not hold yourself: ${list}.`,
    },
    { fieldPath },
  );
}

/** Throws FORBIDDEN when `grantor` would give departments (case visibility) beyond their own. */
export function refuseUngrantableDepartments(
  grantor: Viewer,
  wanted: readonly string[],
  fieldPath: readonly (string | number)[],
): void {
  if (grantor.kind === 'system' || grantor.kind === 'apiClient') return;
  if (grantor.kind === 'user') {
    if (grantor.roles?.includes(ADMINISTRATOR_ROLE) || grantor.permissions.has('case.all-departments'))
      return;
  }
  const own = grantor.kind === 'user' ? grantor.departments : [];
  const missing = [...new Set(wanted)].filter((d) => !own.includes(d)).sort();
  if (missing.length === 0) return;
  const list = missing.join(', ');
  throw new AppError(
    'FORBIDDEN',
    {
      zh: `不能授予自己不属于的部门：${list}。`,
      en: `You cannot give departments you do not belong to yourself: ${list}.`,
    },
    { fieldPath },
  );
}
