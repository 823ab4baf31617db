/**
 * Flow roles and their mapping to the platform: add, remove, rename (every reference follows) and the
 * holders (platform roles and departments) that act as a flow role.
 */
import type { FlowDefinition, RoleDefinition, RoleHolders, StepDefinition } from '@parley/engine';
import { KEY_FORMAT, withFields } from './step-edits';

export type { RoleHolders };

/** A flow role with its platform mapping (`RoleDefinition.holders`). */
export type MappedRole = RoleDefinition;

export function holdersOf(role: RoleDefinition): RoleHolders | undefined {
  return role.holders;
}

/** Flow roles that no platform role or department is mapped to: nobody could work their steps. */
export function rolesWithoutHolders(
  doc: FlowDefinition,
  /** Platform role keys: a flow role with the same key is held by that platform role's users. */
  platformRoleKeys: ReadonlySet<string> = new Set(),
): string[] {
  const byKey = new Map(doc.roles.map((r) => [r.key, r]));
  const held = new Set<string>();
  const hold = (key: string): void => {
    if (held.has(key)) return;
    held.add(key);
    // Whoever holds a role also holds the roles it inherits (a supervisor can do an agent's work).
    for (const inherited of byKey.get(key)?.inherits ?? []) hold(inherited);
  };
  for (const r of doc.roles) {
    const h = holdersOf(r);
    if (platformRoleKeys.has(r.key) || (h && (h.roles.length > 0 || (h.departments?.length ?? 0) > 0)))
      hold(r.key);
  }
  return doc.roles.filter((r) => !held.has(r.key)).map((r) => r.key);
}

/** Sets the platform roles and departments that hold flow role `key`; both empty removes the mapping. */
export function setRoleHolders(doc: FlowDefinition, key: string, holders: RoleHolders): FlowDefinition {
  const clean: RoleHolders | undefined =
    holders.roles.length === 0 && (holders.departments?.length ?? 0) === 0
      ? undefined
      : {
          roles: [...holders.roles],
          ...(holders.departments && holders.departments.length > 0
            ? { departments: [...holders.departments] }
            : {}),
        };
  let changed = false;
  const roles = doc.roles.map((r) => {
    if (r.key !== key) return r;
    changed = true;
    return withFields(r as MappedRole, { holders: clean });
  });
  return changed ? { ...doc, roles } : doc;
}

/** A new role `role`, `role-2` … with an empty name. */
export function addRole(doc: FlowDefinition): { doc: FlowDefinition; key: string } {
  const taken = new Set(doc.roles.map((r) => r.key));
  let key = 'role';
  for (let n = 2; taken.has(key); n++) key = `role-${n}`;
  return { doc: { ...doc, roles: [...doc.roles, { key, name: { zh: '', en: '' } }] }, key };
}

export function updateRole(
  doc: FlowDefinition,
  key: string,
  change: (role: MappedRole) => MappedRole,
): FlowDefinition {
  let changed = false;
  const roles = doc.roles.map((r) => {
    if (r.key !== key) return r;
    const next = change(r);
    if (next !== r) changed = true;
    return next;
  });
  return changed ? { ...doc, roles } : doc;
}

/** Why a role key cannot be used, or null. */
export function roleKeyProblem(
  doc: FlowDefinition,
  from: string,
  to: string,
): 'empty' | 'format' | 'taken' | null {
  if (to === from) return null;
  if (to.trim() === '') return 'empty';
  if (!KEY_FORMAT.test(to)) return 'format';
  if (doc.roles.some((r) => r.key === to)) return 'taken';
  return null;
}

function renameInStep(step: StepDefinition, swap: (k: string) => string): StepDefinition {
  let s = step;
  if (s.kind === 'review' && s.requiredRole !== swap(s.requiredRole))
    s = { ...s, requiredRole: swap(s.requiredRole) };
  if (
    s.kind === 'notification' &&
    typeof s.recipient === 'object' &&
    s.recipient.role !== swap(s.recipient.role)
  )
    s = { ...s, recipient: { role: swap(s.recipient.role) } };
  if (s.assignTo && 'role' in s.assignTo && s.assignTo.role !== swap(s.assignTo.role))
    s = { ...s, assignTo: { ...s.assignTo, role: swap(s.assignTo.role) } };
  return s;
}

/**
 * Renames flow role `from` to `to` and every reference to it: inherits, review steps, assignments,
 * notification recipients, the escalation role, the authority matrix and the regulatory clock's
 * approver. Refused (same document back) when `to` is taken or not a valid key.
 */
export function renameRole(doc: FlowDefinition, from: string, to: string): FlowDefinition {
  if (roleKeyProblem(doc, from, to) !== null || from === to || !doc.roles.some((r) => r.key === from))
    return doc;
  const swap = (k: string): string => (k === from ? to : k);
  const next: Record<string, unknown> = {
    ...doc,
    roles: doc.roles.map((r) => {
      const renamed = r.key === from ? { ...r, key: to } : r;
      return renamed.inherits?.includes(from)
        ? { ...renamed, inherits: renamed.inherits.map(swap) }
        : renamed;
    }),
    steps: doc.steps.map((s) => renameInStep(s, swap)),
  };
  if (doc.escalationRole === from) next['escalationRole'] = to;
  const clock = doc.sla?.regulatoryComplaintClock;
  if (doc.sla && clock?.furtherExtensionApproverRole === from)
    next['sla'] = { ...doc.sla, regulatoryComplaintClock: { ...clock, furtherExtensionApproverRole: to } };
  const offer = doc.offerPolicy;
  if (offer && (offer.authority.escalationOrder.includes(from) || from in offer.authority.roles)) {
    const roles = Object.fromEntries(Object.entries(offer.authority.roles).map(([k, v]) => [swap(k), v]));
    next['offerPolicy'] = {
      ...offer,
      authority: { escalationOrder: offer.authority.escalationOrder.map(swap), roles },
    };
  }
  return next as unknown as FlowDefinition;
}

/** Removes a role and the other roles' `inherits` of it; steps that still use it are left for validation to flag. */
export function removeRole(doc: FlowDefinition, key: string): FlowDefinition {
  if (!doc.roles.some((r) => r.key === key)) return doc;
  return {
    ...doc,
    roles: doc.roles
      .filter((r) => r.key !== key)
      .map((r) =>
        r.inherits?.includes(key)
          ? withFields(r, {
              inherits:
                r.inherits.filter((k) => k !== key).length > 0
                  ? r.inherits.filter((k) => k !== key)
                  : undefined,
            })
          : r,
      ),
  };
}

/** Where a role is used, for the confirmation before removing it. */
export function roleUses(doc: FlowDefinition, key: string): number {
  let n = 0;
  for (const s of doc.steps) if (renameInStep(s, (k) => (k === key ? `\u0000` : k)) !== s) n++;
  if (doc.escalationRole === key) n++;
  if (doc.offerPolicy?.authority.escalationOrder.includes(key)) n++;
  if (doc.sla?.regulatoryComplaintClock?.furtherExtensionApproverRole === key) n++;
  return n;
}
