/**
 * Subscription resolvers. Permissions: `case.read` is checked by the access map when subscribing
 * (graphql/authorization.ts); before every event the viewer is re-resolved and re-checked — still
 * signed in, still `case.read`, still seeing the case in its current department (live-access.ts). A
 * `caseUpdated` stream whose right is gone sends one coded error and completes.
 */
import { Types } from 'mongoose';
import type { Resolvers, SlaAlert, CaseUpdate } from '../../generated/resolvers-types';
import { AppError, notFound } from '../../errors/app-error';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id';
import type { CaseEventFeedDoc } from '../webhooks';
import { casePollerFor } from './case-event-poller';
import { eventStream } from './event-stream';
import { caseNoLongerVisible, caseVisibleNow, liveCaseReader } from './live-access';

const SLA_KINDS: Readonly<Record<string, SlaAlert['kind']>> = { slaWarned: 'WARNING', slaBreached: 'BREACH' };

/** Accepts a Case global id (or, for other systems, the raw ObjectId hex). */
function caseObjectId(id: string): Types.ObjectId | null {
  const decoded = fromGlobalId(id);
  const local = decoded?.type === 'Case' ? decoded.localId : id;
  return /^[0-9a-f]{24}$/i.test(local) ? new Types.ObjectId(local) : null;
}

function toCaseUpdate(e: CaseEventFeedDoc): CaseUpdate {
  return {
    caseId: toGlobalId('Case', e.caseId.toHexString()),
    seq: e.seq,
    type: e.type,
    at: e.at,
    actor: e.actor,
    data: e.data,
    recordedAt: e.recordedAt,
  };
}

export const realtimeResolvers: Resolvers = {
  Subscription: {
    caseUpdated: {
      subscribe: async (_root, { caseId }, ctx) => {
        const { models, viewer } = ctx;
        const id = caseObjectId(caseId);
        if (!id) throw notFound({ zh: '案件', en: 'case' }, ['caseId']);
        // A case the viewer cannot see is answered exactly like a case that does not exist: the stream
        // opens and stays silent (refusing here would tell an agent that another department's case
        // exists). Only a case the viewer has seen through this stream ends it with FORBIDDEN when the
        // right goes (moved to another department, unassigned).
        let seen = (await caseVisibleNow(models, viewer, id)) === 'yes';
        const poller = casePollerFor(models.CaseEventFeed);
        return eventStream<{ caseUpdated: CaseUpdate }>((push, end) => {
          // Checks run one after another, so events keep their order.
          let chain: Promise<void> = Promise.resolve();
          let ended = false;
          const stop = (error: AppError) => {
            ended = true;
            // An Error as the field's value becomes a located error with its code (graphql-js), then the end.
            push({ caseUpdated: error as unknown as CaseUpdate });
            end();
          };
          return poller.subscribe((event) => {
            if (!event.caseId.equals(id)) return;
            chain = chain
              .then(async () => {
                if (ended) return;
                const reader = await liveCaseReader(ctx);
                if (reader instanceof AppError) return stop(reader);
                const visible = await caseVisibleNow(models, reader, id);
                if (visible === 'no') return seen ? stop(caseNoLongerVisible()) : undefined;
                if (visible === 'yes' && !ended) {
                  seen = true;
                  push({ caseUpdated: toCaseUpdate(event) });
                }
              })
              .catch((err: unknown) => {
                ctx.logger.error({ err }, 'checking a case event for a subscription failed');
                stop(caseNoLongerVisible());
              });
          });
        });
      },
    },
    slaAlerts: {
      subscribe: (_root, _args, ctx) => {
        const { models } = ctx;
        const poller = casePollerFor(models.CaseEventFeed);
        return eventStream<{ slaAlerts: SlaAlert }>((push, end) => {
          let chain: Promise<void> = Promise.resolve();
          let ended = false;
          const stop = (error: AppError) => {
            ended = true;
            push({ slaAlerts: error as unknown as SlaAlert });
            end();
          };
          return poller.subscribe((event) => {
            const kind = SLA_KINDS[event.type];
            if (!kind) return;
            chain = chain
              .then(async () => {
                if (ended) return;
                const reader = await liveCaseReader(ctx);
                if (reader instanceof AppError) return stop(reader);
                // Per case, as it is now: an alert of a case outside the viewer's departments is skipped.
                if ((await caseVisibleNow(models, reader, event.caseId)) !== 'yes' || ended) return;
                const level = event.data['escalationLevel'];
                const ruleKey = event.data['ruleKey'];
                push({
                  slaAlerts: {
                    caseId: toGlobalId('Case', event.caseId.toHexString()),
                    kind,
                    ruleKey: typeof ruleKey === 'string' ? ruleKey : null,
                    escalationLevel: typeof level === 'number' ? level : null,
                    at: event.at,
                    seq: event.seq,
                  },
                });
              })
              .catch((err: unknown) =>
                ctx.logger.error({ err }, 'checking an SLA alert for a subscription failed'),
              );
          });
        });
      },
    },
  },
};
