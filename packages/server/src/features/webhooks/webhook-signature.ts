/**
 * Webhook signatures: `X-Parley-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
 * The timestamp is inside the signed text so a captured request cannot be replayed later than the
 * receiver's tolerance; `v1` names the scheme.
 *
 * During a secret rotation's grace period (rotateWebhookSecret) the header carries one `v1=` per valid
 * secret, the new one first: `t=…,v1=<with new secret>,v1=<with previous secret>`. A receiver accepts the
 * request when any `v1` matches the secret it holds, so it can switch secrets at any time in the grace
 * period; after it, only the new secret signs.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Parley-Signature';

/** Signs `body` with every secret given (the current one first). */
export function signPayload(
  secrets: string | readonly string[],
  body: string,
  at: Date = new Date(),
): string {
  const t = Math.floor(at.getTime() / 1000);
  const list = typeof secrets === 'string' ? [secrets] : secrets;
  const sigs = list.map((s) => `v1=${createHmac('sha256', s).update(`${t}.${body}`).digest('hex')}`);
  return [`t=${t}`, ...sigs].join(',');
}

/** What a receiver does (here for tests and for receivers written in TypeScript). */
export function verifySignature(
  header: string,
  body: string,
  secret: string,
  options: { toleranceSeconds?: number; now?: Date } = {},
): boolean {
  let t = NaN;
  const v1s: string[] = [];
  for (const part of header.split(',')) {
    const i = part.indexOf('=');
    const key = part.slice(0, i).trim();
    const value = part.slice(i + 1).trim();
    if (key === 't') t = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) v1s.push(value);
  }
  if (!Number.isInteger(t) || v1s.length === 0) return false;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - t) > (options.toleranceSeconds ?? 300)) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return v1s.some((v1) => timingSafeEqual(expected, Buffer.from(v1, 'hex')));
}
