/**
 * Survey links: the customer-link signing (cases/customer-link.ts, HS256 JWTs with jose, the shared
 * secret) under an audience of their own, so a survey token opens nothing else and no other token opens
 * a survey. The token names the case (`cid`) and the invitation (`jti`); it is never stored. Because
 * HS256 is deterministic, the same invitation (`issuedAt`, `hours`) always signs to the same token: the
 * staff member who sends a survey sees the URL once, and the webhook delivering `surveySent` carries it.
 */
import { AppError } from '../../errors/app-error';
import type { Models } from '../../db/models';
import { signLinkToken, verifyLinkToken } from '../privacy';
import type { SurveyInvitationRecord } from './survey-response.model';

const AUDIENCE = 'parley-survey-link';
/** The longest a survey link may last (30 days). */
export const MAX_SURVEY_LINK_HOURS = 720;
/** How long a survey link lasts unless PARLEY_SURVEY_LINK_HOURS says otherwise (7 days). */
export const DEFAULT_SURVEY_LINK_HOURS = 168;

/** Validity of new links: PARLEY_SURVEY_LINK_HOURS (1–720), default 168. */
export function surveyLinkHours(): number {
  const raw = Number(process.env['PARLEY_SURVEY_LINK_HOURS'] ?? DEFAULT_SURVEY_LINK_HOURS);
  return Number.isInteger(raw) && raw >= 1 && raw <= MAX_SURVEY_LINK_HOURS ? raw : DEFAULT_SURVEY_LINK_HOURS;
}

/** Hours after sending when an unanswered invitation is reminded: PARLEY_SURVEY_REMIND_HOURS, default 48. */
export function surveyRemindHours(): number {
  const raw = Number(process.env['PARLEY_SURVEY_REMIND_HOURS'] ?? 48);
  return Number.isFinite(raw) && raw > 0 ? raw : 48;
}

/** The path of the public page for a token (the receiver or the admin puts its host in front). */
export function surveyUrl(token: string): string {
  return `/s/${token}`;
}

/** The token of an invitation: the same every time for the same invitation. */
export async function surveyTokenOf(
  models: Models,
  inv: Pick<SurveyInvitationRecord, '_id' | 'caseId' | 'issuedAt' | 'hours'>,
): Promise<string> {
  const signed = await signLinkToken(
    models,
    AUDIENCE,
    { cid: inv.caseId.toHexString() },
    inv.hours,
    MAX_SURVEY_LINK_HOURS,
    inv.issuedAt,
    inv._id,
  );
  return signed.token;
}

export interface SurveyLinkClaims {
  caseId: string;
  invitationId: string;
  expiresAt: Date;
}

/**
 * The claims of a token valid and unexpired at `now` (the case clock, on which the invitation was signed);
 * LINK_INVALID or LINK_EXPIRED otherwise.
 */
export function verifySurveyToken(models: Models, token: string, now: Date): Promise<SurveyLinkClaims> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 2000)
    return Promise.reject(new AppError('LINK_INVALID', { zh: '链接无效。', en: 'This link is not valid.' }));
  // Signed at the invitation's time on the case clock (`issuedAt`), so checked on the same clock.
  return verifyLinkToken(
    models,
    AUDIENCE,
    token,
    (payload, invitationId, expiresAt) =>
      typeof payload['cid'] === 'string' ? { caseId: payload['cid'], invitationId, expiresAt } : null,
    now,
  );
}
