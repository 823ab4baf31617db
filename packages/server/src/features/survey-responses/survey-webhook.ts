/**
 * How a survey link reaches the customer: through the existing webhook path (docs/webhooks.md), not an
 * SMS gateway of Parley's. The log's `surveySent` and `surveyReminderSent` never hold the token; when the
 * dispatcher delivers one of them, it adds `event.link = { url, expiresAt }`, the invitation's token
 * re-signed (the same token every time, survey-link.ts), for the bank's SMS or messaging system to send.
 */
import type { Models } from '../../db/models';
import type { CaseEventFeedDoc } from '../webhooks';
import { surveyTokenOf, surveyUrl } from './survey-link';
import type { SurveyInvitationRecord } from './survey-response.model';

const LINKED_TYPES = new Set(['surveySent', 'surveyReminderSent']);

/** `{ url, expiresAt }` for a survey event of a sent invitation, else null. */
export async function surveyLinkOfEvent(
  models: Models,
  event: Pick<CaseEventFeedDoc, 'type' | 'data'>,
): Promise<Record<string, unknown> | null> {
  if (!LINKED_TYPES.has(event.type)) return null;
  const id = event.data['invitationId'];
  if (typeof id !== 'string') return null;
  const inv = await models.SurveyInvitation.findById(id).lean<SurveyInvitationRecord>().exec();
  if (!inv || inv.state === 'void') return null;
  return { url: surveyUrl(await surveyTokenOf(models, inv)), expiresAt: inv.expiresAt.toISOString() };
}
