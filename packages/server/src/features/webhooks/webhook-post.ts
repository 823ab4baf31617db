/**
 * One signed POST to a subscription's receiver: the egress rule checked again (a host may have been
 * re-pointed at an internal address since creation), signed with every secret valid at that instant
 * (the previous one too during a rotation's grace period), redirects not followed. The dispatcher's
 * deliveries and the test delivery (`sendTestWebhook`) both go through here.
 */
import { dataKeysOf } from '../privacy';
import { checkEgress, openSecret, webhookEgressOf } from './webhook-egress';
import type { WebhookModels, WebhookSubscriptionDoc } from './webhook.model';
import { SIGNATURE_HEADER, signPayload } from './webhook-signature';

export interface PostResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

export interface PostHeaders {
  eventId: string;
  eventType: string;
  deliveryId: string;
  attempt: number;
}

/** The secrets that sign at `at`: the current one, and the previous one until its grace period ends. */
export function signingSecrets(models: WebhookModels, sub: WebhookSubscriptionDoc, at: Date): string[] {
  const keys = dataKeysOf(models);
  const secrets = [openSecret(keys, sub.secret)];
  if (sub.previousSecret && sub.previousSecretUntil && at < sub.previousSecretUntil) {
    secrets.push(openSecret(keys, sub.previousSecret));
  }
  return secrets;
}

export async function postToReceiver(
  models: WebhookModels,
  sub: WebhookSubscriptionDoc,
  body: string,
  headers: PostHeaders,
  options: { at: Date; timeoutMs: number },
): Promise<PostResult> {
  const egress = webhookEgressOf(models);
  const verdict = await checkEgress(new URL(sub.url), egress.allowPrivate, egress.resolve);
  if (!verdict.ok)
    return {
      ok: false,
      statusCode: null,
      error:
        verdict.reason === 'unresolvable'
          ? 'receiver host cannot be resolved'
          : `receiver resolves to a non-public address (${verdict.address ?? '?'})`,
    };
  try {
    const res = await fetch(sub.url, {
      method: 'POST',
      // Following a redirect would send signed case data somewhere nobody subscribed.
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Parley-Webhooks/1',
        [SIGNATURE_HEADER]: signPayload(signingSecrets(models, sub, options.at), body, options.at),
        'X-Parley-Event-Id': headers.eventId,
        'X-Parley-Event-Type': headers.eventType,
        'X-Parley-Delivery-Id': headers.deliveryId,
        'X-Parley-Attempt': String(headers.attempt),
      },
      body,
    });
    await res.body?.cancel();
    if (res.status >= 200 && res.status < 300) return { ok: true, statusCode: res.status, error: null };
    return { ok: false, statusCode: res.status, error: `receiver answered ${res.status}` };
  } catch (err) {
    return { ok: false, statusCode: null, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The body of a test delivery: no case, no personal data. */
export function pingPayload(subscriptionGlobalId: string, deliveryId: string, eventId: string, at: Date) {
  return {
    deliveryId,
    subscriptionId: subscriptionGlobalId,
    event: { id: eventId, type: 'ping', at: at.toISOString(), test: true },
  };
}

export const PING_EVENT_TYPE = 'ping';
