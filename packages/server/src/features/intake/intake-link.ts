/**
 * Intake links: signed, expiring tokens (HS256 JWTs, jose, the customer links' secret under another
 * audience) that let anyone holding them open a case on one flow. The token names the template, the
 * channel and a link id; the configuration audit log records the link id and expiry, never the token.
 */
import { randomUUID } from 'node:crypto';
import type { Models } from '../../db/models';
import type { Channel } from '../../generated/resolvers-types';
import { signLinkToken, verifyLinkToken } from '../privacy';

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
  /** The department receiving the link's cases (null on links issued before links carried one). */
  departmentCode: string | null;
  linkId: string;
  expiresAt: Date;
}

export async function issueIntakeLinkToken(
  models: Models,
  templateKey: string,
  channel: Channel,
  hours: number,
  departmentCode: string,
  now: Date = new Date(),
): Promise<{ token: string } & IntakeLinkClaims> {
  const signed = await signLinkToken(
    models,
    AUDIENCE,
    { tk: templateKey, ch: channel, dp: departmentCode },
    hours,
    MAX_INTAKE_LINK_HOURS,
    now,
    randomUUID(),
  );
  return { ...signed, templateKey, channel, departmentCode };
}

/** The claims of a valid, unexpired intake token; LINK_INVALID or LINK_EXPIRED otherwise. */
export function verifyIntakeLinkToken(models: Models, token: string): Promise<IntakeLinkClaims> {
  return verifyLinkToken(models, AUDIENCE, token, (payload, linkId, expiresAt) => {
    const tk = payload['tk'];
    const ch = payload['ch'] as Channel;
    const dp = payload['dp'];
    return typeof tk === 'string' && CHANNELS.includes(ch)
      ? {
          templateKey: tk,
          channel: ch,
          departmentCode: typeof dp === 'string' ? dp : null,
          linkId,
          expiresAt,
        }
      : null;
  });
}
