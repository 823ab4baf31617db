/**
 * The webhook form and delivery log, pure: the subscription input, where the server's problems show,
 * event types in words, and merging keyset pages of the delivery log.
 */
import type {
  CreateWebhookSubscriptionInput,
  UpdateWebhookSubscriptionInput,
  WebhookDeliveryStatus,
} from '../../../generated/graphql';
import { fieldMessages, type AppError, type FieldMessages } from '../../../shared/lib/graphql-error';
import { pickLocalized, type AppLocale, type Localized } from '../../../shared/lib/locale';

export const ALL_EVENTS = '*';
export const DEFAULT_GRACE_HOURS = 24;

export interface WebhookForm {
  name: string;
  url: string;
  allEvents: boolean;
  eventTypes: string[];
  /** Only when editing (a new subscription starts enabled). */
  enabled: boolean;
}

export type WebhookField = 'name' | 'url' | 'eventTypes';

export function emptyWebhookForm(): WebhookForm {
  return { name: '', url: '', allEvents: false, eventTypes: [], enabled: true };
}

/** The form filled with a subscription's current values, to edit it. */
export function webhookFormOf(sub: {
  name: string;
  url: string;
  eventTypes: readonly string[];
  active: boolean;
}): WebhookForm {
  const all = sub.eventTypes.includes(ALL_EVENTS);
  return {
    name: sub.name,
    url: sub.url,
    allEvents: all,
    eventTypes: all ? [] : [...sub.eventTypes],
    enabled: sub.active,
  };
}

/** What an edit sends: URL, event types and enabled (the name is fixed once created). */
export function toUpdateWebhookInput(form: WebhookForm): UpdateWebhookSubscriptionInput {
  const { url, eventTypes } = toCreateWebhookInput(form);
  return { url, eventTypes, enabled: form.enabled };
}

export function toCreateWebhookInput(form: WebhookForm): CreateWebhookSubscriptionInput {
  return {
    name: form.name.trim(),
    url: form.url.trim(),
    eventTypes: form.allEvents ? [ALL_EVENTS] : [...new Set(form.eventTypes)],
  };
}

const SERVER_FIELDS = new Map<string, WebhookField>([
  ['name', 'name'],
  ['url', 'url'],
  ['eventTypes', 'eventTypes'],
  ...Array.from({ length: 50 }, (_, i) => [`eventTypes.${i}`, 'eventTypes'] as [string, WebhookField]),
]);

export function webhookFormErrors(error: AppError): FieldMessages<WebhookField> {
  return fieldMessages(error, ['input'], SERVER_FIELDS);
}

export interface EventTypeInfo {
  type: string;
  label: Localized;
}

/** An event type in words (`*` as "all events"); an unknown type as itself. */
export function eventTypeText(
  type: string,
  known: readonly EventTypeInfo[],
  locale: AppLocale,
  allEventsText: string,
): string {
  if (type === ALL_EVENTS) return allEventsText;
  const info = known.find((k) => k.type === type);
  return info ? pickLocalized(info.label, locale) : type;
}

/** Element Plus tag type for a delivery status. */
export function deliveryTone(status: WebhookDeliveryStatus): 'success' | 'warning' | 'danger' {
  return status === 'DELIVERED' ? 'success' : status === 'DEAD' ? 'danger' : 'warning';
}

/** Appends a later keyset page, keeping the first copy of any delivery seen twice. */
export function appendPage<T extends { id: string }>(existing: readonly T[], page: readonly T[]): T[] {
  const seen = new Set(existing.map((d) => d.id));
  return [...existing, ...page.filter((d) => !seen.has(d.id))];
}

/** A whole number of hours from 0 to 168, or null. */
export function parseGraceHours(value: unknown): number | null {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 168 ? n : null;
}
