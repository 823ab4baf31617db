import type { JsonObject } from '../shared/json.types';
import type { NotificationChannel } from '../definition/step.types';
import type { SurveyRef } from '../definition/survey-ref';

/**
 * Effects are requests for the outside world, returned by `execute` and performed by the host (the
 * server): the engine itself never sends, calls or schedules anything.
 */
export type Effect =
  | {
      readonly type: 'notify';
      readonly channel: NotificationChannel;
      readonly recipient: 'customer' | { readonly role: string };
      readonly template: string;
      readonly data?: JsonObject;
    }
  | {
      readonly type: 'webhook';
      readonly url: string;
      readonly method: 'POST' | 'PUT';
      readonly payload: JsonObject;
    }
  /** Fire `timerFired { timerId }` back after the ISO 8601 duration `after`. */
  | {
      readonly type: 'schedule-timer';
      readonly timerId: string;
      readonly after: string;
      readonly stepKey: string;
    }
  | { readonly type: 'cancel-timer'; readonly timerId: string }
  | {
      readonly type: 'start-linked-case';
      readonly template: string;
      readonly linkedCaseId: string;
      readonly stepKey: string;
    }
  | { readonly type: 'send-survey'; readonly survey: SurveyRef; readonly stepKey: string }
  | {
      readonly type: 'request-signature';
      readonly stepKey: string;
      readonly signer: 'customer' | 'staff';
      readonly offerId?: string;
    }
  /** The SLA clock of the case changed; the host recomputes due dates with its calendars. */
  | {
      readonly type: 'sla-clock';
      readonly action: 'start' | 'pause' | 'resume' | 'stop';
      readonly ruleKey?: string;
    }
  | { readonly type: 'plugin'; readonly name: string; readonly payload: JsonObject };

export type EffectType = Effect['type'];

/**
 * An effect as issued: the request, the case it belongs to, and a key the host uses to perform it at
 * most once (hosts retry; a webhook or SMS must not go out twice).
 */
export interface IssuedEffect {
  readonly caseId: string;
  readonly idempotencyKey: string;
  readonly effect: Effect;
}
