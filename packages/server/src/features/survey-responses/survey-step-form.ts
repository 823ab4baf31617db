/**
 * The form of a survey step that sends a published survey of the library, for `submitStep` (staff
 * entering the customer's answers by hand, e.g. after a phone call): the version the case's newest
 * invitation for that step sent, else the version the reference resolves to now. Reads nothing for any other step. The engine validates
 * the step's data against it (`submitStep.form`).
 */
import { isLibrarySurveyRef, type FlowDefinition, type FormDefinition } from '@parley/engine';
import type { Models } from '../../db/models';
import type { CaseRecord } from '../cases';
import { definitionOf } from '../definitions';
import { SurveyRefs } from '../surveys';
import { SurveyService } from '../surveys';
import type { SurveyInvitationRecord } from './survey-response.model';

export async function librarySurveyFormOf(
  models: Models,
  c: Pick<CaseRecord, '_id'>,
  definition: FlowDefinition,
  stepKey: string,
): Promise<FormDefinition | undefined> {
  const caseId = c._id;
  const step = definition.steps.find((s) => s.key === stepKey);
  if (step?.kind !== 'survey' || !isLibrarySurveyRef(step.survey)) return undefined;
  const sent = await models.SurveyInvitation.findOne({ caseId, stepKey, state: 'sent' })
    .sort({ issuedAt: -1 })
    .lean<SurveyInvitationRecord>()
    .exec();
  const version = sent
    ? await new SurveyService(models).store.version(sent.surveyKey, sent.surveyVersion)
    : await new SurveyRefs(models).resolve(step.survey);
  if (!version) return undefined;
  return { ...(definitionOf(version) as unknown as FormDefinition), key: step.survey.surveyKey };
}
