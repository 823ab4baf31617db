/**
 * The customer's side of a survey link (public: the token is the credential): what the page shows
 * (`publicSurvey`) and the one answer it takes (`submitSurveyAnswer`).
 *
 * Every request is counted before the token is verified (survey-throttle.ts). An answer is validated by
 * the engine exactly as the public form validates it (`validateFormData`, field paths under `answers`,
 * zh and en messages); then the unique `invitationId` of `survey_answers` decides which of two
 * concurrent submits wins; then `surveyAnswered` is appended with the customer as actor. When the
 * invitation came from a survey step still waiting, the same batch submits that step through the runtime
 * (`submitStep` with the library survey's form), so the case moves on.
 */
import { toSurveyJson, validateFormData, type FormDefinition, type LocalizedText } from '@parley/engine';
import { Types } from 'mongoose';
import type { Models } from '../../db/models';
import { AppError, isDuplicateKeyError } from '../../errors/app-error';
import type { Viewer } from '../access';
import type { CaseRuntime } from '../cases';
import { caseNow, caseRuntimeOf } from '../cases';
import type { CaseRecord } from '../cases';
import { definitionOf } from '../definitions';
import { SurveyService } from '../surveys';
import { confirmInvitations } from './survey-invitations';
import { verifySurveyToken } from './survey-link';
import type { SurveyAnswerRecord, SurveyInvitationRecord, SurveyScores } from './survey-response.model';
import { searchTextOf, surveyScores, surveyTexts } from './survey-scores';
import { throttleSurveyLink } from './survey-throttle';

export type PublicSurveyStatus = 'OPEN' | 'ANSWERED' | 'EXPIRED';

export interface PublicSurveyView {
  status: PublicSurveyStatus;
  title: LocalizedText | null;
  form: FormDefinition | null;
  surveyJson: Record<string, unknown> | null;
  caseReference: string | null;
  expiresAt: Date | null;
  answeredAt: Date | null;
}

type CustomerViewer = Extract<Viewer, { kind: 'customer' }>;

interface Linked {
  inv: SurveyInvitationRecord;
  case: CaseRecord;
  form: FormDefinition;
  viewer: CustomerViewer;
}

const invalid = () => new AppError('LINK_INVALID', { zh: '链接无效。', en: 'This link is not valid.' });
const expired = () =>
  new AppError('LINK_EXPIRED', {
    zh: '调查链接已过期，感谢您的关注。',
    en: 'This survey link has expired; thank you for your interest.',
  });
const answeredAlready = () =>
  new AppError('SURVEY_ALREADY_ANSWERED', {
    zh: '该调查已提交，每个链接只能提交一次。',
    en: 'This survey has already been answered; each link takes one answer.',
  });

/** The `surveyAnswered` data of the contract. */
export function surveyAnsweredData(
  inv: SurveyInvitationRecord,
  answerId: Types.ObjectId,
  outcome: string | null,
  scores: SurveyScores,
): Record<string, unknown> {
  return {
    invitationId: inv._id,
    answerId: answerId.toHexString(),
    surveyKey: inv.surveyKey,
    surveyVersion: inv.surveyVersion,
    stepKey: inv.stepKey,
    outcome,
    scores: { ...scores },
  };
}

export class SurveyAnswerService {
  private readonly runtime: CaseRuntime;

  constructor(private readonly models: Models) {
    this.runtime = caseRuntimeOf(models);
  }

  /** Verifies the token and reads its invitation, case and survey form; LINK_INVALID / LINK_EXPIRED. */
  async linked(token: string): Promise<Linked> {
    const claims = await verifySurveyToken(this.models, token, caseNow(this.models));
    let inv = await this.models.SurveyInvitation.findById(claims.invitationId)
      .lean<SurveyInvitationRecord>()
      .exec();
    if (!inv || inv.caseId.toHexString() !== claims.caseId || inv.state === 'void') throw invalid();
    if (inv.state === 'pending') {
      // Its batch may have been appended by a process that died before confirming: the log decides.
      const sent = await this.models.CaseEvent.exists({
        caseId: inv.caseId,
        type: 'surveySent',
        'data.invitationId': inv._id,
      }).exec();
      if (!sent) throw invalid();
      await confirmInvitations(this.models, [inv._id]);
      inv = { ...inv, state: 'sent' };
    }
    const found = await this.models.Case.findById(inv.caseId).lean<CaseRecord>().exec();
    if (!found) throw invalid();
    const version = await new SurveyService(this.models).store.version(inv.surveyKey, inv.surveyVersion);
    if (!version) throw invalid();
    const form = { ...(definitionOf(version) as unknown as FormDefinition), key: inv.surveyKey };
    return { inv, case: found, form, viewer: { kind: 'customer', caseId: claims.caseId, linkId: inv._id } };
  }

  /** What the page shows; an expired link is a state, not an error (the page says so). */
  async view(token: string, ip: string): Promise<PublicSurveyView> {
    await throttleSurveyLink(this.models, token, ip);
    let l: Linked;
    try {
      l = await this.linked(token);
    } catch (err) {
      if (err instanceof AppError && err.code === 'LINK_EXPIRED')
        return {
          status: 'EXPIRED',
          title: null,
          form: null,
          surveyJson: null,
          caseReference: null,
          expiresAt: null,
          answeredAt: null,
        };
      throw err;
    }
    const status: PublicSurveyStatus = l.inv.answeredAt
      ? 'ANSWERED'
      : l.inv.expiresAt.getTime() <= caseNow(this.models).getTime()
        ? 'EXPIRED'
        : 'OPEN';
    return {
      status,
      title: l.form.title,
      form: status === 'OPEN' ? l.form : null,
      surveyJson: status === 'OPEN' ? (toSurveyJson(l.form) as unknown as Record<string, unknown>) : null,
      caseReference: l.case.reference,
      expiresAt: l.inv.expiresAt,
      answeredAt: l.inv.answeredAt,
    };
  }

  /** Takes the link's one answer. */
  async submit(token: string, answers: unknown, ip: string): Promise<{ answeredAt: Date; answerId: string }> {
    await throttleSurveyLink(this.models, token, ip);
    const l = await this.linked(token);
    const now = caseNow(this.models);
    if (l.inv.answeredAt) throw answeredAlready();
    if (l.inv.expiresAt.getTime() <= now.getTime()) throw expired();
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
      throw new AppError(
        'BAD_USER_INPUT',
        { zh: '答案必须是一个对象。', en: 'The answers must be an object.' },
        { fieldPath: ['answers'] },
      );
    const checked = validateFormData(l.form, answers as Record<string, unknown>);
    if (!checked.ok) {
      const problems = checked.problems.map((p) => {
        const path = p.path.split('.');
        return {
          code: p.code,
          fieldPath: ['answers', ...(path[0] === 'data' ? path.slice(1) : path)],
          messages: { zh: p.message.zh, en: p.message.en },
        };
      });
      const first = problems[0]!;
      throw new AppError('FORM_INVALID', first.messages, {
        fieldPath: first.fieldPath,
        details: { problems },
      });
    }
    const values = checked.values;
    const scores = surveyScores(l.form, values);
    const texts = surveyTexts(l.form, values);
    const c = l.case;
    const record: SurveyAnswerRecord = {
      _id: new Types.ObjectId(),
      invitationId: l.inv._id,
      caseId: c._id,
      caseReference: c.reference,
      surveyKey: l.inv.surveyKey,
      surveyVersion: l.inv.surveyVersion,
      trigger: l.inv.trigger,
      flowKey: c.templateKey,
      flowVersion: c.version,
      stepKey: l.inv.stepKey,
      outcome: c.outcome,
      agentId: c.assigneeId,
      categoryId: c.categoryId,
      channel: c.channel,
      departmentCode: c.departmentCode,
      scores,
      answers: { ...values },
      texts,
      searchText: searchTextOf(texts),
      answeredAt: now,
      appended: false,
    };
    try {
      await this.models.SurveyAnswer.create(record);
    } catch (err) {
      if (isDuplicateKeyError(err)) throw answeredAlready();
      throw err;
    }
    let atAnswer: CaseRecord = c;
    try {
      await this.appendWithRetry(l, (current, state, definition) => {
        atAnswer = current;
        const data = surveyAnsweredData(l.inv, record._id, current.outcome, scores);
        const step = definition.steps.find((s) => s.key === l.inv.stepKey);
        const waiting =
          l.inv.trigger === 'step' &&
          step?.kind === 'survey' &&
          state !== null &&
          current.activeSteps.includes(step.key);
        if (!waiting) return { kind: 'host', type: 'surveyAnswered', data };
        return {
          kind: 'engine',
          hostBefore: [{ type: 'surveyAnswered', data }],
          dataPath: ['answers'],
          command: (actor) => ({ type: 'submitStep', stepKey: step.key, actor, data: values, form: l.form }),
        };
      });
    } catch (err) {
      // Nothing was appended: the link may be answered again.
      await this.models.SurveyAnswer.deleteOne({ _id: record._id }).exec();
      throw err;
    }
    await this.models.SurveyAnswer.updateOne(
      { _id: record._id },
      {
        appended: true,
        outcome: atAnswer.outcome,
        agentId: atAnswer.assigneeId,
        categoryId: atAnswer.categoryId,
        departmentCode: atAnswer.departmentCode,
        flowVersion: atAnswer.version,
      },
    ).exec();
    await this.models.SurveyInvitation.updateOne(
      { _id: l.inv._id },
      { answeredAt: now, answerId: record._id },
    ).exec();
    return { answeredAt: now, answerId: record._id.toHexString() };
  }

  /** Appends, trying again when another command on the case won the race (CONFLICT). */
  private async appendWithRetry(l: Linked, decide: Parameters<CaseRuntime['run']>[4]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.runtime.run(
          l.viewer,
          l.case._id,
          'submitSurveyAnswer',
          { invitationId: l.inv._id },
          decide,
          null,
        );
        return;
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'CONFLICT') || attempt >= 5) throw err;
      }
    }
  }
}
