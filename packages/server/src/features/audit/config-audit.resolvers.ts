import type { Resolvers } from '../../generated/resolvers-types';
import { toGlobalId } from '../../graphql/global-id';
import { paginate } from '../../graphql/pagination';
import { ConfigAuditService } from './config-audit.service';

export const configAuditResolvers: Resolvers = {
  Query: {
    configAuditLog: async (_root, args, { models }) =>
      paginate(await new ConfigAuditService(models.ConfigAudit).list(args), args.first, args.after),
  },
  ConfigAuditEntry: {
    id: (e) => toGlobalId('ConfigAuditEntry', e._id.toHexString()),
  },
};
