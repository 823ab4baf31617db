import type {
  Resolvers,
  WebhookAttemptOutcome,
  WebhookDeliveryStatus,
} from '../../generated/resolvers-types';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id';
import { actorName } from '../access';
import { ConfigAuditService } from '../audit';
import type { WebhookDeliveryState } from './webhook.model';
import { WebhookService } from './webhook.service';
import { WebhookToolsService, webhookEventTypes } from './webhook-tools.service';

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
    webhookDeliveries: (_root, args, { models }) =>
      new WebhookToolsService(models).deliveriesPage(
        {
          subscriptionId: args.subscriptionId
            ? localId(args.subscriptionId, 'WebhookSubscription') || '-'
            : null,
          status: args.status ? STATUS_IN[args.status] : null,
        },
        args.first,
        args.after,
      ),
    webhookEventTypes: () => webhookEventTypes(),
    webhookSubscriptionsPage: (_root, args, { models }) =>
      new WebhookService(models).page(args.first, args.after),
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
    updateWebhookSubscription: async (_root, { id, input }, { models, viewer }) => {
      const { before, after } = await new WebhookService(models).update(
        localId(id, 'WebhookSubscription'),
        input,
      );
      const shown = (sub: typeof before) => ({
        url: sub.url,
        eventTypes: sub.eventTypes,
        active: sub.active,
      });
      await new ConfigAuditService(models.ConfigAudit).record(viewer, {
        action: 'webhook.update',
        entityType: 'WebhookSubscription',
        entityKey: after._id.toHexString(),
        details: { name: after.name, before: shown(before), after: shown(after) },
      });
      return after;
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
    sendTestWebhook: async (_root, { id }, { models, viewer }) => {
      const delivery = await new WebhookToolsService(models).sendTest(localId(id, 'WebhookSubscription'));
      await new ConfigAuditService(models.ConfigAudit).record(viewer, {
        action: 'webhook.test',
        entityType: 'WebhookSubscription',
        entityKey: delivery.subscriptionId.toHexString(),
        details: {
          deliveryId: delivery._id.toHexString(),
          status: delivery.status,
          statusCode: delivery.lastStatusCode,
        },
      });
      return delivery;
    },
    rotateWebhookSecret: async (_root, { id, graceHours }, { models, viewer }) => {
      const rotated = await new WebhookToolsService(models).rotateSecret(
        localId(id, 'WebhookSubscription'),
        graceHours,
      );
      // The secrets themselves never go into the audit log.
      await new ConfigAuditService(models.ConfigAudit).record(viewer, {
        action: 'webhook.rotate-secret',
        entityType: 'WebhookSubscription',
        entityKey: rotated.subscription._id.toHexString(),
        details: {
          previousSecretValidUntil: rotated.subscription.previousSecretUntil?.toISOString() ?? null,
        },
      });
      return rotated;
    },
  },
  WebhookSubscription: {
    id: (s) => toGlobalId('WebhookSubscription', s._id.toHexString()),
    secretRotatedAt: (s) => s.secretRotatedAt ?? null,
    previousSecretValidUntil: (s) => s.previousSecretUntil ?? null,
  },
  WebhookDelivery: {
    id: (d) => toGlobalId('WebhookDelivery', d._id.toHexString()),
    subscription: (d, _args, { models }) => new WebhookService(models).byId(d.subscriptionId.toHexString()),
    eventId: (d) => d.eventId.toHexString(),
    caseId: (d) => (d.caseId ? toGlobalId('Case', d.caseId.toHexString()) : null),
    test: (d) => d.caseId === null && d.eventType === 'ping',
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
