/**
 * The outbox of engine effects that other systems perform. `execute` returns effects (send an SMS, call
 * an integration, send a survey, …); the host performs them. Those Parley performs itself (timers, the
 * SLA clock) are handled where the batch is appended. The others become host events in the SAME batch
 * as the engine events that caused them — `notificationRequested`, `integrationCallRequested`,
 * `surveyRequested`, `linkedCaseRequested`, `signatureRequested`, `pluginEffectRequested` — so a request
 * exists exactly when its cause does (no lost effect across a crash, none without its cause), it is in
 * the audit chain, and the webhook dispatcher delivers it to the bank's SMS gateway, survey sender or
 * integration layer like any other event (docs/webhooks.md). Each carries the engine's `effectKey`, the
 * receiver's deduplication key (deliveries are at least once).
 */
import type { Effect, IssuedEffect } from '@parley/engine';
import type { DataKeyring } from '../../privacy';
import { sealData } from './case-event-codec';

const OUTBOX_TYPE: Partial<Record<Effect['type'], string>> = {
  notify: 'notificationRequested',
  webhook: 'integrationCallRequested',
  'send-survey': 'surveyRequested',
  'start-linked-case': 'linkedCaseRequested',
  'request-signature': 'signatureRequested',
  plugin: 'pluginEffectRequested',
};

/** Host event types of the outbox (listed in HOST_EVENT_TYPES). */
export const OUTBOX_EVENT_TYPES: readonly string[] = Object.values(OUTBOX_TYPE) as string[];

function sealed(
  value: Readonly<Record<string, unknown>> | undefined,
  sensitive: ReadonlySet<string>,
  keys: DataKeyring,
): Record<string, unknown> | undefined {
  return value === undefined ? undefined : sealData(value, sensitive, keys);
}

/** The outbox events of a command's effects, in the order the engine issued them. */
export function outboxEvents(
  effects: readonly IssuedEffect[],
  sensitive: ReadonlySet<string>,
  keys: DataKeyring,
): { type: string; data: Record<string, unknown> }[] {
  const out: { type: string; data: Record<string, unknown> }[] = [];
  for (const issued of effects) {
    const type = OUTBOX_TYPE[issued.effect.type];
    if (!type) continue;
    const effect = issued.effect;
    let data: Record<string, unknown>;
    switch (effect.type) {
      case 'notify':
        data = {
          channel: effect.channel,
          recipient: effect.recipient,
          template: effect.template,
          ...(effect.data ? { data: sealed(effect.data, sensitive, keys) } : {}),
        };
        break;
      case 'webhook':
        data = {
          url: effect.url,
          method: effect.method,
          payload: sealed(effect.payload, sensitive, keys),
        };
        break;
      case 'plugin':
        data = { name: effect.name, payload: sealed(effect.payload, sensitive, keys) };
        break;
      default:
        data = { ...effect } as Record<string, unknown>;
        delete data['type'];
    }
    out.push({ type, data: { effectKey: issued.idempotencyKey, ...data } });
  }
  return out;
}
