/**
 * `inboxChanges`: which cases the subscriber may read changed, so an open inbox refreshes those rows (a
 * step moved on, a due time, a reassignment: changes that leave the queue counts equal). It follows the
 * shared case-event poller (case-event-poller.ts), which reads the database's `case_events` log, so a
 * change made through any server process reaches a subscriber connected to any other.
 *
 * Events are gathered for a short quiet time, then checked in one read: the subscriber is re-resolved
 * (an ended session or a lost `case.read` ends the stream, live-access.ts) and each case is checked as
 * it is now, with the same rule as `case(id)` (canSeeCase). A case the subscriber cannot see is never
 * named — unless this stream named it before (the subscriber saw it), so the inbox can drop the row.
 * A case without a projection yet (its first events are polled just before it is written) waits for
 * the next round, a few times.
 */
import { trusted, type Types } from 'mongoose';
import type { InboxCaseChange, Resolvers } from '../../generated/resolvers-types';
import { AppError } from '../../errors/app-error';
import { toGlobalId } from '../../graphql/global-id';
import { canSeeCase } from '../cases';
import type { Viewer } from '../access';
import type { Models } from '../../db/models';
import { casePollerFor } from './case-event-poller';
import { eventStream } from './event-stream';
import { liveCaseReader } from './live-access';

/** Quiet time after the last event before a batch is checked and sent. */
export const INBOX_CHANGES_DEBOUNCE_MS = 200;
/** Rounds a case without a projection is kept waiting before it is dropped. */
const UNKNOWN_ROUNDS = 5;

interface Pending {
  caseId: Types.ObjectId;
  version: number;
  updatedAt: Date;
  rounds: number;
}

/** Which of `ids` the viewer sees now: `yes`, `no`, or absent when the case has no projection yet. */
async function visibility(
  models: Models,
  viewer: Viewer,
  ids: Types.ObjectId[],
): Promise<Map<string, boolean>> {
  const rows = await models.Case.find({ _id: trusted({ $in: ids }) }, { departmentCode: 1, assigneeId: 1 })
    .lean<{ _id: Types.ObjectId; departmentCode?: string | null; assigneeId?: Types.ObjectId | null }[]>()
    .exec();
  return new Map(
    rows.map((c) => [
      c._id.toHexString(),
      canSeeCase(viewer, {
        _id: c._id,
        departmentCode: c.departmentCode ?? null,
        assigneeId: c.assigneeId ?? null,
      }),
    ]),
  );
}

export const inboxChangeResolvers: Resolvers = {
  Subscription: {
    inboxChanges: {
      subscribe: (_root, _args, ctx) => {
        const { models, logger } = ctx;
        const poller = casePollerFor(models.CaseEventFeed);
        return eventStream<{ inboxChanges: InboxCaseChange[] }>((push, end) => {
          const pending = new Map<string, Pending>();
          /** Cases this stream has named: the subscriber saw them, so losing them is said too. */
          const told = new Set<string>();
          let stopped = false;
          let timer: ReturnType<typeof setTimeout> | undefined;
          let chain: Promise<void> = Promise.resolve();
          const schedule = () => {
            clearTimeout(timer);
            timer = setTimeout(flush, INBOX_CHANGES_DEBOUNCE_MS);
          };
          const flush = (): void => {
            chain = chain
              .then(async () => {
                if (stopped || pending.size === 0) return;
                const batch = [...pending.values()];
                pending.clear();
                const viewer = await liveCaseReader(ctx);
                if (viewer instanceof AppError) {
                  stopped = true;
                  push({ inboxChanges: viewer as unknown as InboxCaseChange[] });
                  return end();
                }
                const visible = await visibility(
                  models,
                  viewer,
                  batch.map((p) => p.caseId),
                );
                const out: InboxCaseChange[] = [];
                for (const p of batch) {
                  const key = p.caseId.toHexString();
                  const sees = visible.get(key);
                  if (sees === undefined) {
                    // No projection yet: try again next round (newer events for it merge in).
                    if (p.rounds + 1 < UNKNOWN_ROUNDS && !pending.has(key))
                      pending.set(key, { ...p, rounds: p.rounds + 1 });
                    continue;
                  }
                  if (!sees && !told.has(key)) continue;
                  if (sees) told.add(key);
                  else told.delete(key);
                  out.push({
                    caseId: toGlobalId('Case', key),
                    version: p.version,
                    updatedAt: p.updatedAt,
                  });
                }
                if (pending.size > 0 && !stopped) schedule();
                if (out.length > 0 && !stopped) push({ inboxChanges: out });
              })
              .catch((err: unknown) => logger.error({ err }, 'inbox changes for a subscription failed'));
          };
          const unsubscribe = poller.subscribe((event) => {
            if (stopped) return;
            const key = event.caseId.toHexString();
            const before = pending.get(key);
            if (!before || before.version < event.seq)
              pending.set(key, {
                caseId: event.caseId,
                version: event.seq,
                updatedAt: event.recordedAt,
                rounds: 0,
              });
            schedule();
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
