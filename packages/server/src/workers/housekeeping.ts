/**
 * Housekeeping: the append-only records that rate limits and lockouts count (sign-in failures, intake
 * attempts, customer-link requests) are only read inside short windows (15 minutes, one hour); older ones are deleted here, once an
 * hour, so the collections stay small. Safe in every process at once: a delete of what is already gone
 * deletes nothing. (TTL indexes would do this on MongoDB; FerretDB v1 refuses them.)
 */
import type { Logger } from 'pino';
import type { Models } from '../db/models';
import { startPollingLoop } from './polling-loop';
import { intakeAttempts } from '../features/intake/intake.model';
import { OfferService } from '../features/offers/offer.service';
import { trusted } from 'mongoose';

/** Records older than this are past every window that reads them (the longest is one hour). */
export const RECORD_RETENTION_MS = 24 * 60 * 60 * 1000;

export async function pruneRateLimitRecords(models: Models, now: Date = new Date()): Promise<number> {
  const before = trusted({ $lt: new Date(now.getTime() - RECORD_RETENTION_MS) });
  const slots = await models.SignInSlot.deleteMany({ at: before }).exec();
  const attempts = await (await intakeAttempts(models.SignInSlot.db)).deleteMany({ at: before }).exec();
  const customer = await models.CustomerLinkAttempt.deleteMany({ at: before }).exec();
  return slots.deletedCount + attempts.deletedCount + customer.deletedCount;
}

export interface Housekeeping {
  stop(): Promise<void>;
  runOnce(): Promise<number>;
}

export function startHousekeeping(options: {
  models: Models;
  logger: Logger;
  intervalMs?: number;
}): Housekeeping {
  const log = options.logger.child({ component: 'housekeeping' });
  return startPollingLoop<number, undefined>({
    round: async () =>
      (await pruneRateLimitRecords(options.models)) +
      // Approval requests settled in a case's log by something other than an offer command (a
      // cancellation, a migration) are marked settled here, so the approvers' list stops looking at them.
      (await new OfferService(options.models).approvalProjection.repair()),
    intervalMs: options.intervalMs ?? 60 * 60 * 1000,
    regular: undefined,
    onError: (err) => log.error({ err }, 'housekeeping failed'),
  });
}
