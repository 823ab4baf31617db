/**
 * Managing webhook subscriptions and the delivery log (GraphQL mutations and queries). Delivery itself
 * is the dispatcher's (webhook-dispatcher.ts).
 */
import { randomBytes } from 'node:crypto';
import { Types, trusted } from 'mongoose';
import { AppError, badInput, notFound } from '../../errors/app-error';
import { dataKeysOf } from '../privacy';
import { checkPageSize } from '../../graphql/pagination';
import type { LeaseDoc } from '../scheduler';
import { checkEgress, sealSecret, webhookEgressOf } from './webhook-egress';
import { decodeKeyset, encodeKeyset } from './webhook-tools.service';
import type { WebhookDeliveryDoc, WebhookModels, WebhookSubscriptionDoc } from './webhook.model';

const NAME = /^[a-z][a-z0-9-]{1,59}$/;
const EVENT_TYPE = /^(\*|[A-Za-z][A-Za-z0-9_.-]{0,79})$/;

export class WebhookService {
  constructor(
    private readonly models: WebhookModels,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(
    input: { name: string; url: string; eventTypes: readonly string[] },
    createdBy: string,
  ): Promise<{ subscription: WebhookSubscriptionDoc; secret: string }> {
    const name = input.name.trim();
    if (!NAME.test(name)) {
      throw badInput(['input', 'name'], {
        zh: '名称须为 2–60 个小写字母、数字或 "-"，并以字母开头。',
        en: 'The name must be 2–60 characters of a–z, 0–9 or "-", starting with a letter.',
      });
    }
    const url = await checkReachableUrl(this.models, input.url);
    checkEventTypes(input.eventTypes);
    // Shown once; stored because signing needs it (an HMAC cannot be computed from a hash).
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const created = await this.models.WebhookSubscription.create({
      name,
      url,
      eventTypes: [...new Set(input.eventTypes)],
      secret: sealSecret(dataKeysOf(this.models), secret),
      active: true,
      createdAt: this.now(),
      createdBy,
      disabledAt: null,
    });
    return { subscription: created.toObject<WebhookSubscriptionDoc>(), secret };
  }

  /**
   * Changes the URL, the event types or whether it is enabled; returns the subscription before and
   * after (for the audit log). Re-enabling starts delivery with events recorded from now on.
   */
  async update(
    id: string,
    input: { url?: string | null; eventTypes?: readonly string[] | null; enabled?: boolean | null },
  ): Promise<{ before: WebhookSubscriptionDoc; after: WebhookSubscriptionDoc }> {
    const before = await this.byId(id);
    if (!before) throw notFound({ zh: 'Webhook 订阅', en: 'webhook subscription' }, ['id']);
    const set: Partial<WebhookSubscriptionDoc> = {};
    if (input.url != null) set.url = await checkReachableUrl(this.models, input.url);
    if (input.eventTypes != null) {
      checkEventTypes(input.eventTypes);
      set.eventTypes = [...new Set(input.eventTypes)];
    }
    if (input.enabled === false && before.active)
      Object.assign(set, { active: false, disabledAt: this.now() });
    if (input.enabled === true && !before.active) {
      Object.assign(set, { active: true, disabledAt: null, enabledAt: this.now() });
    }
    if (Object.keys(set).length > 0) {
      await this.models.WebhookSubscription.updateOne({ _id: before._id }, { $set: set }).exec();
    }
    return { before, after: { ...before, ...set } };
  }

  /** Newest first, by keyset on (createdAt, _id). */
  async page(first: number | null | undefined, after: string | null | undefined) {
    const size = checkPageSize(first);
    const position = after ? decodeKeyset(after) : null;
    const query = position
      ? {
          $or: [
            { createdAt: trusted({ $lt: position.createdAt }) },
            { createdAt: position.createdAt, _id: trusted({ $lt: position.id }) },
          ],
        }
      : {};
    const [rows, totalCount] = await Promise.all([
      this.models.WebhookSubscription.find(query)
        .sort({ createdAt: -1, _id: -1 })
        .limit(size + 1)
        .lean<WebhookSubscriptionDoc[]>()
        .exec(),
      this.models.WebhookSubscription.countDocuments({}).exec(),
    ]);
    const edges = rows.slice(0, size).map((node) => ({ cursor: encodeKeyset(node), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: position !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount,
    };
  }

  list(): Promise<WebhookSubscriptionDoc[]> {
    return this.models.WebhookSubscription.find({})
      .sort({ createdAt: -1, _id: -1 })
      .lean<WebhookSubscriptionDoc[]>()
      .exec();
  }

  async byId(id: string): Promise<WebhookSubscriptionDoc | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    return this.models.WebhookSubscription.findById(id).lean<WebhookSubscriptionDoc>().exec();
  }

  async disable(id: string): Promise<WebhookSubscriptionDoc> {
    const existing = await this.byId(id);
    if (!existing) throw notFound({ zh: 'Webhook 订阅', en: 'webhook subscription' }, ['id']);
    if (!existing.active) return existing;
    const disabledAt = this.now();
    await this.models.WebhookSubscription.updateOne(
      { _id: existing._id },
      { active: false, disabledAt },
    ).exec();
    return { ...existing, active: false, disabledAt };
  }

  attemptsOf(deliveryId: Types.ObjectId): Promise<LeaseDoc[]> {
    return this.models.WebhookAttempt.find({ subject: deliveryId.toHexString() })
      .sort({ n: 1 })
      .lean<LeaseDoc[]>()
      .exec();
  }

  /** Dead letter → pending, with a fresh retry budget counted from the attempts made so far. */
  async replay(id: string): Promise<WebhookDeliveryDoc> {
    const delivery = Types.ObjectId.isValid(id)
      ? await this.models.WebhookDelivery.findById(id).lean<WebhookDeliveryDoc>().exec()
      : null;
    if (!delivery) throw notFound({ zh: 'Webhook 投递', en: 'webhook delivery' }, ['id']);
    if (delivery.status !== 'dead') {
      throw new AppError(
        'CONFLICT',
        {
          zh: '只有进入死信列表的投递可以重放。',
          en: 'Only a dead-lettered delivery can be replayed.',
        },
        { fieldPath: ['id'] },
      );
    }
    const latest = await this.models.WebhookAttempt.findOne({ subject: delivery._id.toHexString() })
      .sort({ n: -1 })
      .lean<LeaseDoc>()
      .exec();
    const update = { status: 'pending' as const, attemptBase: latest?.n ?? 0, nextAttemptAt: this.now() };
    await this.models.WebhookDelivery.updateOne({ _id: delivery._id }, update).exec();
    return { ...delivery, ...update };
  }
}

/** A receiver URL as on creation: well formed, and allowed by the egress rule (webhook-egress.ts). */
async function checkReachableUrl(models: WebhookModels, raw: string): Promise<string> {
  const url = checkReceiverUrl(raw.trim());
  const egress = webhookEgressOf(models);
  const verdict = await checkEgress(new URL(url), egress.allowPrivate, egress.resolve);
  if (!verdict.ok)
    throw badInput(
      ['input', 'url'],
      verdict.reason === 'unresolvable'
        ? {
            zh: '无法解析接收地址的主机名。',
            en: "The receiver's host name cannot be resolved.",
          }
        : {
            zh: '接收地址指向内网、回环或链路本地地址，不允许（可由部署配置 PARLEY_WEBHOOK_ALLOW_PRIVATE 放开）。',
            en: 'The receiver resolves to a private, loopback or link-local address, which is not allowed (a deployment may allow it with PARLEY_WEBHOOK_ALLOW_PRIVATE).',
          },
    );
  return url;
}

function checkEventTypes(eventTypes: readonly string[]): void {
  if (eventTypes.length < 1 || eventTypes.length > 50) {
    throw badInput(['input', 'eventTypes'], {
      zh: '须订阅 1–50 个事件类型。',
      en: 'Subscribe to 1–50 event types.',
    });
  }
  eventTypes.forEach((type, i) => {
    if (!EVENT_TYPE.test(type)) {
      throw badInput(['input', 'eventTypes', i], {
        zh: `事件类型“${type}”无效。`,
        en: `"${type}" is not a valid event type.`,
      });
    }
  });
}

/** http(s) only, no credentials in the URL (they would end up in logs). */
function checkReceiverUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    url = new URL('invalid:');
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || raw.length > 2000) {
    throw badInput(['input', 'url'], {
      zh: '接收地址须为不含用户名和密码的 http 或 https 地址。',
      en: 'The receiver must be an http or https URL without a user name or password.',
    });
  }
  return url.toString();
}
