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
export function secretOf(models: Models): Promise<Uint8Array> {
  const id = models.Setting.db.name;
  let found = secrets.get(id);
  if (!found) {
    found = loadSecret(models);
    secrets.set(id, found);
    found.catch(() => secrets.delete(id));
  }
  return found;
}

export async function issueCustomerLinkToken(
  models: Models,
  caseId: string,
  hours: number,
  now: Date = new Date(),
  /** A given link id (an intake re-signs its receipt's link identically on a replay). */
  linkId: string = randomUUID(),
): Promise<{ token: string } & CustomerLinkClaims> {
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_LINK_HOURS)
    throw new AppError(
      'BAD_USER_INPUT',
      {
        zh: `链接有效期须为 1–${MAX_LINK_HOURS} 小时。`,
        en: `A link must last 1–${MAX_LINK_HOURS} hours.`,
      },
      { fieldPath: ['expiresInHours'] },
    );
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + hours * 3600;
  const token = await new SignJWT({ cid: caseId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setJti(linkId)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(await secretOf(models));
  return { token, caseId, linkId, expiresAt: new Date(exp * 1000) };
}

/** The claims of a valid, unexpired token; LINK_INVALID or LINK_EXPIRED otherwise. */
export async function verifyCustomerLinkToken(models: Models, token: string): Promise<CustomerLinkClaims> {
  try {
    const { payload } = await jwtVerify(token, await secretOf(models), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    if (typeof payload['cid'] !== 'string' || !payload.jti || !payload.exp) throw new Error('claims');
    return { caseId: payload['cid'], linkId: payload.jti, expiresAt: new Date(payload.exp * 1000) };
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired)
      throw new AppError('LINK_EXPIRED', {
        zh: '链接已过期，请联系客服获取新链接。',
        en: 'This link has expired; please ask us for a new one.',
      });
    throw new AppError('LINK_INVALID', {
      zh: '链接无效。',
      en: 'This link is not valid.',
    });
  }
}
