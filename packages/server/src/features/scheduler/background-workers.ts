/**
 * The background work of a server process: the timer runner, the case effects sweep (repairs timer
 * effects a crash left unperformed, schedules the daily audit anchor), the case links sweep, the webhook
 * dispatcher, housekeeping (prunes old rate-limit records) and the insight roll-up follower. All are safe
 * to run in every process at once (lease chains and unique indexes), so a deployment simply runs them
 * everywhere; PARLEY_WORKERS=off keeps a process (or a test server) serving requests only.
 */
import type { Logger } from 'pino';
import type { ServerConfig } from '../../config';
import type { Models } from '../../db/models';
import { startEffectsSweep } from '../cases';
import { startCaseLinksSweep } from '../cases';
import { startWebhookDispatcher } from '../webhooks/webhook-dispatcher';
import { startInsightFollower } from '../insight/insight-follower';
import { startSurveyReminderSweep, surveyLinkOfEvent } from '../survey-responses';
import { startTimerRunner, type TimerHandlers } from './timer-runner';
import { startHousekeeping } from './housekeeping';

export interface BackgroundWorkers {
  stop(): Promise<void>;
}

export function startBackgroundWorkers(opts: {
  models: Models;
  logger: Logger;
  config: ServerConfig;
  timerHandlers: TimerHandlers;
}): BackgroundWorkers {
  const { models, logger, config } = opts;
  const timers = startTimerRunner({
    models,
    logger,
    handlers: opts.timerHandlers,
    intervalMs: config.PARLEY_TIMER_POLL_MS,
  });
  const webhooks = startWebhookDispatcher({
    models,
    logger,
    intervalMs: config.PARLEY_WEBHOOK_POLL_MS,
    maxAttempts: config.PARLEY_WEBHOOK_MAX_ATTEMPTS,
    retryBaseMs: config.PARLEY_WEBHOOK_RETRY_BASE_MS,
    linkOf: (event) => surveyLinkOfEvent(models, event),
  });
  const effects = startEffectsSweep({ models, logger });
  const links = startCaseLinksSweep({ models, logger });
  const housekeeping = startHousekeeping({ models, logger });
  const insight = startInsightFollower({ models, logger, intervalMs: config.PARLEY_INSIGHT_POLL_MS });
  const surveyReminders = startSurveyReminderSweep({ models, logger });
  logger.info(
    'background workers started (timers, case effects sweep, case links sweep, webhooks, housekeeping, insight)',
  );
  return {
    async stop() {
      await Promise.all([
        timers.stop(),
        webhooks.stop(),
        effects.stop(),
        links.stop(),
        housekeeping.stop(),
        insight.stop(),
        surveyReminders.stop(),
      ]);
    },
  };
}
