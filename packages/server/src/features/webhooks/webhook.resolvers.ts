import type {
  Resolvers,
  WebhookAttemptOutcome,
  WebhookDeliveryStatus,
} from '../../generated/resolvers-types';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id';
import { paginate } from '../../graphql/pagination';
import { actorName } from '../access/viewer';
import { ConfigAuditService } from '../audit/config-audit.service';
import type { WebhookDeliveryState } from './webhook.model';
import { WebhookService } from './webhook.service';

const STATUS_OUT: Record<WebhookDeliveryState, WebhookDeliveryStatus> = {
  pending: 'PENDING',
  delivered: 'DELIVERED',
  dead: 'DEAD',
};
const STATUS_IN: Record<WebhookDeliveryStatus, WebhookDeliveryState> = {
  PENDING: 'pending',
  DELIVERED: 'delivered',
  DEAD: 'dead',
};
const OUTCOME: Record<'running' | 'failed' | 'succeeded', WebhookAttemptOutcome> = {
  running: 'RUNNING',
  failed: 'FAILED',
  succeeded: 'SUCCEEDED',
};

function localId(globalId: string, type: string): string {
  const decoded = fromGlobalId(globalId);
  return decoded?.type === type ? decoded.localId : '';
}

export const webhookResolvers: Resolvers = {
  Query: {
    webhookSubscriptions: (_root, _args, { models }) => new WebhookService(models).list(),
    webhookDeliveries: async (_root, args, { models }) =>
      paginate(
        await new WebhookService(models).listDeliveries({
          subscriptionId: args.subscriptionId
            ? localId(args.subscriptionId, 'WebhookSubscription') || '-'
            : null,
          status: args.status ? STATUS_IN[args.status] : null,
        }),
        args.first,
        args.after,
      ),
  },
  Mutation: {
    createWebhookSubscription: async (_root, { input }, { models, viewer }) => {
      const created = await new WebhookService(models).create(input, actorName(viewer));
      await new ConfigAuditService(models.ConfigAudit).record(viewer, {
        action: 'webhook.create',
        entityType: 'WebhookSubscription',
        entityKey: created.subscription._id.toHexString(),
        details: {
          name: created.subscription.name,
          url: created.subscription.url,
          eventTypes: created.subscription.eventTypes,
        },
      });
      return created;
    },
    disableWebhookSubscription: async (_root, { id }, { models, viewer }) => {
      const sub = await new WebhookService(models).disable(localId(id, 'WebhookSubscription'));
      await new ConfigAuditService(models.ConfigAudit).record(viewer, {
        action: 'webhook.disable',
        entityType: 'WebhookSubscription',
        entityKey: sub._id.toHexString(),
      });
      return sub;
    },
    replayWebhookDelivery: async (_root, { id }, { models, viewer }) => {
      const delivery = await new WebhookService(models).replay(localId(id, 'WebhookDelivery'));
      await new ConfigAuditService(models.ConfigAudit).record(viewer, {
        action: 'webhook.replay',
        entityType: 'WebhookDelivery',
        entityKey: delivery._id.toHexString(),
      });
      return delivery;
    },
  },
  WebhookSubscription: {
    id: (s) => toGlobalId('WebhookSubscription', s._id.toHexString()),
  },
  WebhookDelivery: {
    id: (d) => toGlobalId('WebhookDelivery', d._id.toHexString()),
    subscription: (d, _args, { models }) => new WebhookService(models).byId(d.subscriptionId.toHexString()),
    eventId: (d) => d.eventId.toHexString(),
    caseId: (d) => toGlobalId('Case', d.caseId.toHexString()),
    status: (d) => STATUS_OUT[d.status],
    attemptLog: (d, _args, { models }) => new WebhookService(models).attemptsOf(d._id),
  },
  WebhookAttempt: {
    number: (a) => a.n,
    outcome: (a) => OUTCOME[a.state],
    statusCode: (a) => {
      const code = a.detail?.['statusCode'];
      return typeof code === 'number' ? code : null;
    },
  },
};
