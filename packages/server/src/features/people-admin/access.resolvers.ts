import type { Resolvers } from '../../generated/resolvers-types';
import { AppError } from '../../errors/app-error';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id';
import { ApiClientService } from '../access';
import { PeopleService } from '../access';
import { PeopleAdminService } from './people-admin.service';
import { ConfigAuditService } from '../audit';
import type { GraphQLContext } from '../../graphql/context';

/** Records a change to people or access in the configuration audit log, then returns the result. */
async function audited<T>(
  ctx: GraphQLContext,
  action: string,
  entityType: string,
  key: (r: T) => string,
  result: Promise<T>,
  details?: (r: T) => Record<string, unknown>,
): Promise<T> {
  const r = await result;
  await new ConfigAuditService(ctx.models.ConfigAudit).record(ctx.viewer, {
    action,
    entityType,
    entityKey: key(r),
    ...(details ? { details: details(r) } : {}),
  });
  return r;
}

function localId(globalId: string, type: string): string {
  const decoded = fromGlobalId(globalId);
  return decoded?.type === type ? decoded.localId : '';
}

export const accessResolvers: Resolvers = {
  Query: {
    me: (_root, _args, { viewer, models }) =>
      viewer.kind === 'user' ? new PeopleService(models).userById(viewer.userId) : null,
    users: (_root, args, { models }) => new PeopleAdminService(models).listUsers(args),
    roles: (_root, _args, { models }) => new PeopleService(models).listRoles(),
    departments: (_root, _args, { models }) => new PeopleService(models).listDepartments(),
    apiClients: (_root, _args, { models }) => new ApiClientService(models).list(),
    apiClientsPage: (_root, args, { models }) => new ApiClientService(models).page(args.first, args.after),
  },
  Mutation: {
    login: (_root, args, { auth, ip }) => auth.login(args.username, args.password, ip),
    refreshSession: (_root, args, { auth }) => auth.refresh(args.refreshToken),
    logout: async (_root, args, { auth }) => {
      await auth.logout(args.refreshToken);
      return true;
    },
    changePassword: async (_root, args, { auth, viewer }) => {
      if (viewer.kind !== 'user') {
        throw new AppError('FORBIDDEN', {
          zh: '只有用户可以修改密码。',
          en: 'Only users have passwords to change.',
        });
      }
      await auth.changePassword(viewer.userId, args.currentPassword, args.newPassword);
      return true;
    },
    createUser: (_root, args, ctx) =>
      audited(
        ctx,
        'user.create',
        'User',
        (u) => u.username,
        new PeopleService(ctx.models).createUser(args.input, ctx.viewer),
        (u) => ({
          roles: u.roles,
          departments: u.departments,
        }),
      ),
    updateUser: async (_root, args, ctx) => {
      const id = localId(args.id, 'User');
      await new PeopleAdminService(ctx.models).refuseLockout(id, args.input, ctx.viewer);
      return audited(
        ctx,
        'user.update',
        'User',
        (u) => u.username,
        new PeopleService(ctx.models).updateUser(id, args.input, ctx.viewer),
        () => ({
          changes: { ...args.input },
        }),
      );
    },
    createRole: (_root, args, ctx) =>
      audited(
        ctx,
        'role.create',
        'Role',
        (r) => r.key,
        new PeopleService(ctx.models).createRole(args.input, ctx.viewer),
        (r) => ({ permissions: r.permissions }),
      ),
    createDepartment: (_root, args, ctx) =>
      audited(
        ctx,
        'department.create',
        'Department',
        (d) => d.code,
        new PeopleService(ctx.models).createDepartment(args.input),
      ),
    createQueue: (_root, args, ctx) =>
      audited(
        ctx,
        'queue.create',
        'Queue',
        (q) => `${q.departmentCode}/${q.code}`,
        new PeopleService(ctx.models).createQueue(args.departmentCode, args.input),
      ),
    createApiClient: (_root, args, ctx) =>
      audited(
        ctx,
        'apiclient.create',
        'ApiClient',
        (r) => r.client.name,
        new ApiClientService(ctx.models).create(args.input, ctx.viewer),
        (r) => ({
          scopes: r.client.scopes,
          rateLimitPerMinute: r.client.rateLimitPerMinute,
        }),
      ),
    updateApiClient: async (_root, args, ctx) => {
      const { before, after } = await new ApiClientService(ctx.models).update(
        localId(args.id, 'ApiClient'),
        args.input,
        ctx.viewer,
      );
      const shown = (c: typeof before) => ({
        name: c.name,
        scopes: c.scopes,
        rateLimitPerMinute: c.rateLimitPerMinute,
      });
      await new ConfigAuditService(ctx.models.ConfigAudit).record(ctx.viewer, {
        action: 'apiclient.update',
        entityType: 'ApiClient',
        entityKey: after.name,
        details: { before: shown(before), after: shown(after) },
      });
      return after;
    },
    revokeApiClient: (_root, args, ctx) =>
      audited(
        ctx,
        'apiclient.revoke',
        'ApiClient',
        (c) => c.name,
        new ApiClientService(ctx.models).revoke(localId(args.id, 'ApiClient')),
      ),
  },
  User: {
    id: (u) => toGlobalId('User', u._id.toHexString()),
    roles: (u, _args, { models }) => new PeopleService(models).rolesByKeys(u.roles),
    departments: (u, _args, { models }) => new PeopleService(models).departmentsByCodes(u.departments),
    permissions: async (u, _args, { auth }) => [...(await auth.permissionsOf(u.roles))].sort(),
  },
  Department: {
    queues: (d, _args, { models }) => new PeopleService(models).queuesOf(d.code),
  },
  Queue: {
    id: (q) => toGlobalId('Queue', q._id.toHexString()),
  },
  ApiClient: {
    id: (c) => toGlobalId('ApiClient', c._id.toHexString()),
  },
};
