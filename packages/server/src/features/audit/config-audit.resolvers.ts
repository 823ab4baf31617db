import type { Resolvers } from '../../generated/resolvers-types';
import { toGlobalId } from '../../graphql/global-id';
import { CaseQueryService } from '../cases';
import { explainChainBreak } from './audit-chain-wording';
import { ConfigAuditService } from './config-audit.service';
import { actorNames, bareActorName } from './config-audit.names';

export const configAuditResolvers: Resolvers = {
  Query: {
    configAuditLog: async (_root, args, { models }) => {
      const page = await new ConfigAuditService(models.ConfigAudit).page(args, args.first, args.after);
      const names = await actorNames(
        models,
        page.edges.map((e) => e.node.actor),
      );
      for (const edge of page.edges) edge.node.actorName = names.get(edge.node.actor);
      return page;
    },
    configAuditFacets: async (_root, _args, { models }) => {
      const service = new ConfigAuditService(models.ConfigAudit);
      const [entityTypes, actors] = await Promise.all([service.entityTypes(), service.actors()]);
      const names = await actorNames(
        models,
        actors.map((a) => a.key),
      );
      return {
        entityTypes,
        actors: actors
          .map((a) => ({ key: a.key, entries: a.entries, name: names.get(a.key) ?? bareActorName(a.key) }))
          .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
      };
    },
  },
  ConfigAuditEntry: {
    id: (e) => toGlobalId('ConfigAuditEntry', e._id.toHexString()),
    actorName: (e) => e.actorName ?? bareActorName(e.actor),
  },
  BrokenAuditLink: {
    // Named only when the caller may see the case (the same rule as `case`).
    caseReference: async (link, _args, { models, viewer }) =>
      (await new CaseQueryService(models).byId(viewer, link.caseId))?.reference ?? null,
    explanation: (link) => explainChainBreak(link.reason),
  },
};
