/**
 * The webhook dispatcher: follows `case_events` by position and delivers to subscribers.
 *
 * No event is lost between commit and delivery, even across a crash, and none is delivered twice per
 * subscription, because of two unique indexes and an order of work:
 * 1. scan the log by (recordedAt, _id) from the stored checkpoint minus a lookback window (an event
 *    committed late — clock skew between processes, a slow insert — is still inside the window);
 * 2. create one `webhook_deliveries` document per (subscription, event) — unique, so overlapping scans
 *    and concurrent dispatchers create it once;
 * 3. only then move the checkpoint (a crash before this repeats step 1–2 harmlessly);
 * 4. deliver pending deliveries, each attempt claimed through the lease chain (lease-chain.ts), so
 *    several processes never post the same attempt, and a crashed attempt is retried after its lease.
 * Delivery is at-least-once (a crash after the receiver answered but before it was recorded repeats
 * it): receivers de-duplicate on `X-Parley-Event-Id`.
 */
import { startPollingLoop } from '../../workers/polling-loop';
import { trusted, type Types } from 'mongoose';
import type { Logger } from 'pino';
import { isDuplicateKeyError } from '../../errors/app-error';
import { toGlobalId } from '../../graphql/global-id';
import { backoffMs, chainStatus, claimLease, finishLease, latestLease } from '../scheduler';
import { processOwnerId } from '../scheduler';
import type { CaseEventFeedDoc } from './case-event-feed.model';
import type { WebhookDeliveryDoc, WebhookModels, WebhookSubscriptionDoc } from './webhook.model';
import { PING_EVENT_TYPE, pingPayload, postToReceiver, type PostResult } from './webhook-post';

const CHECKPOINT_ID = 'case_events';

export interface WebhookDispatcherOptions {
  models: WebhookModels;
  logger: Logger;
  intervalMs?: number;
  /** How far before the checkpoint each scan starts. */
  lookbackMs?: number;
  /** Attempts before a delivery goes to the dead-letter list. */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt, capped by `retryCapMs`. */
  retryBaseMs?: number;
  retryCapMs?: number;
  /** How long a claimed attempt is exclusive; must exceed `timeoutMs`. */
  leaseMs?: number;
  /** Receiver answer timeout. */
  timeoutMs?: number;
  batchSize?: number;
  /** Deliveries posted at once. */
  concurrency?: number;
  clock?: () => Date;
  /** What an event's delivery adds as `event.link` (a survey link, features/survey-responses), or null. */
  linkOf?: (event: CaseEventFeedDoc) => Promise<Record<string, unknown> | null>;
}

export interface WebhookDispatcher {
  stop(): Promise<void>;
  /** One scan and one delivery round now. */
  runOnce(): Promise<void>;
}

export function startWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const { models } = options;
  const intervalMs = options.intervalMs ?? 1000;
  const lookbackMs = options.lookbackMs ?? 60_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const retryBaseMs = options.retryBaseMs ?? 30_000;
  const retryCapMs = options.retryCapMs ?? 3_600_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const leaseMs = options.leaseMs ?? Math.max(60_000, timeoutMs * 3);
  const batchSize = options.batchSize ?? 200;
  const concurrency = options.concurrency ?? 8;
  const clock = options.clock ?? (() => new Date());
  const owner = processOwnerId();
  const log = options.logger.child({ component: 'webhook-dispatcher', owner });

  async function scan(active: WebhookSubscriptionDoc[]): Promise<void> {
    if (active.length === 0) return;
    const checkpoint = await models.WebhookCheckpoint.findById(CHECKPOINT_ID).lean().exec();
    const origin = checkpoint?.recordedAt ?? new Date(Math.min(...active.map((s) => s.createdAt.getTime())));
    const from = new Date(origin.getTime() - lookbackMs);
    let after: { recordedAt: Date; _id: Types.ObjectId } | null = null;
    for (;;) {
      const filter: Record<string, unknown> = after
        ? {
            $or: [
              { recordedAt: trusted({ $gt: after.recordedAt }) },
              { recordedAt: after.recordedAt, _id: trusted({ $gt: after._id }) },
            ],
          }
        : { recordedAt: trusted({ $gte: from }) };
      const events: CaseEventFeedDoc[] = await models.CaseEventFeed.find(filter)
        .sort({ recordedAt: 1, _id: 1 })
        .limit(batchSize)
        .lean<CaseEventFeedDoc[]>()
        .exec();
      if (events.length === 0) break;
      await createDeliveries(events, active);
      const last: CaseEventFeedDoc = events[events.length - 1]!;
      after = { recordedAt: last.recordedAt, _id: last._id };
      if (events.length < batchSize) break;
    }
    if (after && (!checkpoint || after.recordedAt > checkpoint.recordedAt)) {
      // Concurrent dispatchers may overwrite each other here: the checkpoint is only a starting hint.
      await models.WebhookCheckpoint.updateOne(
        { _id: CHECKPOINT_ID },
        { recordedAt: after.recordedAt, eventId: after._id, updatedAt: clock() },
        { upsert: true },
      )
        .exec()
        .catch((err: unknown) => {
          if (!isDuplicateKeyError(err)) throw err;
        });
    }
  }

  async function createDeliveries(
    events: CaseEventFeedDoc[],
    active: WebhookSubscriptionDoc[],
  ): Promise<void> {
    const existing = new Set(
      (
        await models.WebhookDelivery.find({ eventId: trusted({ $in: events.map((e) => e._id) }) })
          .select({ subscriptionId: 1, eventId: 1 })
          .lean<Pick<WebhookDeliveryDoc, 'subscriptionId' | 'eventId'>[]>()
          .exec()
      ).map((d) => `${d.subscriptionId.toHexString()}:${d.eventId.toHexString()}`),
    );
    for (const event of events) {
      const wanted = active.filter(
        (s) =>
          event.recordedAt >= (s.enabledAt ?? s.createdAt) &&
          (s.eventTypes.includes('*') || s.eventTypes.includes(event.type)) &&
          !existing.has(`${s._id.toHexString()}:${event._id.toHexString()}`),
      );
      if (wanted.length === 0 || !(await batchComplete(event))) continue;
      for (const sub of wanted) {
        try {
          await models.WebhookDelivery.create({
            subscriptionId: sub._id,
            eventId: event._id,
            caseId: event.caseId,
            eventType: event.type,
            eventSeq: event.seq,
            eventRecordedAt: event.recordedAt,
            status: 'pending',
            attempts: 0,
            attemptBase: 0,
            nextAttemptAt: clock(),
            lastStatusCode: null,
            lastError: null,
            deliveredAt: null,
            createdAt: clock(),
          });
        } catch (err) {
          if (!isDuplicateKeyError(err)) throw err;
        }
      }
    }
  }

  /** An event of a command cut off half-way may still be removed: wait for its batch to close. */
  async function batchComplete(event: CaseEventFeedDoc): Promise<boolean> {
    if (event.batchEnd !== false) return true;
    const closing = await models.CaseEventFeed.findOne({
      caseId: event.caseId,
      seq: trusted({ $gt: event.seq }),
      batchEnd: true,
    })
      .select({ _id: 1 })
      .lean()
      .exec();
    return closing !== null;
  }

  async function deliverDue(subscriptions: Map<string, WebhookSubscriptionDoc>, activeIds: Types.ObjectId[]) {
    if (activeIds.length === 0) return;
    const due = await models.WebhookDelivery.find({
      status: 'pending',
      nextAttemptAt: trusted({ $lte: clock() }),
      subscriptionId: trusted({ $in: activeIds }),
    })
      .sort({ nextAttemptAt: 1, _id: 1 })
      .limit(batchSize)
      .lean<WebhookDeliveryDoc[]>()
      .exec();
    let next = 0;
    const worker = async () => {
      while (next < due.length && !stopped) {
        const delivery = due[next++]!;
        const sub = subscriptions.get(delivery.subscriptionId.toHexString());
        if (!sub) continue;
        try {
          await deliverOne(delivery, sub);
        } catch (err) {
          log.error({ err, deliveryId: delivery._id.toHexString() }, 'a webhook delivery step failed');
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }

  async function deliverOne(delivery: WebhookDeliveryDoc, sub: WebhookSubscriptionDoc): Promise<void> {
    const subject = delivery._id.toHexString();
    const status = chainStatus(await latestLease(models.WebhookAttempt, subject), clock());
    if (status.kind === 'busy') return;
    if (status.kind === 'backing-off') {
      await project(delivery, { nextAttemptAt: status.latest.retryAt, attempts: status.latest.n });
      return;
    }
    if (status.kind === 'succeeded') {
      await project(delivery, {
        status: 'delivered',
        attempts: status.latest.n,
        deliveredAt: status.latest.finishedAt,
      });
      return;
    }
    if (status.next - 1 - delivery.attemptBase >= maxAttempts) {
      await project(delivery, { status: 'dead', attempts: status.next - 1, nextAttemptAt: null });
      return;
    }
    const lease = await claimLease(models.WebhookAttempt, subject, status.next, owner, clock(), leaseMs);
    if (!lease) return;
    // A test delivery (a replayed `ping`) has no case event behind it.
    const isPing = delivery.caseId === null && delivery.eventType === PING_EVENT_TYPE;
    const event = isPing
      ? null
      : await models.CaseEventFeed.findById(delivery.eventId).lean<CaseEventFeedDoc>().exec();
    const result =
      event || isPing
        ? await post(sub, delivery, event, lease.n)
        : { ok: false, statusCode: null, error: 'event not found' };
    const at = clock();
    if (result.ok) {
      await finishLease(models.WebhookAttempt, lease, {
        state: 'succeeded',
        at,
        detail: { statusCode: result.statusCode },
      });
      await project(delivery, {
        status: 'delivered',
        attempts: lease.n,
        deliveredAt: at,
        nextAttemptAt: null,
        lastStatusCode: result.statusCode,
        lastError: null,
      });
      return;
    }
    const dead = lease.n - delivery.attemptBase >= maxAttempts;
    // A dead letter leaves no retry time behind, so a replay can claim the next attempt at once.
    const retryAt = dead
      ? null
      : new Date(at.getTime() + backoffMs(lease.n - delivery.attemptBase, retryBaseMs, retryCapMs));
    await finishLease(models.WebhookAttempt, lease, {
      state: 'failed',
      at,
      retryAt,
      error: result.error,
      detail: { statusCode: result.statusCode },
    });
    await project(delivery, {
      status: dead ? 'dead' : 'pending',
      attempts: lease.n,
      nextAttemptAt: retryAt,
      lastStatusCode: result.statusCode,
      lastError: result.error,
    });
  }

  async function project(delivery: WebhookDeliveryDoc, fields: Partial<WebhookDeliveryDoc>): Promise<void> {
    await models.WebhookDelivery.updateOne({ _id: delivery._id }, fields).exec();
  }

  async function post(
    sub: WebhookSubscriptionDoc,
    delivery: WebhookDeliveryDoc,
    event: CaseEventFeedDoc | null,
    attempt: number,
  ): Promise<PostResult> {
    const subscriptionId = toGlobalId('WebhookSubscription', sub._id.toHexString());
    const link = event && options.linkOf ? await options.linkOf(event) : null;
    const body = JSON.stringify(
      event
        ? webhookPayload(sub, delivery, event, link)
        : pingPayload(
            subscriptionId,
            delivery._id.toHexString(),
            delivery.eventId.toHexString(),
            delivery.createdAt,
          ),
    );
    return postToReceiver(
      models,
      sub,
      body,
      {
        eventId: delivery.eventId.toHexString(),
        eventType: delivery.eventType,
        deliveryId: delivery._id.toHexString(),
        attempt,
      },
      { at: clock(), timeoutMs },
    );
  }

  async function round(): Promise<void> {
    const subs = await models.WebhookSubscription.find({}).lean<WebhookSubscriptionDoc[]>().exec();
    const active = subs.filter((s) => s.active);
    await scan(active);
    await deliverDue(
      new Map(active.map((s) => [s._id.toHexString(), s])),
      active.map((s) => s._id),
    );
  }

  // Rounds check `stopped` between items so that stop() does not wait for a whole batch.
  let stopped = false;
  const loop = startPollingLoop({
    round,
    intervalMs,
    regular: undefined,
    onError: (err) => log.error({ err }, 'webhook dispatch round failed'),
  });
  return {
    runOnce: () => loop.runOnce(),
    stop: () => {
      stopped = true;
      return loop.stop();
    },
  };
}

/** The JSON body receivers get. Ids of cases are the GraphQL global ids. */
export function webhookPayload(
  sub: WebhookSubscriptionDoc,
  delivery: WebhookDeliveryDoc,
  event: CaseEventFeedDoc,
  link: Record<string, unknown> | null = null,
) {
  return {
    deliveryId: delivery._id.toHexString(),
    subscriptionId: toGlobalId('WebhookSubscription', sub._id.toHexString()),
    event: {
      id: event._id.toHexString(),
      caseId: toGlobalId('Case', event.caseId.toHexString()),
      seq: event.seq,
      type: event.type,
      at: event.at.toISOString(),
      actor: event.actor,
      data: event.data,
      recordedAt: event.recordedAt.toISOString(),
      hash: event.hash,
      ...(link ? { link } : {}),
    },
  };
}
