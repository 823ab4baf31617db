/**
 * Who may see a case, and who the engine is told is acting.
 *
 * Department scoping: a user sees the cases of their departments (and the ones assigned to them);
 * `case.all-departments` lifts the limit (and alone sees unrouted cases, which have no department); API clients act bank-wide (their scopes limit them).
 *
 * Flow roles: a user holds a flow role when one of their platform role keys is the flow role's key, or
 * when one of their platform roles is among the role's `holders` (and, if the holders name departments,
 * the user belongs to one of them) — then also every role it inherits (the engine's `holdsFlowRole`).
 * So the engine is told the user's platform roles and departments.
 */
import type { Actor } from '@parley/engine';
import type { Types } from 'mongoose';
import type { Models } from '../../db/models';
import type { Viewer } from '../access';
import type { CaseRecord } from './case.model';

/** The actor string stored in events and the scope of idempotency keys. */
export function actorKey(viewer: Viewer): string | null {
  switch (viewer.kind) {
    case 'user':
      return `user:${viewer.userId}`;
    case 'apiClient':
      return `api:${viewer.clientId}`;
    case 'system':
      return `system:${viewer.name}`;
    case 'customer':
      return `customer:${viewer.linkId}`;
    case 'anonymous':
      return null;
  }
}

export function canSeeCase(
  viewer: Viewer,
  c: Pick<CaseRecord, '_id' | 'departmentCode' | 'assigneeId'>,
): boolean {
  if (viewer.kind === 'system' || viewer.kind === 'apiClient') return true;
  // A customer link opens its own case and nothing else.
  if (viewer.kind === 'customer') return c._id.toHexString() === viewer.caseId;
  if (viewer.kind !== 'user') return false;
  if (viewer.permissions.has('case.all-departments')) return true;
  if (c.assigneeId && c.assigneeId.toHexString() === viewer.userId) return true;
  // An unrouted case (no department) is for bank-wide staff to route, as in the lists: a department-
  // scoped user neither finds it in a list nor reads it by id.
  return c.departmentCode !== null && viewer.departments.includes(c.departmentCode);
}

/** The department filter of a list query, or null when the viewer sees every department. */
export function departmentScope(viewer: Viewer): string[] | null {
  if (viewer.kind === 'user' && !viewer.permissions.has('case.all-departments'))
    return [...viewer.departments];
  return null;
}

export async function engineActor(models: Models, viewer: Viewer): Promise<Actor> {
  if (viewer.kind === 'user') {
    // Viewers resolved from a token carry their roles (as fresh as their permissions, viewer.ts).
    if (viewer.roles)
      return {
        kind: 'staff',
        id: viewer.userId,
        roles: [...viewer.roles],
        departments: [...viewer.departments],
      };
    const user = await models.User.findById(viewer.userId, { roles: 1, departments: 1 })
      .lean<{ _id: Types.ObjectId; roles: string[]; departments: string[] }>()
      .exec();
    return {
      kind: 'staff',
      id: viewer.userId,
      roles: user?.roles ?? [],
      departments: user?.departments ?? [],
    };
  }
  if (viewer.kind === 'customer') return { kind: 'customer', id: `link:${viewer.linkId}` };
  return { kind: 'system', id: actorKey(viewer) ?? 'anonymous' };
}
