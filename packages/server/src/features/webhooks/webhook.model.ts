/**
 * Webhook collections (docs/webhooks.md). Correct on FerretDB v1 because every decision is an insert
 * into a unique index:
 * - `webhook_subscriptions`: receivers; the signing secret is stored (HMAC needs it) and never returned
 *   after creation.
 * - `webhook_deliveries`: one per (subscriptionId, eventId), unique — re-scanning the event log never
 *   creates a second delivery. Status fields are a projection of the attempt chain.
 * - `webhook_attempts`: the lease chain of attempts per delivery (lease-chain.ts), unique (subject, n).
 * - `webhook_checkpoints`: how far the dispatcher has scanned `case_events` (a hint: scans start a
 *   lookback window before it, and the unique delivery index absorbs the overlap).
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { leaseModel, type LeaseModel } from '../scheduler';
import { caseEventFeedModel, type CaseEventFeedModel } from './case-event-feed.model';

export interface WebhookSubscriptionRecord {
  name: string;
  url: string;
  eventTypes: string[];
  secret: string;
  /** The secret before the last rotation (sealed), still signed with until `previousSecretUntil`. */
  previousSecret?: string | null;
  previousSecretUntil?: Date | null;
  secretRotatedAt?: Date | null;
  active: boolean;
  createdAt: Date;
  createdBy: string;
  disabledAt: Date | null;
  /** When it was last enabled again after being disabled; events recorded before are not delivered. */
  enabledAt?: Date | null;
}
export type WebhookSubscriptionDoc = WebhookSubscriptionRecord & { _id: Types.ObjectId };

export type WebhookDeliveryState = 'pending' | 'delivered' | 'dead';

export interface WebhookDeliveryRecord {
  subscriptionId: Types.ObjectId;
  eventId: Types.ObjectId;
  /** Null for a test delivery (`ping`, webhook-test.ts), which belongs to no case. */
  caseId: Types.ObjectId | null;
  eventType: string;
  eventSeq: number;
  eventRecordedAt: Date;
  status: WebhookDeliveryState;
  /** Attempts so far (the number of the latest attempt). */
  attempts: number;
  /** Attempts made before the last manual replay; the retry budget counts from here. */
  attemptBase: number;
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
}
export type WebhookDeliveryDoc = WebhookDeliveryRecord & { _id: Types.ObjectId };

export interface WebhookCheckpointRecord {
  _id: string;
  recordedAt: Date;
  eventId: Types.ObjectId;
  updatedAt: Date;
}

const subscriptionSchema = new Schema<WebhookSubscriptionRecord>(
  {
    name: { type: String, required: true },
    url: { type: String, required: true },
    eventTypes: { type: [String], required: true },
    secret: { type: String, required: true },
    previousSecret: { type: String, default: null },
    previousSecretUntil: { type: Date, default: null },
    secretRotatedAt: { type: Date, default: null },
    active: { type: Boolean, required: true },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    disabledAt: { type: Date, default: null },
    enabledAt: { type: Date, default: null },
  },
  { collection: 'webhook_subscriptions', autoIndex: false, versionKey: false },
);
subscriptionSchema.index({ active: 1 }, { name: 'active' });

const deliverySchema = new Schema<WebhookDeliveryRecord>(
  {
    subscriptionId: { type: Schema.Types.ObjectId, required: true },
    eventId: { type: Schema.Types.ObjectId, required: true },
    caseId: { type: Schema.Types.ObjectId, default: null },
    eventType: { type: String, required: true },
    eventSeq: { type: Number, required: true },
    eventRecordedAt: { type: Date, required: true },
    status: { type: String, required: true, enum: ['pending', 'delivered', 'dead'] },
    attempts: { type: Number, required: true },
    attemptBase: { type: Number, required: true },
    nextAttemptAt: { type: Date, default: null },
    lastStatusCode: { type: Number, default: null },
    lastError: { type: String, default: null },
    deliveredAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'webhook_deliveries', autoIndex: false, versionKey: false },
);
deliverySchema.index({ subscriptionId: 1, eventId: 1 }, { unique: true, name: 'subscription_event_unique' });
deliverySchema.index({ status: 1, nextAttemptAt: 1 }, { name: 'status_next_attempt' });
deliverySchema.index({ eventId: 1 }, { name: 'event' });
deliverySchema.index({ createdAt: -1, _id: -1 }, { name: 'newest' });
deliverySchema.index({ subscriptionId: 1, createdAt: -1, _id: -1 }, { name: 'subscription_newest' });

const checkpointSchema = new Schema<WebhookCheckpointRecord>(
  {
    _id: { type: String, required: true },
    recordedAt: { type: Date, required: true },
    eventId: { type: Schema.Types.ObjectId, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'webhook_checkpoints', autoIndex: false, versionKey: false },
);

export interface WebhookModels {
  WebhookSubscription: Model<WebhookSubscriptionRecord>;
  WebhookDelivery: Model<WebhookDeliveryRecord>;
  WebhookAttempt: LeaseModel;
  WebhookCheckpoint: Model<WebhookCheckpointRecord>;
  CaseEventFeed: CaseEventFeedModel;
}

function bind<T>(conn: Connection, name: string, schema: Schema<T>): Model<T> {
  return (conn.models[name] as Model<T> | undefined) ?? conn.model<T>(name, schema);
}

export function webhookModels(conn: Connection): WebhookModels {
  return {
    WebhookSubscription: bind(conn, 'WebhookSubscription', subscriptionSchema),
    WebhookDelivery: bind(conn, 'WebhookDelivery', deliverySchema),
    WebhookAttempt: leaseModel(conn, 'WebhookAttempt', 'webhook_attempts'),
    WebhookCheckpoint: bind(conn, 'WebhookCheckpoint', checkpointSchema),
    CaseEventFeed: caseEventFeedModel(conn),
  };
}
