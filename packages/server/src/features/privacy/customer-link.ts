/**
 * Customer links: signed, expiring tokens (HS256 JWTs, jose) that let a customer see and answer their
 * case's offer without an account. The token names the case and a link id; the event log records the
 * link id and expiry (`customerLinkIssued`), never the token. The signing secret is shared by every
 * server process: PARLEY_CUSTOMER_LINK_SECRET or, when unset, a random one stored once in `settings`
 * (the unique _id decides which process's value wins).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { AppError, isDuplicateKeyError } from '../../errors/app-error';
import type { Models } from '../../db/models';

const SETTING_ID = 'customer-link-secret';
const ISSUER = 'parley';
const AUDIENCE = 'parley-customer-link';
export const MAX_LINK_HOURS = 720;

export interface CustomerLinkClaims {
  caseId: string;
  linkId: string;
  expiresAt: Date;
}

const secrets = new Map<string, Promise<Uint8Array>>();

async function loadSecret(models: Models): Promise<Uint8Array> {
  const fromEnv = process.env['PARLEY_CUSTOMER_LINK_SECRET'];
  if (fromEnv) return new TextEncoder().encode(fromEnv);
  const existing = await models.Setting.findById(SETTING_ID).lean().exec();
  if (existing) return Buffer.from(existing.value, 'base64');
  const value = randomBytes(48).toString('base64');
  try {
    await models.Setting.create({ _id: SETTING_ID, value, createdAt: new Date() });
    return Buffer.from(value, 'base64');
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    const winner = await models.Setting.findById(SETTING_ID).lean().exec();
    if (!winner) throw err;
    return Buffer.from(winner.value, 'base64');
  }
}

/**
 * The secret of this database (cached per process; a database is identified by its name). Also signs
 * intake links (features/intake), under another audience.
 */
function secretOf(models: Models): Promise<Uint8Array> {
  const id = models.Setting.db.name;
  let found = secrets.get(id);
  if (!found) {
    found = loadSecret(models);
    secrets.set(id, found);
    found.catch(() => secrets.delete(id));
  }
  return found;
}

/**
 * A signed link token for `audience` carrying `claims`, valid `hours` (1–`maxHours`, else BAD_USER_INPUT
 * at `expiresInHours`). Customer links and intake links differ only in audience, claims and limits.
 */
export async function signLinkToken(
  models: Models,
  audience: string,
  claims: Readonly<Record<string, string>>,
  hours: number,
  maxHours: number,
  now: Date,
  linkId: string,
): Promise<{ token: string; linkId: string; expiresAt: Date }> {
  if (!Number.isInteger(hours) || hours < 1 || hours > maxHours)
    throw new AppError(
      'BAD_USER_INPUT',
      {
        zh: `链接有效期须为 1–${maxHours} 小时。`,
        en: `A link must last 1–${maxHours} hours.`,
      },
      { fieldPath: ['expiresInHours'] },
    );
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + hours * 3600;
  const token = await new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setJti(linkId)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(await secretOf(models));
  return { token, linkId, expiresAt: new Date(exp * 1000) };
}

/**
 * The payload of a valid, unexpired token for `audience` whose claims `accept` takes (returning null
 * refuses them); LINK_EXPIRED or LINK_INVALID otherwise.
 */
export async function verifyLinkToken<T>(
  models: Models,
  audience: string,
  token: string,
  accept: (payload: Record<string, unknown>, linkId: string, expiresAt: Date) => T | null,
  /** The instant the expiry is checked at: the clock the link was signed on (default: the wall clock). */
  now?: Date,
): Promise<T> {
  // Outside the try: a secret that cannot be loaded (the database unavailable) is a server failure,
  // not an invalid link.
  const secret = await secretOf(models);
  let accepted: T | null = null;
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: ISSUER,
      audience,
      algorithms: ['HS256'],
      ...(now ? { currentDate: now } : {}),
    });
    if (payload.jti && payload.exp) accepted = accept(payload, payload.jti, new Date(payload.exp * 1000));
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired)
      throw new AppError('LINK_EXPIRED', {
        zh: '链接已过期，请联系客服获取新链接。',
        en: 'This link has expired; please ask us for a new one.',
      });
  }
  if (accepted === null)
    throw new AppError('LINK_INVALID', { zh: '链接无效。', en: 'This link is not valid.' });
  return accepted;
}

export async function issueCustomerLinkToken(
  models: Models,
  caseId: string,
  hours: number,
  now: Date = new Date(),
  /** A given link id (an intake re-signs its receipt's link identically on a replay). */
  linkId: string = randomUUID(),
): Promise<{ token: string } & CustomerLinkClaims> {
  const signed = await signLinkToken(models, AUDIENCE, { cid: caseId }, hours, MAX_LINK_HOURS, now, linkId);
  return { ...signed, caseId };
}

/** The claims of a valid, unexpired token; LINK_INVALID or LINK_EXPIRED otherwise. */
export function verifyCustomerLinkToken(models: Models, token: string): Promise<CustomerLinkClaims> {
  return verifyLinkToken(models, AUDIENCE, token, (payload, linkId, expiresAt) =>
    typeof payload['cid'] === 'string' ? { caseId: payload['cid'], linkId, expiresAt } : null,
  );
}
