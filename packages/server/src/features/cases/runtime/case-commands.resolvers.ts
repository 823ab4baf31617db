/**
 * Case mutations. Each one is a decision over the case as read (an engine command or a host event)
 * handed to the runtime, which appends it or answers CONFLICT; inputs are checked before anything is
 * written, and refusals come back as coded errors (docs/errors.md).
 */
import { COMMUNICATION_CHANNELS, type CommunicationChannel, type FormDefinition } from '@parley/engine';
import type { Types } from 'mongoose';
import type { Logger } from 'pino';
import type { Models } from '../../../db/models';
import { AppError, badInput } from '../../../errors/app-error';
import type { CustomerField, Resolvers } from '../../../generated/resolvers-types';
import type { Viewer } from '../../access';
import type { CaseRecord, CustomerRecord } from '../case.model';
import { caseNotFound } from '../case.errors';
import { CaseOpenService } from './case-open.service';
import type { CaseAssignedData } from './case-projection';
import { localObjectId } from './case-query.service';
import type { CaseRuntime } from './case-runtime.service';
import { type CaseChange, type CommandOutcome, caseRuntimeOf } from './case-runtime.service';
import { CaseLinkService } from '../links/case-links.service';
import { checkFindingInput, closeChange, isComplaintCase } from '../../findings';
import { librarySurveyFormOf } from '../../survey-responses/survey-step-form';

function runtimeOf(models: Models): CaseRuntime {
  return caseRuntimeOf(models);
}

function caseIdOf(globalId: string): Types.ObjectId {
  const id = localObjectId(globalId, 'Case');
  if (!id) throw caseNotFound();
  return id;
}

function text(value: string, field: string, max: number): string {
  const t = value.trim();
  if (t.length === 0 || t.length > max)
    throw badInput([field], {
      zh: `${field} 须为 1–${max} 个字符。`,
      en: `${field} must be 1–${max} characters.`,
    });
  return t;
}

function dataOf(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badInput([field], { zh: '表单数据须为对象。', en: 'Form data must be an object.' });
  return value as Record<string, unknown>;
}

/**
 * After a case ended: lifts the clock pauses its links hold (case-links.service.ts). The command is
 * already in the log, so a failure here does not fail it: it is logged, and the links sweep repairs it.
 */
export async function afterEnded(
  models: Models,
  logger: Pick<Logger, 'warn'>,
  outcome: CommandOutcome,
): Promise<CommandOutcome> {
  if (outcome.case.status !== 'CLOSED' && outcome.case.status !== 'CANCELLED') return outcome;
  try {
    await new CaseLinkService(models).afterEnded(outcome.case._id);
  } catch (err) {
    logger.warn(
      { err, caseId: outcome.case._id.toHexString() },
      'settling the links of an ended case failed; the case links sweep will retry',
    );
  }
  return outcome;
}

export function live(c: CaseRecord): void {
  if (c.status === 'CLOSED' || c.status === 'CANCELLED')
    throw new AppError('CASE_CLOSED', {
      zh: '案件已结束，不能再操作。',
      en: 'The case is over; nothing more can be done.',
    });
}

/** Runs an engine command built from the request (the actor is filled in by the runtime). */
function engine(
  ctx: { models: Models; viewer: Viewer },
  caseId: string,
  operation: string,
  request: Record<string, unknown>,
  command: CaseChange & { kind: 'engine' },
  idempotencyKey: string | null | undefined,
): Promise<CommandOutcome> {
  return runtimeOf(ctx.models).run(
    ctx.viewer,
    caseIdOf(caseId),
    operation,
    request,
    () => command,
    idempotencyKey,
  );
}

export function host(
  ctx: { models: Models; viewer: Viewer },
  caseId: string,
  operation: string,
  request: Record<string, unknown>,
  decide: (c: CaseRecord) => CaseChange,
  idempotencyKey: string | null | undefined,
): Promise<CommandOutcome> {
  return runtimeOf(ctx.models).run(ctx.viewer, caseIdOf(caseId), operation, request, decide, idempotencyKey);
}

export const assigned = (data: CaseAssignedData): CaseChange => ({
  kind: 'host',
  type: 'caseAssigned',
  data,
});

const CUSTOMER_FIELD: Readonly<
  Record<CustomerField, keyof Omit<CustomerRecord, 'masked' | 'idNumberIndex' | 'phoneIndex'>>
> = {
  NAME: 'name',
  ID_NUMBER: 'idNumber',
  PHONE: 'phone',
  BANK_CARD: 'bankCard',
  ADDRESS: 'address',
};

export const caseCommandResolvers: Resolvers = {
  Mutation: {
    ping: () => true,
    openCase: (_root, { input, idempotencyKey }, { models, viewer }) =>
      new CaseOpenService(runtimeOf(models)).open(viewer, input, idempotencyKey),
    submitStep: async (_root, { caseId, stepKey, data, idempotencyKey }, ctx) => {
      const form = dataOf(data, 'data');
      // A survey step sending a library survey: its answers are checked against that survey's form.
      let surveyForm: FormDefinition | undefined;
      return engine(
        ctx,
        caseId,
        'submitStep',
        { stepKey, data: form },
        {
          kind: 'engine',
          command: (actor) => ({
            type: 'submitStep',
            stepKey,
            actor,
            data: form,
            ...(surveyForm ? { form: surveyForm } : {}),
          }),
          prepare: async (c, definition) => {
            surveyForm = await librarySurveyFormOf(ctx.models, c, definition, stepKey);
          },
          dataPath: ['data'],
        },
        idempotencyKey,
      );
    },
    approveStep: (_root, { caseId, stepKey, comment, data, idempotencyKey }, ctx) => {
      const form = data == null ? undefined : dataOf(data, 'data');
      return engine(
        ctx,
        caseId,
        'approveStep',
        { stepKey, comment, data: form },
        {
          kind: 'engine',
          command: (actor) => ({
            type: 'approve',
            stepKey,
            actor,
            ...(comment ? { comment } : {}),
            ...(form ? { data: form } : {}),
          }),
          dataPath: ['data'],
        },
        idempotencyKey,
      );
    },
    rejectStep: (_root, { caseId, stepKey, reason, data, idempotencyKey }, ctx) => {
      const why = text(reason, 'reason', 500);
      const form = data == null ? undefined : dataOf(data, 'data');
      return engine(
        ctx,
        caseId,
        'rejectStep',
        { stepKey, reason: why, data: form },
        {
          kind: 'engine',
          command: (actor) => ({
            type: 'reject',
            stepKey,
            actor,
            reason: why,
            ...(form ? { data: form } : {}),
          }),
          dataPath: ['data'],
        },
        idempotencyKey,
      );
    },
    recordContactConsent: (_root, { caseId, grantedAt, expiresAt, evidence, idempotencyKey }, ctx) => {
      const how = text(evidence, 'evidence', 500);
      const from = new Date(grantedAt as unknown as string | Date);
      const until = expiresAt == null ? null : new Date(expiresAt as unknown as string | Date);
      if (until !== null && until.getTime() <= from.getTime())
        throw badInput(['expiresAt'], {
          zh: '同意的结束时间须晚于开始时间。',
          en: 'The consent must end after it starts.',
        });
      return engine(
        ctx,
        caseId,
        'recordContactConsent',
        { grantedAt: from.toISOString(), expiresAt: until?.toISOString() ?? null, evidence: how },
        {
          kind: 'engine',
          command: (actor) => ({
            type: 'recordContactConsent',
            actor,
            grantedAt: from.toISOString(),
            ...(until ? { expiresAt: until.toISOString() } : {}),
            evidence: how,
          }),
        },
        idempotencyKey,
      );
    },
    recordCustomerResponse: (_root, { caseId, stepKey, accepted, comment, idempotencyKey }, ctx) => {
      const said = accepted
        ? comment == null || comment.trim() === ''
          ? undefined
          : text(comment, 'comment', 2000)
        : text(comment ?? '', 'comment', 2000);
      return engine(
        ctx,
        caseId,
        'recordCustomerResponse',
        { stepKey, accepted, comment: said },
        {
          kind: 'engine',
          command: (actor) =>
            accepted
              ? { type: 'customerAccept', stepKey, actor }
              : { type: 'customerCounter', stepKey, actor, comment: said ?? '' },
        },
        idempotencyKey,
      );
    },
    logCommunication: (_root, args, ctx) => {
      if (!(COMMUNICATION_CHANNELS as readonly string[]).includes(args.channel))
        throw badInput(['channel'], {
          zh: `渠道须为 ${COMMUNICATION_CHANNELS.join('、')} 之一。`,
          en: `The channel must be one of ${COMMUNICATION_CHANNELS.join(', ')}.`,
        });
      const channel = args.channel as CommunicationChannel;
      const contact = text(args.contact, 'contact', 200);
      const summary = text(args.summary, 'summary', 2000);
      const { stepKey, answered } = args;
      return engine(
        ctx,
        args.caseId,
        'logCommunication',
        { stepKey, channel, contact, answered, summary },
        {
          kind: 'engine',
          command: (actor) => ({
            type: 'logCommunication',
            stepKey,
            actor,
            channel,
            contact,
            answered,
            summary,
          }),
        },
        args.idempotencyKey,
      );
    },
    escalateCase: (_root, { caseId, reason, idempotencyKey }, ctx) => {
      const why = text(reason, 'reason', 500);
      return engine(
        ctx,
        caseId,
        'escalateCase',
        { reason: why },
        {
          kind: 'engine',
          command: (actor) => ({ type: 'escalate', actor, reason: why }),
        },
        idempotencyKey,
      );
    },
    pauseCaseClock: (_root, { caseId, reason, idempotencyKey }, ctx) => {
      const why = text(reason, 'reason', 500);
      return engine(
        ctx,
        caseId,
        'pauseCaseClock',
        { reason: why },
        {
          kind: 'engine',
          command: (actor) => ({ type: 'pauseClock', actor, reason: why }),
        },
        idempotencyKey,
      );
    },
    resumeCaseClock: (_root, { caseId, idempotencyKey }, ctx) =>
      engine(
        ctx,
        caseId,
        'resumeCaseClock',
        {},
        {
          kind: 'engine',
          command: (actor) => ({ type: 'resumeClock', actor }),
        },
        idempotencyKey,
      ),
    cancelCase: (_root, { caseId, reason, idempotencyKey }, ctx) => {
      const why = text(reason, 'reason', 500);
      return engine(
        ctx,
        caseId,
        'cancelCase',
        { reason: why },
        {
          kind: 'engine',
          command: (actor) => ({ type: 'cancel', actor, reason: why }),
        },
        idempotencyKey,
      ).then((o) => afterEnded(ctx.models, ctx.logger, o));
    },
    // A complaint is closed with its finding (溯源整改, features/findings): bulk close comes through here too.
    closeCase: async (_root, { caseId, note, idempotencyKey, finding }, ctx) => {
      const n = note == null ? undefined : text(note, 'note', 2000);
      const f = finding == null ? null : checkFindingInput(finding);
      const id = caseIdOf(caseId);
      const complaint = await isComplaintCase(ctx.models, id);
      return runtimeOf(ctx.models)
        .run(
          ctx.viewer,
          id,
          'closeCase',
          { note: n, ...(f ? { finding: f } : {}) },
          (_c, state) => closeChange(state, complaint, f, n),
          idempotencyKey,
        )
        .then((o) => afterEnded(ctx.models, ctx.logger, o));
    },
    commentOnCase: (_root, { caseId, text: comment, idempotencyKey }, ctx) => {
      const t = text(comment, 'text', 2000);
      return host(
        ctx,
        caseId,
        'commentOnCase',
        { text: t },
        () => ({
          kind: 'host',
          type: 'commentAdded',
          data: { text: t },
        }),
        idempotencyKey,
      );
    },
    revealCustomerField: async (_root, { caseId, field }, { models, viewer }) => {
      const runtime = runtimeOf(models);
      // The reveal is recorded before the value is returned: no plaintext leaves without its audit event.
      const outcome = await runtime.run(
        viewer,
        caseIdOf(caseId),
        'revealCustomerField',
        { field },
        () => ({
          kind: 'host',
          type: 'customerFieldRevealed',
          data: { field },
        }),
        null,
      );
      const sealed = outcome.case.customer[CUSTOMER_FIELD[field]];
      return sealed ? String(runtime.keys.open(sealed)) : null;
    },
  },
};
