/**
 * `addAttachment`, `Case.attachments` and the audited `Attachment.contentBase64` (docs/attachments.md).
 * Permissions are in graphql/authorization.ts; the case's visibility is checked by the runtime.
 */
import { Types } from 'mongoose';
import type { Resolvers, ResolversTypes } from '../../generated/resolvers-types';
import type { GraphQLContext } from '../../graphql/context';
import { caseNotFound } from '../cases';
import { localObjectId } from '../cases';
import { AttachmentService, type AttachmentView } from './attachment.service';

/** The API type has no mapper; the view carries what the field resolvers below need. */
function asAttachment(view: AttachmentView): ResolversTypes['Attachment'] {
  return view as unknown as ResolversTypes['Attachment'];
}

function viewOf(parent: unknown): AttachmentView {
  return parent as AttachmentView;
}

/**
 * Reads of one request run one after another: each appends an event to the same case, and parallel
 * field resolvers would otherwise race each other for the next seq.
 */
const readQueues = new WeakMap<object, Promise<unknown>>();

function serialised<T>(ctx: object, work: () => Promise<T>): Promise<T> {
  const previous = readQueues.get(ctx) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  readQueues.set(ctx, next);
  return next;
}

export const attachmentResolvers: Resolvers = {
  Mutation: {
    addAttachment: async (_root, args, { models, viewer, logger }) => {
      const caseId = localObjectId(args.caseId, 'Case');
      if (!caseId) throw caseNotFound();
      return asAttachment(
        await new AttachmentService(models, logger).add(viewer, caseId, {
          fileName: args.fileName,
          contentType: args.contentType,
          contentBase64: args.contentBase64,
          stepKey: args.stepKey ?? null,
          idempotencyKey: args.idempotencyKey ?? null,
        }),
      );
    },
  },
  Case: {
    attachments: async (c, _args, { models, logger }) =>
      (await new AttachmentService(models, logger).list(c)).map(asAttachment),
    attachment: async (c, { id }, { models, logger }) => {
      const found = (await new AttachmentService(models, logger).list(c)).find((a) => a.id === id);
      return found ? asAttachment(found) : null;
    },
  },
  Attachment: {
    id: (a) => viewOf(a).id,
    uploadedBy: async (a, _args, { models }) => {
      const key = viewOf(a).uploadedByKey;
      if (key?.startsWith('user:') && Types.ObjectId.isValid(key.slice(5))) {
        const user = await models.User.findById(new Types.ObjectId(key.slice(5)), { username: 1 })
          .lean<{ username: string }>()
          .exec();
        if (user) return user.username;
      }
      return key;
    },
    contentBase64: (a, _args, ctx: GraphQLContext) =>
      serialised(ctx, async () =>
        (await new AttachmentService(ctx.models, ctx.logger).read(ctx.viewer, viewOf(a))).toString('base64'),
      ),
  },
};
