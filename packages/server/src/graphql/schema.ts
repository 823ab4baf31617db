/**
 * The executable schema: `schema.graphql` (the contract) plus the resolvers of each feature. Root fields
 * described in the contract but not yet live answer with a coded NOT_IMPLEMENTED error, never with a
 * silent null.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, type GraphQLSchema, type ObjectTypeDefinitionNode } from 'graphql';
import type { Resolvers } from '../generated/resolvers-types';
import { AppError } from '../errors/app-error';
import { scalarResolvers } from './scalars';
import {
  complaintCategoryResolvers,
  categoryLocalId,
} from '../features/complaint-categories/complaint-category.resolvers';
import { ComplaintCategoryService } from '../features/complaint-categories/complaint-category.service';
import { accessResolvers } from '../features/people-admin/access.resolvers';
import { configAuditResolvers } from '../features/audit/config-audit.resolvers';
import { flowResolvers } from '../features/flows/flow.resolvers';
import { surveyResolvers } from '../features/surveys/survey.resolvers';
import { surveyResponseResolvers } from '../features/survey-responses';
import { caseResolvers } from '../features/cases/runtime';
import { caseCommandResolvers } from '../features/cases/runtime';
import { caseMigrationResolvers } from '../features/cases/migration';
import { webhookResolvers } from '../features/webhooks/webhook.resolvers';
import { insightResolvers } from '../features/insight/insight.resolvers';
import { realtimeResolvers } from '../features/realtime/realtime.resolvers';
import { slaResolvers } from '../features/cases/timers';
import { caseLinkResolvers } from '../features/cases/links';
import { caseAssignmentResolvers, caseBulkResolvers } from '../features/cases/assignment';
import { contactResolvers } from '../features/cases/contact';
import { queueCountResolvers } from '../features/queues/queue-counts.resolvers';
import { inboxChangeResolvers } from '../features/realtime/inbox-changes.resolvers';
import { offerResolvers } from '../features/offers/offer.resolvers';
import { attachmentResolvers } from '../features/files/attachment.resolvers';
import { intakeResolvers } from '../features/intake/intake.resolvers';
import { publicComplaintResolvers } from '../features/public-complaint/public-complaint.resolvers';
import { whatIfResolvers } from '../features/what-if/what-if.resolvers';
import { inboxResolvers } from '../features/inbox/inbox.resolvers';
import { findingResolvers } from '../features/findings';
import { definitionNode, type DefinitionNode } from '../features/flows/definition-node';
import { applyAuthorization, authorize, TYPE_READ_ACCESS } from './authorization';
import { fromGlobalId } from './global-id';
import { CaseQueryService } from '../features/cases/runtime';
import { peopleAdminResolvers } from '../features/people-admin/people-admin.resolvers';
import { PeopleService } from '../features/access/people.service';

export const schemaPath = fileURLToPath(new URL('../../../../schema.graphql', import.meta.url));

export function loadTypeDefs(): string {
  return readFileSync(schemaPath, 'utf8');
}

const nodeResolvers: Resolvers = {
  Query: {
    node: async (_root, { id }, { models, viewer }) => {
      const categoryId = categoryLocalId(id);
      if (categoryId) {
        authorize(viewer, TYPE_READ_ACCESS['ComplaintCategory']!, 'ComplaintCategory');
        const c = await new ComplaintCategoryService(models).byId(categoryId);
        return c ? { ...c, __typename: 'ComplaintCategory' as const } : null;
      }
      const definition = await definitionNode(models, viewer, id);
      if (definition !== undefined) return definition;
      // Cases and users: the same rules as `case(id)` (department scope) and `user management`.
      const decoded = fromGlobalId(id);
      if (decoded?.type === 'Case') {
        authorize(viewer, TYPE_READ_ACCESS['Case']!, 'Case');
        const c = await new CaseQueryService(models).byId(viewer, id);
        return c ? { ...c, __typename: 'Case' as const } : null;
      }
      if (decoded?.type === 'User') {
        authorize(viewer, TYPE_READ_ACCESS['User']!, 'User');
        const u = await new PeopleService(models).userById(decoded.localId);
        return u ? { ...u, __typename: 'User' as const } : null;
      }
      return null;
    },
  },
  Node: {
    __resolveType: (obj) =>
      (obj as { __typename?: 'ComplaintCategory' | 'Case' | 'User' | DefinitionNode['__typename'] })
        .__typename ?? null,
  },
};

type ResolverMap = Record<string, Record<string, unknown>>;

function merge(...maps: ResolverMap[]): ResolverMap {
  const out: ResolverMap = {};
  for (const m of maps)
    for (const [type, fields] of Object.entries(m)) out[type] = { ...out[type], ...fields };
  return out;
}

export function notImplementedRootFields(typeDefs: string, live: ResolverMap): ResolverMap {
  const out: ResolverMap = {};
  for (const def of parse(typeDefs).definitions) {
    if (def.kind !== 'ObjectTypeDefinition' || !['Query', 'Mutation'].includes(def.name.value)) continue;
    const type = (def as ObjectTypeDefinitionNode).name.value;
    for (const field of def.fields ?? []) {
      if (live[type]?.[field.name.value]) continue;
      (out[type] ??= {})[field.name.value] = () => {
        throw new AppError('NOT_IMPLEMENTED', {
          zh: `接口字段 ${type}.${field.name.value} 尚未上线。`,
          en: `${type}.${field.name.value} is part of the contract but not live yet.`,
        });
      };
    }
  }
  return out;
}

/** Every live resolver of the server, merged. */
export function liveResolvers(): ResolverMap {
  return merge(
    scalarResolvers as unknown as ResolverMap,
    complaintCategoryResolvers as ResolverMap,
    accessResolvers as ResolverMap,
    peopleAdminResolvers as ResolverMap,
    configAuditResolvers as ResolverMap,
    flowResolvers as ResolverMap,
    surveyResolvers as ResolverMap,
    caseResolvers as ResolverMap,
    caseCommandResolvers as ResolverMap,
    caseAssignmentResolvers as ResolverMap,
    caseMigrationResolvers as ResolverMap,
    webhookResolvers as ResolverMap,
    realtimeResolvers as ResolverMap,
    slaResolvers as ResolverMap,
    caseLinkResolvers as ResolverMap,
    caseBulkResolvers as ResolverMap,
    contactResolvers as ResolverMap,
    queueCountResolvers as ResolverMap,
    inboxChangeResolvers as ResolverMap,
    offerResolvers as ResolverMap,
    attachmentResolvers as ResolverMap,
    intakeResolvers as ResolverMap,
    publicComplaintResolvers as ResolverMap,
    whatIfResolvers as ResolverMap,
    inboxResolvers as ResolverMap,
    nodeResolvers as ResolverMap,
    insightResolvers as ResolverMap,
    findingResolvers as ResolverMap,
    surveyResponseResolvers as ResolverMap,
  );
}

export function buildSchema(): GraphQLSchema {
  const typeDefs = loadTypeDefs();
  const live = liveResolvers();
  return applyAuthorization(
    makeExecutableSchema({
      typeDefs,
      resolvers: merge(notImplementedRootFields(typeDefs, live), live),
      resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
    }),
  );
}
