/**
 * What the integrations screen does beyond create / disable / replay: the event types a subscription
 * can name, a test delivery (`ping`), secret rotation with a grace period, and the delivery log paged by
 * keyset (newest first by `(createdAt, _id)`, so a page never shifts when new deliveries arrive).
 */
import { randomBytes } from 'node:crypto';
import { Types, trusted } from 'mongoose';
import { AppError, badInput, notFound } from '../../errors/app-error';
import { toGlobalId } from '../../graphql/global-id';
import { checkPageSize, type Page } from '../../graphql/pagination';
import { dataKeysOf } from '../privacy';
import { TITLED_EVENT_TYPES, eventTitle, type EventTitle } from '../cases';
import { claimLease, finishLease } from '../scheduler';
import { processOwnerId } from '../scheduler';
import { openSecret, sealSecret } from './webhook-egress';
import { PING_EVENT_TYPE, pingPayload, postToReceiver } from './webhook-post';
import type {
  WebhookDeliveryDoc,
  WebhookDeliveryState,
  WebhookModels,
  WebhookSubscriptionDoc,
} from './webhook.model';

/** How long the previous secret keeps signing after a rotation, unless the caller says otherwise. */
export const DEFAULT_ROTATION_GRACE_HOURS = 24;
const MAX_ROTATION_GRACE_HOURS = 168;
const TEST_TIMEOUT_MS = 10_000;

const SUBSCRIPTION = { zh: 'Webhook 订阅', en: 'webhook subscription' };

export interface WebhookEventTypeInfo {
  type: string;
  label: EventTitle;
}

/** Every case event type the server records (and so can deliver), with its words. */
export function webhookEventTypes(): WebhookEventTypeInfo[] {
  return TITLED_EVENT_TYPES.map((type) => ({ type, label: eventTitle(type) }));
}

export class WebhookToolsService {
  constructor(
    private readonly models: WebhookModels,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async activeSubscription(id: string): Promise<WebhookSubscriptionDoc> {
    const sub = Types.ObjectId.isValid(id)
      ? await this.models.WebhookSubscription.findById(id).lean<WebhookSubscriptionDoc>().exec()
      : null;
    if (!sub) throw notFound(SUBSCRIPTION, ['id']);
    if (!sub.active) {
      throw new AppError(
        'CONFLICT',
        { zh: '该订阅已停用。', en: 'This subscription is disabled.' },
        { fieldPath: ['id'] },
      );
    }
    return sub;
  }

  /**
   * Signs and sends a `ping` to the receiver now, through the same egress rule and signing as every
   * delivery, and records it in the delivery log with its attempt. A failed test is not retried on its
   * own: it waits in the dead-letter list, where it can be replayed.
   */
  async sendTest(id: string): Promise<WebhookDeliveryDoc> {
    const sub = await this.activeSubscription(id);
    const createdAt = this.now();
    const created = await this.models.WebhookDelivery.create({
      subscriptionId: sub._id,
      eventId: new Types.ObjectId(),
      caseId: null,
      eventType: PING_EVENT_TYPE,
      eventSeq: 0,
      eventRecordedAt: createdAt,
      status: 'pending',
      attempts: 0,
      attemptBase: 0,
      // Not due for the dispatcher: this request makes the attempt itself.
      nextAttemptAt: null,
      lastStatusCode: null,
      lastError: null,
      deliveredAt: null,
      createdAt,
    });
    const delivery = created.toObject<WebhookDeliveryDoc>();
    const subject = delivery._id.toHexString();
    const lease = await claimLease(
      this.models.WebhookAttempt,
      subject,
      1,
      processOwnerId(),
      createdAt,
      TEST_TIMEOUT_MS * 3,
    );
    if (!lease) throw new Error('a fresh test delivery already had an attempt');
    const body = JSON.stringify(
      pingPayload(
        toGlobalId('WebhookSubscription', sub._id.toHexString()),
        subject,
        delivery.eventId.toHexString(),
        createdAt,
      ),
    );
    const result = await postToReceiver(
      this.models,
      sub,
      body,
      {
        eventId: delivery.eventId.toHexString(),
        eventType: PING_EVENT_TYPE,
        deliveryId: subject,
        attempt: 1,
      },
      { at: this.now(), timeoutMs: TEST_TIMEOUT_MS },
    );
    const at = this.now();
    await finishLease(this.models.WebhookAttempt, lease, {
      state: result.ok ? 'succeeded' : 'failed',
      at,
      retryAt: null,
      error: result.error,
      detail: { statusCode: result.statusCode },
    });
    const fields: Partial<WebhookDeliveryDoc> = result.ok
      ? {
          status: 'delivered',
          attempts: 1,
          deliveredAt: at,
          lastStatusCode: result.statusCode,
          lastError: null,
        }
      : { status: 'dead', attempts: 1, lastStatusCode: result.statusCode, lastError: result.error };
    await this.models.WebhookDelivery.updateOne({ _id: delivery._id }, fields).exec();
    return { ...delivery, ...fields };
  }

  /**
   * A new signing secret (returned this once). The previous one keeps signing beside it for
   * `graceHours` (0 ends it at once), so receivers can switch without refusing a delivery.
   */
  async rotateSecret(
    id: string,
    graceHours: number | null | undefined,
  ): Promise<{ subscription: WebhookSubscriptionDoc; secret: string }> {
    const hours = graceHours ?? DEFAULT_ROTATION_GRACE_HOURS;
    if (!Number.isInteger(hours) || hours < 0 || hours > MAX_ROTATION_GRACE_HOURS) {
      throw badInput(['graceHours'], {
        zh: `宽限期须为 0 到 ${MAX_ROTATION_GRACE_HOURS} 小时之间的整数。`,
        en: `The grace period must be a whole number of hours from 0 to ${MAX_ROTATION_GRACE_HOURS}.`,
      });
    }
    const sub = await this.activeSubscription(id);
    const now = this.now();
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const keys = dataKeysOf(this.models);
    const update = {
      secret: sealSecret(keys, secret),
      // Stored sealed (a secret created before sealing was introduced is sealed now).
      previousSecret: hours > 0 ? sealSecret(keys, openSecret(keys, sub.secret)) : null,
      previousSecretUntil: hours > 0 ? new Date(now.getTime() + hours * 3_600_000) : null,
      secretRotatedAt: now,
    };
    await this.models.WebhookSubscription.updateOne({ _id: sub._id }, update).exec();
    return { subscription: { ...sub, ...update }, secret };
  }

  /** The delivery log, newest first, by keyset. */
  async deliveriesPage(
    filter: { subscriptionId?: string | null; status?: WebhookDeliveryState | null },
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<WebhookDeliveryDoc>> {
    const size = checkPageSize(first);
    const base: Record<string, unknown> = {};
    if (filter.subscriptionId) {
      if (!Types.ObjectId.isValid(filter.subscriptionId)) return emptyPage();
      base['subscriptionId'] = new Types.ObjectId(filter.subscriptionId);
    }
    if (filter.status) base['status'] = filter.status;
    const position = after ? decodeKeyset(after) : null;
    const query = position
      ? {
          ...base,
          $or: [
            { createdAt: trusted({ $lt: position.createdAt }) },
            { createdAt: position.createdAt, _id: trusted({ $lt: position.id }) },
          ],
        }
      : base;
    const [rows, totalCount] = await Promise.all([
      this.models.WebhookDelivery.find(query)
        .sort({ createdAt: -1, _id: -1 })
        .limit(size + 1)
        .lean<WebhookDeliveryDoc[]>()
        .exec(),
      this.models.WebhookDelivery.countDocuments(base).exec(),
    ]);
    const slice = rows.slice(0, size);
    const edges = slice.map((node) => ({ cursor: encodeKeyset(node), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: position !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount,
    };
  }
}

function emptyPage<T>(): Page<T> {
  return {
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: 0,
  };
}

export function encodeKeyset(d: { createdAt: Date; _id: Types.ObjectId }): string {
  return Buffer.from(`k:${d.createdAt.getTime()}:${d._id.toHexString()}`, 'utf8').toString('base64url');
}

export function decodeKeyset(cursor: string): { createdAt: Date; id: Types.ObjectId } {
  const m = /^k:(\d+):([0-9a-f]{24})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) {
    throw new AppError(
      'BAD_USER_INPUT',
      { zh: '分页游标无效。', en: 'The pagination cursor is not valid.' },
      { fieldPath: ['after'] },
    );
  }
  return { createdAt: new Date(Number(m[1])), id: new Types.ObjectId(m[2]) };
}
