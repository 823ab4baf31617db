/**
 * Case migration over GraphQL: open cases per flow version, the dry run and the batched migration.
 * Permissions are in graphql/authorization.ts (`flow.publish` to plan or migrate, `case.read` for the
 * open cases themselves, `flow.read` for their count).
 */
import type { Resolvers } from '../../../generated/resolvers-types';
import { CaseMigrationService } from './case-migration.service';

export const caseMigrationResolvers: Resolvers = {
  Query: {
    planCaseMigration: (_root, args, { models, viewer }) =>
      new CaseMigrationService(models).plan(viewer, args),
  },
  Mutation: {
    migrateCases: (_root, args, { models, viewer }) =>
      new CaseMigrationService(models).migrate(viewer, args, args.batchSize, args.idempotencyKey),
  },
  FlowVersion: {
    openCases: (v, args, { models, viewer }) =>
      new CaseMigrationService(models).openCases(viewer, v.key, v.version, args.first, args.after),
    openCaseCount: (v, _args, { models, viewer }) =>
      new CaseMigrationService(models).openCaseCount(viewer, v.key, v.version),
  },
};
