/**
 * Customer intake over GraphQL (docs/intake.md). `issueIntakeLink` needs `flow.publish`
 * (graphql/authorization.ts); `intakeForm` and `submitIntake` are public: the signed intake-link token
 * is their credential, and submits are rate-limited per client address.
 */
import type { Resolvers } from '../../generated/resolvers-types';
import { IntakeService } from './intake.service';

export const intakeResolvers: Resolvers = {
  Query: {
    intakeForm: (_root, { token }, { models }) => new IntakeService(models).form(token),
  },
  Mutation: {
    issueIntakeLink: (_root, { templateKey, channel, expiresInHours, departmentCode }, { models, viewer }) =>
      new IntakeService(models).issueLink(
        viewer,
        templateKey,
        channel ?? 'WEBSITE',
        expiresInHours ?? 720,
        departmentCode,
      ),
    submitIntake: (_root, { token, customer, data, idempotencyKey }, { models, ip }) =>
      new IntakeService(models).submit(token, customer, data, idempotencyKey, ip),
  },
};
