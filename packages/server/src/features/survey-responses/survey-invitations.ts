/**
 * Invitations: a published survey sent to a case's customer through a signed single-use link.
 *
 * - From a flow: a `surveyRequested` outbox event naming a library survey (resolved to its version by
 *   surveys/survey-refs.ts) gets a `surveySent` right after it IN THE SAME BATCH (`withSurveyInvitations`,
 *   called by the case runtime and the case opener), so an invitation exists exactly when its request does.
 *   A survey step's request is `trigger: 'step'`; an end outcome's (`surveyByOutcome`) `'outcome'`.
 * - On demand: `sendSurvey` (survey-send.ts).
 * The invitation document is written before its batch (state `pending`) and confirmed after it; see
 * survey-response.model.ts for what happens to one whose batch was never appended.
 */
import type { FlowDefinition } from '@parley/engine';
import { trusted, Types } from 'mongoose';
import type { Models } from '../../db/models';
import type { EventDraft } from '../cases/log/case-log.store';
import { surveyLinkHours, surveyRemindHours } from './survey-link';
import type { SurveyInvitationRecord, SurveyTrigger } from './survey-response.model';

export const SYSTEM_SURVEY_ACTOR = 'system:surveys';

/** The contract's `surveySent` data. */
export function surveySentData(inv: SurveyInvitationRecord): Record<string, unknown> {
  return {
    invitationId: inv._id,
    surveyKey: inv.surveyKey,
    surveyVersion: inv.surveyVersion,
    stepKey: inv.stepKey,
    outcome: inv.outcome,
    trigger: inv.trigger,
    expiresAt: inv.expiresAt.toISOString(),
  };
}

export function newInvitation(
  caseId: Types.ObjectId,
  fields: Pick<SurveyInvitationRecord, 'surveyKey' | 'surveyVersion' | 'stepKey' | 'outcome' | 'trigger'>,
  at: Date,
  sentBy: string,
): SurveyInvitationRecord {
  const issuedAt = new Date(Math.floor(at.getTime() / 1000) * 1000);
  const hours = surveyLinkHours();
  return {
    // An ObjectId's hex: ordered by creation, so a case's invitations list in the order they were sent.
    _id: new Types.ObjectId().toHexString(),
    caseId,
    ...fields,
    state: 'pending',
    issuedAt,
    hours,
    expiresAt: new Date(issuedAt.getTime() + hours * 3_600_000),
    remindAt: new Date(issuedAt.getTime() + surveyRemindHours() * 3_600_000),
    remindedAt: null,
    answeredAt: null,
    answerId: null,
    sentBy,
  };
}

/** Marks invitations whose batch was appended as sent. */
export async function confirmInvitations(models: Models, ids: readonly string[]): Promise<void> {
  if (ids.length > 0)
    await models.SurveyInvitation.updateMany(
      { _id: trusted({ $in: [...ids] }), state: 'pending' },
      { state: 'sent' },
    ).exec();
}

/**
 * Adds a `surveySent` after each `surveyRequested` of a library survey in `drafts` (in place) and writes
 * the pending invitations; returns their ids, to confirm once the batch is appended.
 */
export async function withSurveyInvitations(
  models: Models,
  caseId: Types.ObjectId,
  definition: FlowDefinition,
  drafts: EventDraft[],
  at: Date,
): Promise<string[]> {
  const created: SurveyInvitationRecord[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.type !== 'surveyRequested') continue;
    const surveyKey = d.data['surveyKey'];
    const surveyVersion = d.data['surveyVersion'];
    if (typeof surveyKey !== 'string' || typeof surveyVersion !== 'number') continue;
    const stepKey = typeof d.data['stepKey'] === 'string' ? d.data['stepKey'] : null;
    const step = definition.steps.find((s) => s.key === stepKey);
    const trigger: SurveyTrigger = step?.kind === 'end' ? 'outcome' : 'step';
    const outcome = step?.kind === 'end' ? step.outcome : null;
    const inv = newInvitation(
      caseId,
      { surveyKey, surveyVersion, stepKey, outcome, trigger },
      at,
      SYSTEM_SURVEY_ACTOR,
    );
    created.push(inv);
    drafts.splice(i + 1, 0, {
      type: 'surveySent',
      at,
      actor: SYSTEM_SURVEY_ACTOR,
      data: surveySentData(inv),
    });
    i++;
  }
  if (created.length > 0) await models.SurveyInvitation.insertMany(created);
  return created.map((c) => c._id);
}
