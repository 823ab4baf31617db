/**
 * GraphQL for the people screens beyond the original access resolvers: the permission catalogue, role
 * editing, password resets, department members and routing. Every change is recorded in the
 * configuration audit log after it is written (the reset's password never is).
 */
import type { Resolvers } from '../../generated/resolvers-types';
import { fromGlobalId } from '../../graphql/global-id';
import { ConfigAuditService } from '../audit/config-audit.service';
import { permissionCatalogue } from './permission-groups';
import { PeopleAdminService } from './people-admin.service';

function userLocalId(globalId: string): string {
  const decoded = fromGlobalId(globalId);
  return decoded?.type === 'User' ? decoded.localId : '';
}

export const peopleAdminResolvers: Resolvers = {
  Query: {
    permissions: () => permissionCatalogue(),
  },
  Mutation: {
    updateRole: async (_root, args, { models, viewer }) => {
      const { before, after } = await new PeopleAdminService(models).updateRole(args.key, args.input, viewer);
      await new ConfigAuditService(models.ConfigAudit).record(viewer, {
        action: 'role.update',
        entityType: 'Role',
        entityKey: after.key,
        details: {
          before: { name: before.name, permissions: before.permissions },
          after: { name: after.name, permissions: after.permissions },
        },
      });
      return after;
    },
    resetUserPassword: async (_root, args, { models, viewer }) => {
      const { user, password } = await new PeopleAdminService(models).resetPassword(
        userLocalId(args.id),
        viewer,
      );
      await new ConfigAuditService(models.ConfigAudit).record(viewer, {
        action: 'user.password-reset',
        entityType: 'User',
        entityKey: user.username,
        details: { mode: args.mode, sessionsEnded: true },
      });
      return { user, mode: args.mode, password };
    },
    setDepartmentMembers: async (_root, args, { models, viewer }) => {
      const { department, added, removed } = await new PeopleAdminService(models).setMembers(
        args.departmentCode,
        args.userIds.map(userLocalId),
        viewer,
      );
      await new ConfigAuditService(models.ConfigAudit).record(viewer, {
        action: 'department.members',
        entityType: 'Department',
        entityKey: department.code,
        details: { added, removed },
      });
      return department;
    },
  },
  Department: {
    members: (d, _args, { models }) => new PeopleAdminService(models).membersOf(d.code),
    routedCategories: (d, _args, { models }) => new PeopleAdminService(models).routedCategories(d.code),
  },
};
