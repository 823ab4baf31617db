/**
 * Complaint tracking links: signed, expiring tokens (HS256 JWTs, the customer links' secret under their
 * own audience) naming one complaint case. Anyone holding one sees that complaint's tracking page and
 * nothing else; a token cannot be guessed from a reference, so references cannot be enumerated.
 */
import type { Models } from '../../db/models';
import { signLinkToken, verifyLinkToken } from '../privacy';

const AUDIENCE = 'parley-complaint-tracking';
/** A tracking link lasts 90 days: past the longest regulatory clock (15 + 30 + 30 days). */
export const TRACKING_HOURS = 2160;

export interface TrackingClaims {
  caseId: string;
  linkId: string;
  expiresAt: Date;
}

export async function issueTrackingToken(
  models: Models,
  caseId: string,
  linkId: string,
  issuedAt: Date,
  hours: number = TRACKING_HOURS,
): Promise<{ token: string } & TrackingClaims> {
  const signed = await signLinkToken(
    models,
    AUDIENCE,
    { cid: caseId },
    hours,
    TRACKING_HOURS,
    issuedAt,
    linkId,
  );
  return { ...signed, caseId };
}

/** The claims of a valid, unexpired tracking token; LINK_INVALID or LINK_EXPIRED otherwise. */
export function verifyTrackingToken(models: Models, token: string): Promise<TrackingClaims> {
  return verifyLinkToken(models, AUDIENCE, token, (payload, linkId, expiresAt) =>
    typeof payload['cid'] === 'string' ? { caseId: payload['cid'], linkId, expiresAt } : null,
  );
}
