import { evaluateContactAttempt } from '../finance/index';
import type { Command } from './command.types';
import { refuse } from './refusal';
import type { Refusal } from './refusal';
import type { Session } from './session';

/**
 * Applies the flow's contact-compliance policy (quiet hours, unanswered attempts per contact per day)
 * to an attempt about to be logged, against the case's contact history. The rules themselves live
 * in the finance module; this only feeds it the case's history.
 */
export function checkContact(
  s: Session,
  c: Extract<Command, { type: 'logCommunication' }>,
): Refusal | undefined {
  const policy = s.flow.definition.contactPolicy;
  if (!policy) return undefined;
  const history = s.draft.contactAttempts.map((a) => ({
    at: a.at,
    contact: a.contact,
    channel: a.channel,
    outcome: a.answered ? ('answered' as const) : ('unanswered' as const),
  }));
  const consent = s.draft.contactConsent;
  const decision = evaluateContactAttempt(policy, history, {
    at: s.now,
    contact: c.contact,
    channel: c.channel,
    ...(consent
      ? {
          quietHoursConsent: {
            grantedAt: consent.grantedAt,
            ...(consent.expiresAt ? { expiresAt: consent.expiresAt } : {}),
          },
        }
      : {}),
  });
  if (decision.allowed) return undefined;
  return refuse(
    'CONTACT_NOT_ALLOWED',
    { reason: decision.message },
    { nextAllowedAt: decision.nextAllowedAt },
  );
}
