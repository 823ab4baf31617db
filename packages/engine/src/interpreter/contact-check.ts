import {
  evaluateContactAttempt,
  type ContactAttemptDecision,
  type ContactCompliancePolicy,
} from '../finance/index';
import type { CaseState } from './case-state.types';
import type { Instant } from './ports.types';
import type { Command } from './command.types';
import { refuse } from './refusal';
import type { Refusal } from './refusal';
import type { Session } from './session';

/**
 * The contact-compliance guard's decision about an attempt on a case: the policy applied to the case's
 * logged attempts and its newest quiet-hours consent. The rules themselves live in the finance module;
 * this only feeds it the case. Hosts call it too, to answer "may we call now?" without logging anything.
 */
export function caseContactDecision(
  policy: ContactCompliancePolicy,
  state: CaseState,
  attempt: { readonly at: Instant; readonly contact: string; readonly channel: string },
): ContactAttemptDecision {
  const history = state.contactAttempts.map((a) => ({
    at: a.at,
    contact: a.contact,
    channel: a.channel,
    outcome: a.answered ? ('answered' as const) : ('unanswered' as const),
  }));
  const consent = state.contactConsent;
  return evaluateContactAttempt(policy, history, {
    ...attempt,
    ...(consent
      ? {
          quietHoursConsent: {
            grantedAt: consent.grantedAt,
            ...(consent.expiresAt ? { expiresAt: consent.expiresAt } : {}),
          },
        }
      : {}),
  });
}

/** Refuses an attempt about to be logged when the flow's contact policy forbids it now. */
export function checkContact(
  s: Session,
  c: Extract<Command, { type: 'logCommunication' }>,
): Refusal | undefined {
  const policy = s.flow.definition.contactPolicy;
  if (!policy) return undefined;
  const decision = caseContactDecision(policy, s.draft, {
    at: s.now,
    contact: c.contact,
    channel: c.channel,
  });
  if (decision.allowed) return undefined;
  return refuse(
    'CONTACT_NOT_ALLOWED',
    { reason: decision.message },
    { nextAllowedAt: decision.nextAllowedAt },
  );
}
