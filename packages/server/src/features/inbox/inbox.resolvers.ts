/**
 * The inbox over GraphQL: `inbox`, `inboxViews`, `saveInboxView`, `deleteInboxView` and the rows'
 * fields. Rows carry the stored masks only (no decryption in a list). Permissions: authorization.ts.
 */
import type { Resolvers } from '../../generated/resolvers-types';
import { toGlobalId } from '../../graphql/global-id';
import { localObjectId } from '../cases';
import { SLA_WARNING_MS, slaStateAt } from './inbox-filter';
import { InboxService } from './inbox.service';

export const inboxResolvers: Resolvers = {
  Query: {
    inbox: (_root, args, { models, viewer }) =>
      new InboxService(models).page(viewer, args.view, args.filter, args.first, args.after),
    inboxViews: (_root, _args, { models, viewer }) => new InboxService(models).savedViews(viewer),
    assignableUsers: (_root, _args, { models, viewer }) => new InboxService(models).assignableUsers(viewer),
  },
  Mutation: {
    saveInboxView: (_root, { input }, { models, viewer }) => new InboxService(models).save(viewer, input),
    deleteInboxView: (_root, { id }, { models, viewer }) =>
      new InboxService(models).delete(viewer, localObjectId(id, 'SavedInboxView')),
  },
  InboxItem: {
    case: (row) => row.case,
    customerName: (row) => row.case.customer.masked?.name ?? '',
    customerPhone: (row) => row.case.customer.masked?.phone ?? null,
    flowName: (row) => row.definition?.name ?? { zh: row.case.templateKey, en: row.case.templateKey },
    currentSteps: (row) =>
      row.case.activeSteps.map((key) => ({
        key,
        name: row.definition?.steps.find((s) => s.key === key)?.name ?? { zh: key, en: key },
      })),
    dueAt: (row) => row.case.dueAt,
    warningAt: (row) => (row.case.dueAt ? new Date(row.case.dueAt.getTime() - SLA_WARNING_MS) : null),
    slaState: (row) => slaStateAt(row.case.dueAt, row.now),
  },
  SavedInboxView: {
    id: (v) => toGlobalId('SavedInboxView', v._id.toHexString()),
    view: (v) => v.view as never,
  },
};
