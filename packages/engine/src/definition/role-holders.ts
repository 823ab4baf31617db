/**
 * Who holds a flow role. A flow names its own roles (`FlowDefinition.roles`); the host knows people by
 * their platform roles and departments. A staff member holds flow role R when
 *
 * - one of their platform role keys is R itself, or
 * - one of their platform roles is in `R.holders.roles` and, when `R.holders.departments` lists any,
 *   they belong to one of those departments,
 *
 * and then also every role R inherits (`inherits`, transitively). Pure functions of the definition, so
 * the interpreter, the host's permission checks and its user queries agree on one meaning.
 */
import type { FlowDefinition, RoleDefinition } from './flow-definition.types';

/** A staff member as role matching sees them: platform role keys and department codes. */
export interface RoleHolderProfile {
  readonly roles: readonly string[];
  readonly departments?: readonly string[];
}

/**
 * One way to hold a flow role, for a host's user query: a person qualifies when they have one of
 * `roles` and, if `departments` is present, belong to one of `departments`. Alternatives are OR-ed.
 */
export interface RoleHolderClause {
  readonly roles: readonly string[];
  readonly departments?: readonly string[];
}

/** Transitive closure of `inherits` (role → the roles it has the permissions of, itself included). */
export function closeRoles(definition: FlowDefinition): Map<string, Set<string>> {
  const direct = new Map(definition.roles.map((r) => [r.key, r.inherits ?? []]));
  const closure = new Map<string, Set<string>>();
  for (const role of direct.keys()) {
    const seen = new Set<string>([role]);
    const stack = [role];
    while (stack.length > 0) {
      for (const next of direct.get(stack.pop() as string) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    closure.set(role, seen);
  }
  return closure;
}

const closures = new WeakMap<FlowDefinition, Map<string, Set<string>>>();

function cachedClosure(definition: FlowDefinition): ReadonlyMap<string, ReadonlySet<string>> {
  let closure = closures.get(definition);
  if (!closure) {
    closure = closeRoles(definition);
    closures.set(definition, closure);
  }
  return closure;
}

/** The holder departments that restrict `role`, or null when any department qualifies. */
function holderDepartments(role: RoleDefinition): readonly string[] | null {
  const departments = role.holders?.departments;
  return Array.isArray(departments) && departments.length > 0 ? departments : null;
}

/** Whether the profile holds `role` through its `holders` mapping (inheritance aside). */
function mapped(role: RoleDefinition, profile: RoleHolderProfile): boolean {
  const holders = role.holders?.roles;
  if (!Array.isArray(holders) || !profile.roles.some((r) => holders.includes(r))) return false;
  const departments = holderDepartments(role);
  return departments === null || (profile.departments ?? []).some((d) => departments.includes(d));
}

/** The flow roles the profile holds by itself (by key or through `holders`), before inheritance. */
export function ownFlowRoles(definition: FlowDefinition, profile: RoleHolderProfile): string[] {
  return definition.roles
    .filter((r) => profile.roles.includes(r.key) || mapped(r, profile))
    .map((r) => r.key);
}

/**
 * Whether the profile holds flow role `role`: by key, through `holders`, or through a role that
 * inherits it. `closure` defaults to one computed (and cached) for the definition object.
 */
export function holdsFlowRole(
  definition: FlowDefinition,
  profile: RoleHolderProfile,
  role: string,
  closure: ReadonlyMap<string, ReadonlySet<string>> = cachedClosure(definition),
): boolean {
  for (const r of profile.roles) if (closure.get(r)?.has(role)) return true;
  for (const r of definition.roles)
    if (r.holders && closure.get(r.key)?.has(role) && mapped(r, profile)) return true;
  return false;
}

export interface RoleHolderClauseOptions {
  /**
   * Also the holders of the roles that inherit `role` (default true: everyone who may work it). False
   * gives the role's own holders only, e.g. the pool automatic assignment rotates over, so that a
   * supervisor who may do an agent's work is not handed every agent's case.
   */
  readonly inheriting?: boolean;
}

/**
 * Every way to hold flow role `role`, for a host's user query: the platform role keys equal to `role`
 * or to a role inheriting it, and the `holders` of each of those roles. Empty for an unknown role.
 */
export function roleHolderClauses(
  definition: FlowDefinition,
  role: string,
  options: RoleHolderClauseOptions = {},
): RoleHolderClause[] {
  const closure = cachedClosure(definition);
  const holding = definition.roles.filter((r) =>
    options.inheriting === false ? r.key === role : closure.get(r.key)?.has(role),
  );
  if (holding.length === 0) return [];
  const out: RoleHolderClause[] = [{ roles: holding.map((r) => r.key) }];
  for (const r of holding) {
    const roles = r.holders?.roles;
    if (!Array.isArray(roles) || roles.length === 0) continue;
    const departments = holderDepartments(r);
    out.push(
      departments === null ? { roles: [...roles] } : { roles: [...roles], departments: [...departments] },
    );
  }
  return out;
}
