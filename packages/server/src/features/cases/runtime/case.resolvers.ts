/**
 * Cases over GraphQL: queries and the Case / Customer / CaseEvent fields. Personal data leaves only
 * masked (stored masks for the customer, masks computed from the opened value for sensitive form
 * fields in events); `revealCustomerField` is the one way to the plaintext.
 */
import type { Resolvers } from '../../../generated/resolvers-types';
import { toGlobalId } from '../../../graphql/global-id';
import { ComplaintCategoryService } from '../../complaint-categories/complaint-category.service';
import { FlowTemplateService } from '../../flows';
import { userById } from '../../flows';
import { trusted, Types } from 'mongoose';
import { CaseAuditService } from '../log/case-audit.service';
import { CaseQueryService, localObjectId } from './case-query.service';
import { departmentScope } from '../case-access';
import { dataKeysOf, isSealed, type DataKeyring } from '../../privacy';
import { maskAny } from '../../privacy';
import { actorLoader } from '../assignment/case-actors';
import { eventTitle } from '../log/event-titles';

/** A copy of event data with every sealed value replaced by its mask. */
function maskedData(value: unknown, keys: DataKeyring): unknown {
  if (isSealed(value)) return maskAny(keys.open(value));
  if (Array.isArray(value)) return value.map((v) => maskedData(v, keys));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskedData(v, keys);
    return out;
  }
  return value;
}

export const caseResolvers: Resolvers = {
  Query: {
    cases: (_root, args, { models, viewer }) =>
      new CaseQueryService(models).list(viewer, args, args.first, args.after),
    case: (_root, { id }, { models, viewer }) => new CaseQueryService(models).byId(viewer, id),
    caseByReference: (_root, { reference }, { models, viewer }) =>
      new CaseQueryService(models).byReference(viewer, reference),
    myInbox: (_root, args, { models, viewer }) =>
      new CaseQueryService(models).inbox(viewer, args.first, args.after),
    casesByCustomer: (_root, args, { models, viewer }) =>
      new CaseQueryService(models).byCustomer(viewer, dataKeysOf(models), args.idNumber, args.phone),
    verifyAudit: async (_root, { caseId }, { models, viewer }) => {
      let id = caseId ? (localObjectId(caseId, 'Case') ?? new Types.ObjectId()) : null;
      // A case the viewer may not see is checked as a case that does not exist: the same answer, so
      // the report does not tell a department-scoped auditor that it exists.
      if (id && departmentScope(viewer) && !(await new CaseQueryService(models).byId(viewer, caseId!)))
        id = new Types.ObjectId();
      // Every chain, for a department-scoped auditor: only their departments' cases (as `cases` lists).
      const departments = caseId ? null : departmentScope(viewer);
      const scope = departments
        ? (
            await models.Case.find({ departmentCode: trusted({ $in: departments }) }, { _id: 1 })
              .lean<{ _id: Types.ObjectId }[]>()
              .exec()
          ).map((c) => c._id)
        : null;
      const report = await new CaseAuditService(models).verify(id, scope);
      return {
        ...report,
        firstBroken: report.firstBroken && {
          ...report.firstBroken,
          caseId: toGlobalId('Case', report.firstBroken.caseId),
        },
      };
    },
  },
  Case: {
    id: (c) => toGlobalId('Case', c._id.toHexString()),
    status: (c) => c.status,
    channel: (c) => c.channel as never,
    flowVersion: async (c, _args, { models }) =>
      new FlowTemplateService(models).requireVersion(c.templateKey, c.version, ['id']),
    category: (c, _args, { models }) =>
      c.categoryId ? new ComplaintCategoryService(models).byId(c.categoryId) : null,
    assignee: (c, _args, { models }) => userById(models, c.assigneeId),
    queue: (c, _args, { models }) => (c.queueId ? models.Queue.findById(c.queueId).lean().exec() : null),
    events: (c, args, { models }) => new CaseQueryService(models).events(c, args.first, args.after),
    // Cases projected before the flag existed have none: their due time was computed on maintained years.
    dueAtProvisional: (c) => c.dueAtProvisional === true,
    // Cases projected before receipt was recorded were received when they were opened.
    receivedAt: (c) => c.receivedAt ?? c.openedAt,
    receivedAtReason: (c) => c.receivedAtReason ?? null,
  },
  Customer: {
    name: (c) => c.masked.name,
    idNumber: (c) => c.masked.idNumber,
    phone: (c) => c.masked.phone,
    bankCard: (c) => c.masked.bankCard,
    address: (c) => c.masked.address,
  },
  CaseEvent: {
    actor: (e, _args, { models }) =>
      e.actor?.startsWith('user:') && Types.ObjectId.isValid(e.actor.slice(5))
        ? userById(models, new Types.ObjectId(e.actor.slice(5)))
        : null,
    actorKey: (e) => e.actor,
    performedBy: (e, _args, ctx) => actorLoader(ctx).load(e.actor),
    title: (e) => eventTitle(e.type),
    data: (e, _args, { models }) => maskedData(e.data, dataKeysOf(models)),
    previousHash: (e) => e.prevHash,
  },
};
