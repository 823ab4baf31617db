/**
 * GraphQL for the people screens beyond the original access resolvers: the permission catalogue, role
 * editing, password resets, department members and routing. Every change is recorded in the
 * configuration audit log after it is written (the reset's password never is).
 */
import type { Resolvers } from '../../generated/resolvers-types';
import { fromGlobalId } from '../../graphql/global-id';
import { ConfigAuditService } from '../audit';
import { permissionCatalogue } from '../access';
import { OrgStructureService } from './org-structure.service';
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
    renameDepartment: async (_root, args, { models, viewer }) => {
      const { before, after } = await new OrgStructureService(models).renameDepartment(args.code, args.name);
      await new ConfigAuditService(models.ConfigAudit).record(viewer, {
        action: 'department.rename',
        entityType: 'Department',
        entityKey: after.code,
        details: { before: { name: before.name }, after: { name: after.name } },
      });
      return after;
    },
    deleteDepartment: async (_root, args, { models, viewer }) => {
      const { department, queues } = await new OrgStructureService(models).deleteDepartment(args.code);
      await new ConfigAuditService(models.ConfigAudit).record(viewer, {
        action: 'department.delete',
        entityType: 'Department',
        entityKey: department.code,
        details: { before: { name: department.name, queues }, after: null },
      });
      return true;
    },
    renameQueue: async (_root, args, { models, viewer }) => {
      const { before, after } = await new OrgStructureService(models).renameQueue(
        args.departmentCode,
        args.code,
        args.name,
      );
      await new ConfigAuditService(models.ConfigAudit).record(viewer, {
        action: 'queue.rename',
        entityType: 'Queue',
        entityKey: `${after.departmentCode}/${after.code}`,
        details: { before: { name: before.name }, after: { name: after.name } },
      });
      return after;
    },
    deleteQueue: async (_root, args, { models, viewer }) => {
      const queue = await new OrgStructureService(models).deleteQueue(args.departmentCode, args.code);
      await new ConfigAuditService(models.ConfigAudit).record(viewer, {
        action: 'queue.delete',
        entityType: 'Queue',
        entityKey: `${queue.departmentCode}/${queue.code}`,
        details: { before: { name: queue.name }, after: null },
      });
      return true;
    },
    deleteRole: async (_root, args, { models, viewer }) => {
      const role = await new OrgStructureService(models).deleteRole(args.key);
      await new ConfigAuditService(models.ConfigAudit).record(viewer, {
        action: 'role.delete',
        entityType: 'Role',
        entityKey: role.key,
        details: { before: { name: role.name, permissions: role.permissions }, after: null },
      });
      return true;
    },
  },
  Role: {
    holderCount: (r, _args, { models }) => new OrgStructureService(models).holderCount(r.key),
  },
  Department: {
    members: (d, _args, { models }) => new PeopleAdminService(models).membersOf(d.code),
    routedCategories: (d, _args, { models }) => new PeopleAdminService(models).routedCategories(d.code),
  },
};
