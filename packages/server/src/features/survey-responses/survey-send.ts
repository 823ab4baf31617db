/**
 * On demand: `sendSurvey` appends `surveySent` as a host command of the staff member
 * (`trigger: 'on-demand'`) and returns the URL once; later reads never show the token.
 */
import type { Types } from 'mongoose';
import type { Models } from '../../db/models';
import { AppError } from '../../errors/app-error';
import type { Viewer } from '../access';
import { caseNow, caseRuntimeOf } from '../cases';
import { SurveyService } from '../surveys';
import { surveyArchived } from '../surveys';
import { surveyTokenOf, surveyUrl } from './survey-link';
import type { SurveyInvitationRecord } from './survey-response.model';
import { confirmInvitations, newInvitation, surveySentData, SYSTEM_SURVEY_ACTOR } from './survey-invitations';

export interface SentInvitation {
  invitation: SurveyInvitationRecord;
  /** The public URL: returned to the sender once, never stored. */
  url: string;
}

/** Sends a published survey to a case's customer now (`sendSurvey`). */
export async function sendSurveyOnDemand(
  models: Models,
  viewer: Viewer,
  caseId: Types.ObjectId,
  surveyKey: string,
  idempotencyKey: string | null | undefined,
): Promise<SentInvitation> {
  const runtime = caseRuntimeOf(models);
  const current = await runtime.visibleCase(viewer, caseId);
  const latest = await new SurveyService(models).latestVersion(surveyKey);
  if (!latest)
    throw new AppError(
      'BAD_USER_INPUT',
      {
        zh: `调查“${surveyKey}”不存在或尚未发布。`,
        en: `There is no published survey "${surveyKey}".`,
      },
      { fieldPath: ['surveyKey'] },
    );
  if (await new SurveyService(models).isArchived(surveyKey)) throw surveyArchived(surveyKey, ['surveyKey']);
  if (current.status === 'CANCELLED')
    throw new AppError('BAD_USER_INPUT', {
      zh: '案件已撤销，不能发送调查。',
      en: 'The case was cancelled; no survey can be sent.',
    });
  const sentBy = viewer.kind === 'user' ? `user:${viewer.userId}` : SYSTEM_SURVEY_ACTOR;
  const inv = newInvitation(
    caseId,
    { surveyKey, surveyVersion: latest.version, stepKey: null, outcome: null, trigger: 'on-demand' },
    caseNow(models),
    sentBy,
  );
  await models.SurveyInvitation.create(inv);
  const outcome = await runtime.run(
    viewer,
    caseId,
    'sendSurvey',
    { surveyKey },
    () => ({ kind: 'host', type: 'surveySent', data: surveySentData(inv) }),
    idempotencyKey,
  );
  const sent = outcome.events.find((e) => e.type === 'surveySent');
  const id = String(sent?.data['invitationId'] ?? inv._id);
  await confirmInvitations(models, [id]);
  const stored = await models.SurveyInvitation.findById(id).lean<SurveyInvitationRecord>().exec();
  if (!stored) throw new Error(`survey invitation ${id} missing`);
  return { invitation: stored, url: surveyUrl(await surveyTokenOf(models, stored)) };
}

/** The case's invitations that were sent (their `surveySent` is in the log), oldest first. */
export async function invitationsOfCase(
  models: Models,
  caseId: Types.ObjectId,
): Promise<SurveyInvitationRecord[]> {
  const found = await models.SurveyInvitation.find({ caseId })
    .sort({ issuedAt: 1, _id: 1 })
    .lean<SurveyInvitationRecord[]>()
    .exec();
  return found.filter((i) => i.state === 'sent');
}
