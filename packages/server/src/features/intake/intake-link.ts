/**
 * Intake links: signed, expiring tokens (HS256 JWTs, jose, the customer links' secret under another
 * audience) that let anyone holding them open a case on one flow. The token names the template, the
 * channel and a link id; the configuration audit log records the link id and expiry, never the token.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { AppError } from '../../errors/app-error';
import type { Models } from '../../db/models';
import type { Channel } from '../../generated/resolvers-types';
import { secretOf } from '../cases/customer-link';

const ISSUER = 'parley';
const AUDIENCE = 'parley-intake-link';
export const MAX_INTAKE_LINK_HOURS = 8760;
const CHANNELS: readonly Channel[] = [
  'WEBSITE',
  'APP',
  'HOTLINE',
  'BRANCH',
  'EMAIL',
  'LETTER',
  'CHAT',
  'API',
];

export interface IntakeLinkClaims {
  templateKey: string;
  channel: Channel;
  linkId: string;
  expiresAt: Date;
}

export async function issueIntakeLinkToken(
  models: Models,
  templateKey: string,
  channel: Channel,
  hours: number,
  now: Date = new Date(),
): Promise<{ token: string } & IntakeLinkClaims> {
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_INTAKE_LINK_HOURS)
    throw new AppError(
      'BAD_USER_INPUT',
      {
        zh: `链接有效期须为 1–${MAX_INTAKE_LINK_HOURS} 小时。`,
        en: `An intake link must last 1–${MAX_INTAKE_LINK_HOURS} hours.`,
      },
      { fieldPath: ['expiresInHours'] },
    );
  const linkId = randomUUID();
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + hours * 3600;
  const token = await new SignJWT({ tk: templateKey, ch: channel })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setJti(linkId)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(await secretOf(models));
  return { token, templateKey, channel, linkId, expiresAt: new Date(exp * 1000) };
}

/** The claims of a valid, unexpired intake token; LINK_INVALID or LINK_EXPIRED otherwise. */
export async function verifyIntakeLinkToken(models: Models, token: string): Promise<IntakeLinkClaims> {
  try {
    const { payload } = await jwtVerify(token, await secretOf(models), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    const tk = payload['tk'];
    const ch = payload['ch'] as Channel;
    if (typeof tk !== 'string' || !CHANNELS.includes(ch) || !payload.jti || !payload.exp)
      throw new Error('claims');
    return { templateKey: tk, channel: ch, linkId: payload.jti, expiresAt: new Date(payload.exp * 1000) };
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired)
      throw new AppError('LINK_EXPIRED', {
        zh: '链接已过期，请联系我们获取新链接。',
        en: 'This link has expired; please ask us for a new one.',
      });
    throw new AppError('LINK_INVALID', { zh: '链接无效。', en: 'This link is not valid.' });
  }
}
