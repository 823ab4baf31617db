/**
 * Rate limit of the public survey operations (`publicSurvey`, `submitSurveyAnswer`): the token is the
 * only credential. Each request is an append-only record (`survey_link_attempts`: address, SHA-256 of the
 * token, time) counted in a sliding window per token and per address BEFORE the token is verified
 * (db/window-limit.ts, exact on FerretDB and across processes: no in-process counter). The reminder sweep
 * prunes records older than the window.
 */
import { trusted } from 'mongoose';
import type { Models } from '../../db/models';
import { takeWindowSlot } from '../../db/window-limit';
import { caseNow } from '../cases';
import { tokenHashOf } from '../offers/customer-throttle';

export const SURVEY_RATE_WINDOW_MS = 10 * 60 * 1000;
/** Requests one link may make in the window (a customer needs a few: open, a corrected submit, reload). */
export const SURVEY_RATE_PER_TOKEN = 20;
/** Requests one address may make in the window (many customers share a carrier's address). */
export const SURVEY_RATE_PER_ADDRESS = 200;

/** Counts this request; RATE_LIMITED with `retryAfterSeconds` when the token or the address is over. */
export async function throttleSurveyLink(models: Models, token: string, ip: string): Promise<void> {
  const tokenHash = tokenHashOf(String(token));
  await takeWindowSlot({
    model: models.SurveyLinkAttempt,
    record: { ip, tokenHash },
    scopes: [
      { filter: { tokenHash }, limit: SURVEY_RATE_PER_TOKEN },
      { filter: { ip }, limit: SURVEY_RATE_PER_ADDRESS },
    ],
    windowMs: SURVEY_RATE_WINDOW_MS,
    now: caseNow(models),
    message: (minutes) => ({
      zh: `请求过于频繁，请在 ${minutes} 分钟后重试。`,
      en: `Too many requests; try again in ${minutes} minutes.`,
    }),
  });
}

/** Removes request records that left the window. */
export async function pruneSurveyAttempts(models: Models, now: Date): Promise<void> {
  await models.SurveyLinkAttempt.deleteMany({
    at: trusted({ $lt: new Date(now.getTime() - SURVEY_RATE_WINDOW_MS) }),
  }).exec();
}
