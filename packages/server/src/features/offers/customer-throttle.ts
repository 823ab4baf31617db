/**
 * Rate limit of a customer link's public operations (`customerView`, `acceptOffer`, `counterOffer`,
 * `signAgreement`): the token is the only credential, so one link (or one address trying tokens) must not
 * be able to keep the server busy. Each request is recorded (append-only, `customer_link_attempts`)
 * BEFORE the token is even verified, and counted in a window per address and per token (its SHA-256, the
 * token itself is never stored) — exact on FerretDB, where a shared counter's `$inc` can lose updates.
 * A refused request's record is removed again, so hammering does not prolong the wait. The same scheme
 * as intake's per-address limit (features/intake). Old records are pruned by housekeeping.
 */
import { createHash } from 'node:crypto';
import { trusted } from 'mongoose';
import type { Models } from '../../db/models';
import { AppError } from '../../errors/app-error';
import { caseNow } from '../cases/case-runtime.service';

export const CUSTOMER_RATE_WINDOW_MS = 10 * 60 * 1000;
/** Requests one link may make in the window (a customer needs a handful: view, accept, sign, download). */
export const CUSTOMER_RATE_PER_TOKEN = 40;
/** Requests one address may make in the window (generous: mobile carriers put many customers behind one). */
export const CUSTOMER_RATE_PER_ADDRESS = 200;

export function tokenHashOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Counts this request; RATE_LIMITED with `retryAfterSeconds` when the token or the address is over. */
export async function throttleCustomerLink(models: Models, token: string, ip: string): Promise<void> {
  const now = caseNow(models);
  // (now − window, now]: records stamped later by a process whose clock runs ahead do not count yet.
  const since = trusted({ $gt: new Date(now.getTime() - CUSTOMER_RATE_WINDOW_MS), $lte: now });
  const tokenHash = tokenHashOf(token);
  const Attempt = models.CustomerLinkAttempt;
  const mine = await Attempt.create({ ip, tokenHash, at: now });
  const [byToken, byAddress] = await Promise.all([
    Attempt.countDocuments({ tokenHash, at: since }).exec(),
    Attempt.countDocuments({ ip, at: since }).exec(),
  ]);
  const over =
    byToken > CUSTOMER_RATE_PER_TOKEN
      ? { filter: { tokenHash, at: since }, count: byToken, limit: CUSTOMER_RATE_PER_TOKEN }
      : byAddress > CUSTOMER_RATE_PER_ADDRESS
        ? { filter: { ip, at: since }, count: byAddress, limit: CUSTOMER_RATE_PER_ADDRESS }
        : null;
  if (!over) return;
  await Attempt.deleteOne({ _id: mine._id }).exec();
  // A slot frees when enough of the accepted requests have left the window.
  const freeing = await Attempt.findOne(over.filter)
    .sort({ at: 1 })
    .skip(Math.max(0, over.count - 1 - over.limit))
    .lean()
    .exec();
  const retryAfterSeconds = freeing
    ? Math.max(1, Math.ceil((freeing.at.getTime() + CUSTOMER_RATE_WINDOW_MS - now.getTime()) / 1000))
    : CUSTOMER_RATE_WINDOW_MS / 1000;
  throw new AppError(
    'RATE_LIMITED',
    {
      zh: `请求过于频繁，请在 ${Math.ceil(retryAfterSeconds / 60)} 分钟后重试。`,
      en: `Too many requests; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    },
    { details: { retryAfterSeconds } },
  );
}
