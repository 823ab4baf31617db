/**
 * GraphQL of surveys in use. Access (graphql/authorization.ts): `sendSurvey` needs case.work and sight of
 * the case (the agent's own case work); `Case.surveyInvitations` comes with the case (case.read);
 * `surveyAnswers` needs case.assign (supervisors), department-scoped; `publicSurvey` and
 * `submitSurveyAnswer` are public — the token is the credential, rate-limited.
 */
import type { Resolvers } from '../../generated/resolvers-types';
import { toGlobalId } from '../../graphql/global-id';
import { AppError } from '../../errors/app-error';
import { userById } from '../flows';
import { localObjectId } from '../cases';
import { caseNotFound } from '../cases';
import { SurveyAnswerService } from './survey-answer.service';
import { listSurveyAnswers } from './survey-answers.query';
import { invitationsOfCase } from './survey-send';
import type { SurveyAnswerRecord, SurveyInvitationRecord, SurveyTrigger } from './survey-response.model';
import { sendSurveyOnDemand } from './survey-send';

/** An invitation as GraphQL reads it: `url` only right after `sendSurvey`. */
export type InvitationView = SurveyInvitationRecord & { url: string | null };

const TRIGGER = { step: 'STEP', outcome: 'OUTCOME', 'on-demand': 'ON_DEMAND' } as const;
const trigger = (t: SurveyTrigger) => TRIGGER[t];

function dateArg(value: unknown, field: string): Date | null {
  if (value === null || value === undefined) return null;
  const d = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(d.getTime()))
    throw new AppError(
      'BAD_USER_INPUT',
      { zh: '日期时间无效。', en: 'The date and time is not valid.' },
      { fieldPath: ['filter', field] },
    );
  return d;
}

export const surveyResponseResolvers: Resolvers = {
  Query: {
    publicSurvey: (_root, { token }, { models, ip }) => new SurveyAnswerService(models).view(token, ip),
    surveyAnswers: (_root, { filter, first, after }, { models, viewer }) => {
      const caseId = filter.caseId ? localObjectId(filter.caseId, 'Case') : null;
      if (filter.caseId && !caseId) throw caseNotFound(['filter', 'caseId']);
      return listSurveyAnswers(
        models,
        viewer,
        {
          search: filter.search ?? null,
          from: dateArg(filter.from, 'from'),
          to: dateArg(filter.to, 'to'),
          surveyKey: filter.surveyKey ?? null,
          caseId,
          flowKey: filter.flowKey ?? null,
          channel: filter.channel ?? null,
        },
        first,
        after,
      );
    },
  },
  Mutation: {
    sendSurvey: async (_root, { caseId, surveyKey, idempotencyKey }, { models, viewer }) => {
      const id = localObjectId(caseId, 'Case');
      if (!id) throw caseNotFound();
      const sent = await sendSurveyOnDemand(models, viewer, id, surveyKey, idempotencyKey);
      return { ...sent.invitation, url: sent.url };
    },
    submitSurveyAnswer: async (_root, { token, answers }, { models, ip }) => {
      const done = await new SurveyAnswerService(models).submit(token, answers, ip);
      return { status: 'ANSWERED', answeredAt: done.answeredAt };
    },
  },
  Case: {
    surveyInvitations: async (c, _args, { models }) =>
      (await invitationsOfCase(models, c._id)).map((inv) => ({ ...inv, url: null })),
  },
  SurveyInvitation: {
    id: (i) => i._id,
    trigger: (i) => trigger(i.trigger),
    sentAt: (i) => i.issuedAt,
    answer: (i, _args, { models }) =>
      i.answerId
        ? models.SurveyAnswer.findOne({ _id: i.answerId, appended: true }).lean<SurveyAnswerRecord>().exec()
        : null,
  },
  SurveyAnswer: {
    id: (a) => a._id.toHexString(),
    caseId: (a) => toGlobalId('Case', a.caseId.toHexString()),
    trigger: (a) => trigger(a.trigger),
    agent: (a, _args, { models }) => userById(models, a.agentId),
    categoryId: (a) => (a.categoryId ? toGlobalId('ComplaintCategory', a.categoryId.toHexString()) : null),
    department: (a) => a.departmentCode,
    scores: (a) => ({ nps: a.scores.nps ?? null, csat: a.scores.csat ?? null, ces: a.scores.ces ?? null }),
    texts: (a) => a.texts,
  },
};
