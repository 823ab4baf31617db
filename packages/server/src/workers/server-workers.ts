/**
 * The server's start-up wiring of its background work: each feature's timer handlers and sweeps are
 * registered here with the scheduler's registry (features/scheduler imports no feature). A new timer
 * kind or sweep is added in one line below.
 */
import type { Logger } from 'pino';
import type { ServerConfig } from '../config';
import type { Models } from '../db/models';
import { WorkerRegistry } from '../features/scheduler';
import { caseTimerHandlers, startCaseLinksSweep, startEffectsSweep } from '../features/cases';
import { startWebhookDispatcher } from '../features/webhooks/webhook-dispatcher';
import { startInsightFollower } from '../features/insight/insight-follower';
import { startSurveyReminderSweep, surveyLinkOfEvent } from '../features/survey-responses';
import { startHousekeeping } from './housekeeping';

export function serverWorkers(opts: {
  models: Models;
  logger: Logger;
  config: ServerConfig;
}): WorkerRegistry {
  const { models, logger, config } = opts;
  return new WorkerRegistry()
    .registerTimerHandlers(caseTimerHandlers(models))
    .registerSweep('case effects sweep', () => startEffectsSweep({ models, logger }))
    .registerSweep('case links sweep', () => startCaseLinksSweep({ models, logger }))
    .registerSweep('webhooks', () =>
      startWebhookDispatcher({
        models,
        logger,
        intervalMs: config.PARLEY_WEBHOOK_POLL_MS,
        maxAttempts: config.PARLEY_WEBHOOK_MAX_ATTEMPTS,
        retryBaseMs: config.PARLEY_WEBHOOK_RETRY_BASE_MS,
        linkOf: (event) => surveyLinkOfEvent(models, event),
      }),
    )
    .registerSweep('housekeeping', () => startHousekeeping({ models, logger }))
    .registerSweep('insight', () =>
      startInsightFollower({ models, logger, intervalMs: config.PARLEY_INSIGHT_POLL_MS }),
    )
    .registerSweep('survey reminders', () => startSurveyReminderSweep({ models, logger }));
}
