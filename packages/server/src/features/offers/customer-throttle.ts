/**
 * Rate limit of a customer link's public operations (`customerView`, `acceptOffer`, `counterOffer`,
 * `submitCustomerStep`, `uploadCustomerFile`,
 * `signAgreement`): the token is the only credential, so one link (or one address trying tokens) must not
 * be able to keep the server busy. Each request is recorded (append-only, `customer_link_attempts`)
 * BEFORE the token is even verified, and counted in a window per address and per token (its SHA-256, the
 * token itself is never stored) — exact on FerretDB, where a shared counter's `$inc` can lose updates.
 * The window is counted by db/window-limit.ts, as for intake. Old records are pruned by housekeeping.
 */
import { createHash } from 'node:crypto';
import type { Models } from '../../db/models';
import { takeWindowSlot } from '../../db/window-limit';
import { caseNow } from '../cases';

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
  const tokenHash = tokenHashOf(token);
  await takeWindowSlot({
    model: models.CustomerLinkAttempt,
    record: { ip, tokenHash },
    scopes: [
      { filter: { tokenHash }, limit: CUSTOMER_RATE_PER_TOKEN },
      { filter: { ip }, limit: CUSTOMER_RATE_PER_ADDRESS },
    ],
    windowMs: CUSTOMER_RATE_WINDOW_MS,
    now: caseNow(models),
    message: (minutes) => ({
      zh: `请求过于频繁，请在 ${minutes} 分钟后重试。`,
      en: `Too many requests; try again in ${minutes} minutes.`,
    }),
  });
}
