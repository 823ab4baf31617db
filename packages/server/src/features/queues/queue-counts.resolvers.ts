/**
 * Queue counts over GraphQL: the `queueCounts` query and the `queueCounts` subscription. The
 * subscription sends the subscriber's counts at once, then again whenever a case event touching one of
 * their queues (an event of a case in a visible queue, or any reassignment, which may move a case out
 * of one) arrived and the counts differ from the last ones sent; events are debounced, so a burst costs
 * one recount. It follows the shared realtime feed (features/realtime).
 */
import type { Resolvers } from '../../generated/resolvers-types';
import { casePollerFor } from '../realtime';
import { eventStream } from '../realtime';
import { liveCaseReader } from '../realtime';
import { AppError } from '../../errors/app-error';
import { queueCounts, type QueueCountView } from './queue-counts.service';

/** Quiet time after the last relevant event before counting again. */
export const QUEUE_COUNTS_DEBOUNCE_MS = 200;

export const queueCountResolvers: Resolvers = {
  Query: {
    queueCounts: (_root, _args, { models, viewer }) => queueCounts(models, viewer),
  },
  Subscription: {
    queueCounts: {
      subscribe: (_root, _args, ctx) => {
        const { models, logger } = ctx;
        const poller = casePollerFor(models.CaseEventFeed);
        const cases = models.CaseEventFeed.db.collection('cases');
        return eventStream<{ queueCounts: QueueCountView[] }>((push, end) => {
          let visible = new Set<string>();
          let last = '';
          let stopped = false;
          let timer: ReturnType<typeof setTimeout> | undefined;
          let chain: Promise<void> = Promise.resolve();
          const recount = (): void => {
            chain = chain
              .then(async () => {
                if (stopped) return;
                // Re-authorised at every recount: an ended session or a lost case.read ends the stream.
                const viewer = await liveCaseReader(ctx);
                if (viewer instanceof AppError) {
                  stopped = true;
                  push({ queueCounts: viewer as unknown as QueueCountView[] });
                  return end();
                }
                const counts = await queueCounts(models, viewer);
                visible = new Set(counts.map((c) => c.queue._id.toHexString()));
                const signature = JSON.stringify(
                  counts.map((c) => [c.queue._id.toHexString(), c.open, c.unassigned, c.overdue]),
                );
                if (signature === last || stopped) return;
                last = signature;
                push({ queueCounts: counts });
              })
              .catch((err: unknown) => logger.error({ err }, 'queue counts for a subscription failed'));
          };
          recount();
          const unsubscribe = poller.subscribe((event) => {
            void (async () => {
              let touches = event.type === 'caseAssigned';
              if (!touches) {
                const c = await cases.findOne({ _id: event.caseId }, { projection: { queueId: 1 } });
                const queueId: unknown = c?.['queueId'];
                touches = queueId != null && visible.has(String(queueId));
              }
              if (!touches || stopped) return;
              clearTimeout(timer);
              timer = setTimeout(recount, QUEUE_COUNTS_DEBOUNCE_MS);
            })().catch((err: unknown) => logger.error({ err }, 'queue counts: reading a case failed'));
          });
          return () => {
            stopped = true;
            clearTimeout(timer);
            unsubscribe();
          };
        });
      },
    },
  },
};
